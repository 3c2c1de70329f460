import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { buildRevision, createMemoryAdapters, type MemoryAdapters, type PortalAdapters, type Revision } from '../../../src/adapters/index.js';
import { HomePageEditor } from '../../../src/admin/index.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import type { HomePageConfig } from '../../../src/model/index.js';
import { expectLayoutHolds, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { storyHomePage } from './fixtures.js';
import { openHistory } from '../openHistory.js';

const ana = { id: 'ana', name: 'Ana Müller' };
const karim = { id: 'karim', name: 'Karim Haddad' };

type Blocks = HomePageConfig['blocks'];
const withHero = (blocks: Blocks, content: Record<string, Record<string, string>>): Blocks =>
  blocks.map((block) => (block.type === 'hero-unit' ? { ...block, props: { ...(block.props as object), content } } : block));

const withLongCards = (blocks: Blocks): Blocks =>
  blocks.map((block) => (block.type === 'content-cards' ? { ...block, props: { cards: [{ id: 'c1', content: { en: { title: LONG_WORD, text: LONG_TEXT } } }] } } : block));

/** Versions 1 to 3 of the story home page, as the store kept them. */
function homeHistory(long = false): { homePage: HomePageConfig; revisions: Revision[] } {
  const v1: HomePageConfig = {
    ...storyHomePage,
    version: 1,
    updatedAt: '2026-11-18T08:00:00.000Z',
    blocks: long
      ? withHero(withLongCards(storyHomePage.blocks), { en: { title: longTitle('Welcome'), subtitle: longTitle('Search, browse or ask us'), ctaLabel: LONG_WORD } })
      : withHero(storyHomePage.blocks, { en: { title: 'Welcome', ctaLabel: 'Contact us' } }),
  };
  const v2: HomePageConfig = {
    ...v1,
    version: 2,
    updatedAt: '2026-11-19T10:15:00.000Z',
    blocks: v1.blocks.map((block) => (block.id === 'teasers' ? { ...block, hidden: true } : block)),
  };
  const v3: HomePageConfig = { ...storyHomePage, version: 3 };
  const revisions = [
    buildRevision({ id: 'r1', recordKind: 'homePage', previous: null, record: v1, author: ana }),
    buildRevision({ id: 'r2', recordKind: 'homePage', previous: v1, record: v2, author: karim }),
    buildRevision({ id: 'r3', recordKind: 'homePage', previous: v2, record: v3, author: null }),
  ];
  return { homePage: v3, revisions };
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
    const { homePage, revisions } = homeHistory(long);
    const created = createMemoryAdapters({ seed: { homePage, revisions: withRevisions ? revisions : [] } });
    prepare?.(created);
    return change ? change(created) : created;
  });
  return <PortalDataProvider adapters={adapters}>{children}</PortalDataProvider>;
}

const meta = {
  title: 'Admin/HomePageEditor/History',
  component: HomePageEditor,
  args: { onSaved: fn(), onClose: fn() },
  parameters: { a11y: { test: 'error' } },
  render: (args) => (
    <WithHistory>
      <HomePageEditor {...args} />
    </WithHistory>
  ),
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof HomePageEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Three versions: who and when, which blocks changed, and the two newest compared, drawn by the portal and field by field. */
export const Versions: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/Version 3 \(current\)/)).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Version 2 compared with version 3' })).toBeVisible();
    await expect(dialog.getByRole('table')).toBeVisible();
  },
};

/** The oldest and the newest version compared, in German. */
export const CompareOldest: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('checkbox', { name: 'Compare version 2' }));
    await userEvent.click(dialog.getByRole('checkbox', { name: 'Compare version 1' }));
    await expect(dialog.getByRole('heading', { name: 'Version 1 compared with version 3' })).toBeVisible();
    await userEvent.selectOptions(dialog.getByLabelText('Language'), 'de');
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

/** With unsaved edits in the editor, the confirmation warns that they are discarded. */
export const RestoreWithUnsavedChanges: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Hide Image teasers' }));
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    const confirm = within(await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Restore version 1?' }));
    await expect(confirm.getByText(/changes you have not saved/)).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Discard changes and restore' })).toBeVisible();
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

/** The home page was saved elsewhere meanwhile: the restore is refused and the history reloaded. */
export const Conflict: Story = {
  render: (args) => (
    <WithHistory
      change={(adapters) => ({
        ...adapters,
        revisions: {
          ...adapters.revisions,
          // Another tab saves just before this restore arrives.
          restore: async (params) => {
            const stored = (await adapters.homePage.get({}))!;
            const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = stored;
            await adapters.homePage.update({ data: input, previousVersion: stored.version });
            return adapters.revisions.restore(params);
          },
        },
      })}
    >
      <HomePageEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    await userEvent.click(within(await body.findByRole('dialog', { name: 'Restore version 1?' })).getByRole('button', { name: 'Restore' }));
    await expect(await dialog.findByText(/changed in the meantime/)).toBeVisible();
  },
};

/** While the history loads. */
export const Loading: Story = {
  render: (args) => (
    <WithHistory change={(adapters) => ({ ...adapters, revisions: { ...adapters.revisions, list: () => new Promise<never>(() => undefined) } })}>
      <HomePageEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    await openHistory(canvasElement);
  },
};

/** A home page saved before the history existed: nothing to list yet. */
export const Empty: Story = {
  render: (args) => (
    <WithHistory withRevisions={false}>
      <HomePageEditor {...args} />
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
      <HomePageEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Long texts in the compared versions: the list, the side-by-side view and the diff hold their layout. */
export const LongContent: Story = {
  render: (args) => (
    <WithHistory long>
      <HomePageEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Compare version 2' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Compare version 1' }));
    await expect(within(dialog).getByRole('heading', { name: 'Version 1 compared with version 3' })).toBeVisible();
    await expectLayoutHolds(dialog);
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
