import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CatalogCategoryAdmin } from '../../../src/admin/index.js';
import { longCategories, longItems, manyItems, WithCatalog } from './fixtures.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/CatalogCategoryAdmin',
  component: CatalogCategoryAdmin,
  parameters: { a11y: { test: 'error' } },
  render: (args) => <WithCatalog>{() => <CatalogCategoryAdmin {...args} />}</WithCatalog>,
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof CatalogCategoryAdmin>;
export default meta;

type Story = StoryObj<typeof meta>;

/**
 * The category tree, nested. Each row has a drag handle (drag onto the top or bottom edge of a row
 * to place the category before or after it, onto its middle to make it a sub-category) and the
 * moving buttons, which do the same without dragging.
 */
export const Tree: Story = {
  play: async ({ canvas }) => {
    const tree = await canvas.findByRole('navigation', { name: 'Category tree' });
    const hardware = within(tree).getByText('Hardware').closest('li') as HTMLElement;
    await expect(within(hardware).getByText('Rugged laptops')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Move Hardware up' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Move Hardware down' })).toBeEnabled();
    // The handle: named, and a target of at least 24 by 24 pixels.
    const handle = canvas.getByRole('button', { name: 'Drag Hardware' }).getBoundingClientRect();
    await expect(Math.min(handle.width, handle.height)).toBeGreaterThanOrEqual(24);
  },
};

/**
 * Dragging with the keyboard: Space picks "Peripherals" up, each arrow key steps to the next drop
 * place (after Peripherals, before Software, into Software), Space drops it into Software.
 */
export const KeyboardDrag: Story = {
  play: async ({ canvas }) => {
    const tree = await canvas.findByRole('navigation', { name: 'Category tree' });
    canvas.getByRole('button', { name: 'Drag Peripherals' }).focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(canvas.getByText('Drop here to move the category to the top level')).toBeVisible());
    for (let step = 0; step < 3; step += 1) await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(tree.querySelector('[data-slot="catalog-category-drop-zone"][data-state="over"]')?.closest('li')?.getAttribute('data-id')).toBe('software'));
    await userEvent.keyboard(' ');
    await expect(await canvas.findByText('Peripherals moved.')).toBeVisible();
    const software = within(tree).getByText('Software').closest('li') as HTMLElement;
    await waitFor(() => expect(within(software).getByText('Peripherals')).toBeVisible());
  },
};

/** Categories the portal does not show, each with the reason: not valid, a parent not valid, no path to the top level. */
export const HiddenInPortal: Story = {
  play: async ({ canvas }) => {
    const tree = await canvas.findByRole('navigation', { name: 'Category tree' });
    const row = (title: string) => within(tree).getByText(title).closest('li') as HTMLElement;
    await expect(within(row('Software')).getByText('Hidden: not valid')).toBeVisible();
    await expect(within(row('Licences')).getByText('Hidden: a parent category is not valid')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Categories without a path to the top level' })).toBeVisible();
    await expect(within(row('Archive 2024')).getByText('Hidden: no valid path to the top level')).toBeVisible();
  },
};

/** No categories yet. */
export const Empty: Story = {
  render: (args) => (
    <WithCatalog categories={[]} items={[]}>
      {() => <CatalogCategoryAdmin {...args} />}
    </WithCatalog>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('There are no categories yet.')).toBeVisible();
  },
};

/** While the categories load. */
export const Loading: Story = {
  render: (args) => (
    <WithCatalog prepare={(adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY)}>{() => <CatalogCategoryAdmin {...args} />}</WithCatalog>
  ),
};

/** Loading failed (the first attempt and both automatic retries): the error with "Try again", which loads the tree. */
export const LoadError: Story = {
  render: (args) => (
    <WithCatalog prepare={(adapters) => adapters.control.failNext(3, 'unavailable', { domains: ['catalog'], methods: ['listCategories'] })}>
      {() => <CatalogCategoryAdmin {...args} />}
    </WithCatalog>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 10_000 }));
    await expect(await canvas.findByRole('navigation', { name: 'Category tree' })).toBeVisible();
  },
};

/** "Delete" says first what happens to the sub-categories and the items. */
export const DeleteConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Laptops' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Laptops?' });
    await expect(await within(dialog).findByText('Sub-categories that move up to Hardware: 1.')).toBeVisible();
    await expect(within(dialog).getByText('Items that stay in their other categories: 1.')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Delete category' })).toBeVisible();
  },
};

/** A top-level category whose items have nowhere else to go: deleting is refused and the items are named. */
export const DeleteBlocked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Software' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Software?' });
    await expect(await within(dialog).findByText(/A top-level category has no parent to move them to/)).toBeVisible();
  },
};

/** "Move to…", the keyboard alternative to dragging: the category and its descendants are not offered. */
export const MoveTo: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Move Laptops to another parent' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Move Laptops' });
    const offered = within(dialog)
      .getAllByRole('option')
      .map((option) => option.textContent?.trim());
    await expect(offered).toContain('Software');
    await expect(offered).not.toContain('Rugged laptops');
    await expect(offered).not.toContain('Laptops');
  },
};

/** Another tab saved the category first: both versions side by side. */
export const Conflict: Story = {
  args: { defaultView: { mode: 'edit', categoryId: 'laptops' } },
  render: (args) => (
    <WithCatalog>
      {(adapters) => (
        <CatalogCategoryAdmin
          {...args}
          // The other tab: saves a change as soon as the admin starts typing.
          onFocus={() => {
            void adapters.catalog.getCategory({ id: 'laptops' }).then((category) => {
              if (category.version > 1) return;
              const { id, version, updatedAt: _updatedAt, ...input } = category;
              return adapters.catalog.updateCategory({ id, previousVersion: version, data: { ...input, internalTitle: 'Notebooks' } });
            });
          }}
        />
      )}
    </WithCatalog>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/Internal title/), ' (company)');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const dialog = await canvas.findByRole('dialog', { name: 'This category was changed elsewhere' });
    await expect(within(dialog).getByText('Notebooks')).toBeVisible();
  },
};

/** Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tree = await canvas.findByRole('navigation', { name: 'شجرة الفئات' });
    await expect(tree.closest('[dir="rtl"]')).not.toBeNull();
  },
};

/** Deleting a category that holds 10,000 items: they are counted page by page before anything is deleted. */
export const DeleteWithTenThousandItems: Story = {
  render: (args) => (
    <WithCatalog items={manyItems(10_000)}>
      {() => <CatalogCategoryAdmin {...args} />}
    </WithCatalog>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Peripherals' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Delete Peripherals?' });
    await waitFor(() => expect(within(dialog).getByText('Items only in this category, which move to Hardware: 2,500.')).toBeVisible(), { timeout: 10_000 });
    await expect(within(dialog).getByText('Items that stay in their other categories: 2,500.')).toBeVisible();
  },
};

/** Long content in a phone-wide column: the tree with long category names, unbreakable words. */
export const LongContent: Story = {
  decorators: [inColumn()],
  render: (args) => (
    <WithCatalog categories={longCategories} items={longItems}>
      {() => <CatalogCategoryAdmin {...args} />}
    </WithCatalog>
  ),
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('navigation', { name: 'Category tree' });
    await expectLayoutHolds(canvasElement);
  },
};
