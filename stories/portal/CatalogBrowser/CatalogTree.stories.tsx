import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { createCatalogModel } from '../../../src/catalog/model.js';
import { CatalogTree } from '../../../src/portal/CatalogBrowser/CatalogTree.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { usePortalTranslation } from '../../../src/portal/PortalProvider/index.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';
import { categories, items } from './fixtures.js';
import { longCategories, longItems } from './longFixtures.js';
import { CatalogPartContext } from './partContext.js';

const model = createCatalogModel(categories, items);
const longModel = createCatalogModel(longCategories, longItems);

interface Args {
  /** The current category (the one the view shows). */
  categoryId: string | null;
  /** Long category names. */
  long: boolean;
  onNavigate: (location: CatalogLocation) => void;
}

/** The category tree of the catalog browser, with the current category held as the browser holds it. */
function Tree({ categoryId, long, onNavigate }: Args) {
  const { t } = usePortalTranslation();
  return (
    <CatalogPartContext model={long ? longModel : model} initial={{ categoryId, itemId: null, query: '' }} onNavigate={onNavigate}>
      {() => <CatalogTree label={t('catalog.categories')} />}
    </CatalogPartContext>
  );
}

/** The category tree (CatalogBrowser renders it beside the view; here on its own). */
const meta = {
  title: 'Portal/CatalogBrowser/CatalogTree',
  component: Tree,
  args: { categoryId: null, long: false, onNavigate: fn() },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Tree>;
export default meta;

type Story = StoryObj<typeof meta>;

/** At the catalog's start: the top-level categories, closed; none is current. */
export const Start: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('treeitem').map((item) => item.textContent)).toEqual(['Hardware', 'Software', 'Accounts']);
    await expect(canvas.getByRole('treeitem', { name: 'Hardware' })).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryAllByRole('treeitem', { selected: true })).toEqual([]);
  },
};

/** In a nested category: the way to it is open and it is marked as current. */
export const CurrentCategory: Story = {
  args: { categoryId: 'docking' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('treeitem', { name: 'Laptops' })).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('treeitem', { name: 'Docking stations' })).toHaveAttribute('aria-selected', 'true');
  },
};

/** Every top-level branch opened with `*`. */
export const Expanded: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    await userEvent.keyboard('*');
    await expect(canvas.getByRole('treeitem', { name: 'Hardware' })).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('treeitem', { name: 'Software' })).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('treeitem', { name: 'Licences' })).toBeVisible();
  },
};

/** Keyboard only: Tab into the tree, → opens and goes down a level, Enter shows the category. */
export const Keyboard: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('treeitem', { name: 'Hardware' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('treeitem', { name: 'Laptops' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onNavigate).toHaveBeenLastCalledWith({ categoryId: 'laptops', itemId: null, query: '' });
    await expect(canvas.getByRole('treeitem', { name: 'Laptops' })).toHaveAttribute('aria-selected', 'true');
  },
};

/** In Arabic, right to left: the arrows are mirrored (← opens). */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { categoryId: 'bags' },
  play: async ({ canvas }) => {
    const tree = canvas.getByRole('tree', { name: 'الفئات' });
    await expect(getComputedStyle(tree).direction).toBe('rtl');
    await expect(within(tree).getByRole('treeitem', { name: 'الحقائب' })).toHaveAttribute('aria-selected', 'true');
  },
};

/** Long names and unbreakable words, three levels deep, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { categoryId: 'docking', long: true },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
