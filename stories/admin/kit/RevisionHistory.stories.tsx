import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { buildRevision, createMemoryAdapters, type MemoryAdapters, type PortalAdapters } from '../../../src/adapters/index.js';
import { RevisionHistoryButton } from '../../../src/admin/kit/RevisionHistory/RevisionHistoryButton.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import type { CustomPage } from '../../../src/model/index.js';
import { storyPages } from '../fixtures.js';
import { openHistory } from '../openHistory.js';

// The history dialog on its own, over a page with two versions and field labels of its own. The
// states every editor shows (versions, loading, empty, load error, restore, conflict, long
// content, Arabic) are the editors' History stories; these are the generic parts around them.

const base = storyPages[0]!;
const v1: CustomPage = { ...base, version: 1, updatedAt: '2026-11-18T08:00:00.000Z', validity: 'invalid' };
const v2: CustomPage = { ...base, version: 2 };

/** Fresh adapters per render; `change` may take the revisions adapter away. */
function WithPage({ prepare, change, children }: { prepare?: (adapters: MemoryAdapters) => void; change?: (adapters: MemoryAdapters) => PortalAdapters; children: ReactNode }) {
  const [adapters] = useState(() => {
    const created = createMemoryAdapters({
      seed: {
        customPages: [v2],
        revisions: [
          buildRevision({ id: 'r1', recordKind: 'customPage', previous: null, record: v1, author: { id: 'ana', name: 'Ana Müller' } }),
          buildRevision({ id: 'r2', recordKind: 'customPage', previous: v1, record: v2, author: null }),
        ],
      },
    });
    prepare?.(created);
    return change ? change(created) : created;
  });
  return <PortalDataProvider adapters={adapters}>{children}</PortalDataProvider>;
}

const meta = {
  title: 'Admin/Kit/RevisionHistory',
  component: RevisionHistoryButton,
  args: {
    recordKind: 'customPage',
    recordId: base.id,
    currentVersion: 2,
    fieldLabel: (change) => (change.path === 'validity' ? 'Validity' : change.path),
    onRestored: fn(),
  },
  parameters: { a11y: { test: 'error' } },
  render: (args) => (
    <WithPage>
      <RevisionHistoryButton {...args} />
    </WithPage>
  ),
} satisfies Meta<typeof RevisionHistoryButton>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The "History" button, dialog closed (nothing is read until it opens). */
export const Closed: Story = {};

/** Without a `revisions` adapter in the provider there is no history, and no button. */
export const WithoutRevisionsAdapter: Story = {
  render: (args) => (
    <WithPage change={({ revisions: _revisions, ...rest }) => rest}>
      <RevisionHistoryButton {...args} />
    </WithPage>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'History' })).toBeNull();
  },
};

/** Only one version chosen: the dialog asks for a second one instead of comparing. */
export const OneVersionChosen: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('checkbox', { name: 'Compare version 1' }));
    await expect(dialog.getByText('Choose two versions to compare them.')).toBeVisible();
  },
};

let failing: MemoryAdapters | undefined;

/** Loading failed, then "Try again" worked: the list replaces the error. */
export const RecoveredAfterRetry: Story = {
  render: (args) => (
    <WithPage
      prepare={(adapters) => {
        failing = adapters;
        adapters.control.failNext(Number.POSITIVE_INFINITY, 'unavailable', { domains: ['revisions'] });
      }}
    >
      <RevisionHistoryButton {...args} />
    </WithPage>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await dialog.findByText('The history could not be loaded.', {}, { timeout: 15_000 });
    failing?.control.clearFaults();
    await userEvent.click(dialog.getByRole('button', { name: 'Try again' }));
    await expect(await dialog.findByText(/Version 2 \(current\)/)).toBeVisible();
  },
};
