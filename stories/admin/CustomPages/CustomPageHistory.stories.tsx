import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { buildRevision, createMemoryAdapters, type MemoryAdapters, type PortalAdapters, type Revision } from '../../../src/adapters/index.js';
import { CustomPageEditor } from '../../../src/admin/index.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import type { CustomPage } from '../../../src/model/index.js';
import { expectLayoutHolds, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { storyPages } from '../fixtures.js';
import { openHistory } from '../openHistory.js';

const base = storyPages[0]!;
const ana = { id: 'ana', name: 'Ana Müller' };
const karim = { id: 'karim', name: 'Karim Haddad' };

/** Versions 1 to 3 of the opening hours page, as the store kept them; `long`: with long titles, text and names. */
function openingHoursHistory(long = false): { page: CustomPage; revisions: Revision[] } {
  const v1: CustomPage = {
    ...base,
    version: 1,
    updatedAt: '2026-11-18T08:00:00.000Z',
    validity: 'invalid',
    ...(long && { internalTitle: longTitle('Opening hours') }),
    content: {
      en: long
        ? { title: longTitle('Opening hours'), body: `<p>${LONG_TEXT}</p><p>${LONG_WORD}</p>` }
        : { title: 'Opening hours', body: '<p>We are open <strong>Monday to Thursday</strong>, 9:00–17:00.</p>' },
    },
  };
  const v2: CustomPage = { ...base, version: 2, updatedAt: '2026-11-19T10:15:00.000Z', validity: 'valid', content: { ...base.content, en: v1.content.en! } };
  const v3: CustomPage = { ...base, version: 3 };
  const revisions = [
    buildRevision({ id: 'r1', recordKind: 'customPage', previous: null, record: v1, author: long ? { id: 'ana', name: `Ana ${LONG_WORD}` } : ana }),
    buildRevision({ id: 'r2', recordKind: 'customPage', previous: v1, record: v2, author: karim }),
    buildRevision({ id: 'r3', recordKind: 'customPage', previous: v2, record: v3, author: null }),
  ];
  return { page: v3, revisions };
}

/** Fresh adapters per render; `change` may replace the revisions adapter to hold it in a state. */
function WithHistory({
  withRevisions = true,
  long = false,
  prepare,
  change,
  children,
}: {
  withRevisions?: boolean;
  long?: boolean;
  prepare?: (adapters: MemoryAdapters) => void;
  change?: (adapters: MemoryAdapters) => PortalAdapters;
  children: ReactNode;
}) {
  const [adapters] = useState(() => {
    const { page, revisions } = openingHoursHistory(long);
    const created = createMemoryAdapters({ seed: { customPages: [page, ...storyPages.slice(1)], revisions: withRevisions ? revisions : [] } });
    prepare?.(created);
    return change ? change(created) : created;
  });
  return <PortalDataProvider adapters={adapters}>{children}</PortalDataProvider>;
}

const meta = {
  title: 'Admin/CustomPageEditor/History',
  component: CustomPageEditor,
  args: { onSaved: fn(), onClose: fn(), pageId: 'opening-hours' },
  parameters: { a11y: { test: 'error' } },
  render: (args) => (
    <WithHistory>
      <CustomPageEditor {...args} />
    </WithHistory>
  ),
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof CustomPageEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Three versions: who and when, what changed, and the two newest compared, rendered and field by field. */
export const Versions: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/Version 3 \(current\)/)).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Version 2 compared with version 3' })).toBeVisible();
    await expect(dialog.getByRole('table')).toBeVisible();
  },
};

/** The oldest and the newest version compared: validity and the English text differ. */
export const CompareOldest: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('checkbox', { name: 'Compare version 2' }));
    await userEvent.click(dialog.getByRole('checkbox', { name: 'Compare version 1' }));
    await expect(dialog.getByRole('heading', { name: 'Version 1 compared with version 3' })).toBeVisible();
  },
};

/** "Restore version 1" asks first. */
export const RestoreConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    await expect(await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Restore version 1?' })).toBeVisible();
  },
};

/** After the restore: the notice, and version 4 at the top of the list. */
export const Restored: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    await userEvent.click(within(await body.findByRole('dialog', { name: 'Restore version 1?' })).getByRole('button', { name: 'Restore' }));
    await expect(await dialog.findByText('Version 1 was restored as version 4.')).toBeVisible();
    await expect(await dialog.findByText(/Version 4 \(current\)/)).toBeVisible();
  },
};

/** Long titles, an unbreakable word, a long author name: the list and the comparison wrap inside the dialog. */
export const LongContent: Story = {
  render: (args) => (
    <WithHistory long>
      <CustomPageEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Compare version 2' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Compare version 1' }));
    await expect(within(dialog).getByRole('heading', { name: 'Version 1 compared with version 3' })).toBeVisible();
    await expect(within(dialog).getAllByText(new RegExp(`Ana ${LONG_WORD}`)).length).toBeGreaterThan(0);
    await expectLayoutHolds(dialog);
  },
};

/** While the history loads. */
export const Loading: Story = {
  render: (args) => (
    <WithHistory change={(adapters) => ({ ...adapters, revisions: { ...adapters.revisions, list: () => new Promise<never>(() => undefined) } })}>
      <CustomPageEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    await openHistory(canvasElement);
  },
};

/** A page saved before the history existed: nothing to list yet. */
export const Empty: Story = {
  render: (args) => (
    <WithHistory withRevisions={false}>
      <CustomPageEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/No versions yet/)).toBeVisible();
  },
};

/** Loading the history failed: the error and "Try again". */
export const LoadError: Story = {
  render: (args) => (
    <WithHistory prepare={(adapters) => adapters.control.failNext(Number.POSITIVE_INFINITY, 'unavailable', { domains: ['revisions'] })}>
      <CustomPageEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement, 'السجل'));
    await expect(await dialog.findByText(/النسخة 3 \(الحالية\)/)).toBeVisible();
  },
};
