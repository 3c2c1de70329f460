import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { buildRevision, createMemoryAdapters, type MemoryAdapters, type PortalAdapters, type Revision } from '../../../src/adapters/index.js';
import { CatalogCategoryEditor, CatalogItemEditor } from '../../../src/admin/index.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import type { CatalogCategory, CatalogItem } from '../../../src/model/index.js';
import { expectLayoutHolds, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { openHistory } from '../openHistory.js';

const ana = { id: 'ana', name: 'Ana Müller' };
const karim = { id: 'karim', name: 'Karim Haddad' };

const hardware: CatalogCategory = {
  id: 'hardware',
  version: 1,
  updatedAt: '2026-11-18T08:00:00.000Z',
  internalTitle: 'Hardware',
  validity: 'valid',
  parentId: null,
  order: 0,
  content: { en: { name: 'Hardware' }, de: { name: 'Hardware' } },
};

function catalogHistory(long: boolean) {
  const v1: CatalogItem = {
    id: 'laptop',
    version: 1,
    updatedAt: '2026-11-18T08:00:00.000Z',
    internalTitle: 'Laptop',
    validity: 'valid',
    categoryIds: ['hardware'],
    image: null,
    order: 0,
    content: {
      en: { title: long ? longTitle('Business laptop') : 'Business laptop', text: long ? `<p>${LONG_TEXT}</p><p>${LONG_WORD}</p>` : '<p>A laptop for work.</p>', links: [] },
      de: { title: 'Geschäftslaptop', text: '<p>Ein Laptop für die Arbeit.</p>', links: [] },
    },
  };
  const v2: CatalogItem = {
    ...v1,
    version: 2,
    updatedAt: '2026-11-19T10:15:00.000Z',
    content: { ...v1.content, en: { ...v1.content.en!, text: '<p>A <strong>fast</strong> laptop for work.</p>', links: [{ label: 'Order form', url: 'https://forms.example.com/laptop' }] } },
  };
  const v3: CatalogItem = { ...v2, version: 3, updatedAt: '2026-11-20T09:00:00.000Z', order: 5 };
  const category2: CatalogCategory = { ...hardware, version: 2, updatedAt: '2026-11-19T11:00:00.000Z', content: { ...hardware.content, en: { name: 'Devices', description: 'Laptops, phones and more' } } };
  const revisions: Revision[] = [
    buildRevision({ id: 'i1', recordKind: 'catalogItem', previous: null, record: v1, author: ana }),
    buildRevision({ id: 'i2', recordKind: 'catalogItem', previous: v1, record: v2, author: karim }),
    buildRevision({ id: 'i3', recordKind: 'catalogItem', previous: v2, record: v3, author: null }),
    buildRevision({ id: 'c1', recordKind: 'catalogCategory', previous: null, record: hardware, author: ana }),
    buildRevision({ id: 'c2', recordKind: 'catalogCategory', previous: hardware, record: category2, author: karim }),
  ];
  return { items: [v3], categories: [category2], revisions };
}

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
    const { items, categories, revisions } = catalogHistory(long);
    const created = createMemoryAdapters({ seed: { catalogItems: items, catalogCategories: categories, revisions: withRevisions ? revisions : [] } });
    prepare?.(created);
    return change ? change(created) : created;
  });
  return <PortalDataProvider adapters={adapters}>{children}</PortalDataProvider>;
}

const meta = {
  title: 'Admin/CatalogAdmin/History',
  component: CatalogItemEditor,
  args: { onSaved: fn(), onClose: fn(), itemId: 'laptop' },
  parameters: { a11y: { test: 'error' } },
  render: (args) => (
    <WithHistory>
      <CatalogItemEditor {...args} />
    </WithHistory>
  ),
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof CatalogItemEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** An item's versions: the two newest compared as the portal draws them, and field by field. */
export const ItemVersions: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/Version 3 \(current\)/)).toBeVisible();
    await expect(dialog.getByRole('table')).toBeVisible();
  },
};

/** The oldest and newest item versions: text and links differ. */
export const ItemCompareOldest: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('checkbox', { name: 'Compare version 2' }));
    await userEvent.click(dialog.getByRole('checkbox', { name: 'Compare version 1' }));
    await expect(dialog.getByRole('heading', { name: 'Version 1 compared with version 3' })).toBeVisible();
  },
};

/** With unsaved edits, the restore confirmation warns that they are discarded. */
export const ItemRestoreWithUnsavedChanges: Story = {
  play: async ({ canvasElement }) => {
    const order = await within(canvasElement).findByRole('textbox', { name: /^Order/ });
    await userEvent.clear(order);
    await userEvent.type(order, '7');
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    const confirm = within(await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Restore version 1?' }));
    await expect(confirm.getByText(/changes you have not saved/)).toBeVisible();
  },
};

/** After the restore: the notice and version 4 on top. */
export const ItemRestored: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    await userEvent.click(within(await body.findByRole('dialog', { name: 'Restore version 1?' })).getByRole('button', { name: 'Restore' }));
    await expect(await dialog.findByText('Version 1 was restored as version 4.')).toBeVisible();
  },
};

/** Saved elsewhere meanwhile: the restore is refused and the history reloaded. */
export const ItemConflict: Story = {
  render: (args) => (
    <WithHistory
      change={(adapters) => ({
        ...adapters,
        revisions: {
          ...adapters.revisions,
          restore: async (params) => {
            const { id, version, updatedAt: _updatedAt, ...input } = await adapters.catalog.getItem({ id: 'laptop' });
            await adapters.catalog.updateItem({ id, data: input, previousVersion: version });
            return adapters.revisions.restore(params);
          },
        },
      })}
    >
      <CatalogItemEditor {...args} />
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
      <CatalogItemEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    await openHistory(canvasElement);
  },
};

/** An item saved before the history existed. */
export const Empty: Story = {
  render: (args) => (
    <WithHistory withRevisions={false}>
      <CatalogItemEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/No versions yet/)).toBeVisible();
  },
};

/** Loading the history failed. */
export const LoadError: Story = {
  render: (args) => (
    <WithHistory prepare={(adapters) => adapters.control.failNext(Number.POSITIVE_INFINITY, 'unavailable', { domains: ['revisions'] })}>
      <CatalogItemEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
  },
};

/** Long title and text in the compared versions: the side-by-side view and the diff hold their layout. */
export const LongContent: Story = {
  render: (args) => (
    <WithHistory long>
      <CatalogItemEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Compare version 2' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Compare version 1' }));
    await expect(within(dialog).getByRole('table')).toBeVisible();
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

/** A category's versions: a field diff alone (a name and a plain description). */
export const CategoryVersions: Story = {
  render: () => (
    <WithHistory>
      <CatalogCategoryEditor categoryId="hardware" />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/Version 2 \(current\)/)).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Name \(English\)/ })).toBeVisible();
  },
};
