import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CatalogItemAdmin } from '../../../src/admin/index.js';
import { storyGroupAdapter } from '../customerGroups.js';
import { longCategories, longItems, manyItems, storyItems, WithCatalog } from './fixtures.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/CatalogItemAdmin',
  component: CatalogItemAdmin,
  args: { filterDebounceMs: 0 },
  parameters: { a11y: { test: 'error' } },
  render: (args) => <WithCatalog>{() => <CatalogItemAdmin {...args} />}</WithCatalog>,
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof CatalogItemAdmin>;
export default meta;

type Story = StoryObj<typeof meta>;

const rowOf = (table: HTMLElement, title: string) => within(table).getByRole('rowheader', { name: title }).closest('tr') as HTMLElement;

/** The items with validity, categories and whether the portal shows them; filter by name or category. */
export const List: Story = {
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Catalog items' });
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
    await expect(within(rowOf(table, 'Business laptop')).getByText('Laptops, Licences')).toBeVisible();
  },
};

/** Items the portal does not show (or shows in only some categories), each with the reason. */
export const HiddenInPortal: Story = {
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Catalog items' });
    await waitFor(() => expect(within(rowOf(table, 'Office licence')).getByText('Hidden: none of its categories is visible')).toBeVisible(), { timeout: 5_000 });
    await expect(within(rowOf(table, 'Tablet (retired)')).getByText('Hidden: not valid')).toBeVisible();
    await expect(within(rowOf(table, 'Business laptop')).getByText('Visible in 1 of 2 categories')).toBeVisible();
  },
};

/** Items limited to an audience carry a badge; the editor's audience field lists the host's customer groups. */
export const Audiences: Story = {
  render: (args) => (
    <WithCatalog
      customerGroups={storyGroupAdapter()}
      items={storyItems.map((record) =>
        record.id === 'laptop' ? { ...record, audience: { kind: 'groups', groups: ['gold', 'acme'] } } : record.id === 'dock' ? { ...record, audience: { kind: 'signed-in' } } : record,
      )}
    >
      {() => <CatalogItemAdmin {...args} />}
    </WithCatalog>
  ),
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'Catalog items' });
    await expect(await within(rowOf(table, 'Business laptop')).findByText('Groups: Gold, Acme Corporation')).toBeVisible();
    await expect(within(rowOf(table, 'Docking station')).getByText('Signed-in only')).toBeVisible();
  },
};

/** Filtered by a title in another language: the adapter searches every language. */
export const Filtered: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText('Filter by name'), 'Dockingstation');
    const rows = () => within(canvas.getByRole('table', { name: 'Catalog items' })).getAllByRole('row');
    await waitFor(() => expect(rows()).toHaveLength(2), { timeout: 5_000 });
    await expect(within(rows()[1] as HTMLElement).getByRole('rowheader', { name: 'Docking station' })).toBeVisible();
  },
};

/** No items yet. */
export const Empty: Story = {
  render: (args) => <WithCatalog items={[]}>{() => <CatalogItemAdmin {...args} />}</WithCatalog>,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('There are no items yet.')).toBeVisible();
  },
};

/** While the first page of items loads. */
export const Loading: Story = {
  render: (args) => (
    <WithCatalog prepare={(adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY)}>{() => <CatalogItemAdmin {...args} />}</WithCatalog>
  ),
};

/** Loading failed (the first attempt and both automatic retries): the error with "Try again", which loads the list. */
export const LoadError: Story = {
  render: (args) => (
    <WithCatalog prepare={(adapters) => adapters.control.failNext(3, 'unavailable', { domains: ['catalog'], methods: ['listItems'] })}>
      {() => <CatalogItemAdmin {...args} />}
    </WithCatalog>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 10_000 }));
    await expect(await canvas.findByRole('table', { name: 'Catalog items' })).toBeVisible();
  },
};

/** "Delete" asks first ("Confirm"). */
export const DeleteConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Headset' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Headset?' });
    await expect(within(dialog).getByText('The item is removed from all its categories. This cannot be undone.')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Confirm' })).toBeVisible();
  },
};

/** A new item: several categories through the accessible multi-select. */
export const NewItem: Story = {
  args: { defaultView: { mode: 'new' } },
  play: async ({ canvas }) => {
    const categories = await canvas.findByRole('group', { name: /Categories/ });
    await userEvent.click(await within(categories).findByRole('checkbox', { name: 'Rugged laptops' }));
    await userEvent.click(within(categories).getByRole('checkbox', { name: 'Peripherals' }));
    await expect(within(categories).getByText('Categories chosen: 2')).toBeVisible();
  },
};

/** Another tab saved the item first: both versions side by side. */
export const Conflict: Story = {
  args: { defaultView: { mode: 'edit', itemId: 'dock' } },
  render: (args) => (
    <WithCatalog>
      {(adapters) => (
        <CatalogItemAdmin
          {...args}
          // The other tab: saves a change as soon as the admin starts typing.
          onFocus={() => {
            void adapters.catalog.getItem({ id: 'dock' }).then((item) => {
              if (item.version > 1) return;
              const { id, version, updatedAt: _updatedAt, ...input } = item;
              return adapters.catalog.updateItem({ id, previousVersion: version, data: { ...input, internalTitle: 'USB-C dock' } });
            });
          }}
        />
      )}
    </WithCatalog>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/Internal title/), ' (desk)');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const dialog = await canvas.findByRole('dialog', { name: 'This item was changed elsewhere' });
    await expect(within(dialog).getByText('USB-C dock')).toBeVisible();
  },
};

/** Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table', { name: 'عناصر الكتالوج' });
    await expect(table.closest('[dir="rtl"]')).not.toBeNull();
  },
};

/** 10,000 items: one page of 25 rendered, filtering and paging in the adapter. */
export const TenThousandItems: Story = {
  render: (args) => <WithCatalog items={manyItems(10_000)}>{() => <CatalogItemAdmin {...args} />}</WithCatalog>,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('1–25 of 10,000')).toBeVisible();
    const rows = () => within(canvas.getByRole('table', { name: 'Catalog items' })).getAllByRole('row');
    await expect(rows()).toHaveLength(26);
    await userEvent.type(canvas.getByLabelText('Filter by name'), 'Dienst 9999');
    await waitFor(() => expect(rows()).toHaveLength(2), { timeout: 5_000 });
    await expect(within(rows()[1] as HTMLElement).getByRole('rowheader', { name: 'Service 09999' })).toBeVisible();
  },
};

/** Long content in a phone-wide column: long item titles and category names, unbreakable words. */
export const LongContent: Story = {
  decorators: [inColumn()],
  render: (args) => (
    <WithCatalog categories={longCategories} items={longItems}>
      {() => <CatalogItemAdmin {...args} />}
    </WithCatalog>
  ),
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('table', { name: 'Catalog items' });
    await expectLayoutHolds(canvasElement);
  },
};
