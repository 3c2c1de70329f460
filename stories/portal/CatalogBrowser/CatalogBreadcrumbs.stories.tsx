import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { createCatalogModel, getCategoryPath, localizeItem } from '../../../src/catalog/model.js';
import { CatalogBreadcrumbs } from '../../../src/portal/CatalogBrowser/CatalogBreadcrumbs.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { usePortal } from '../../../src/portal/PortalProvider/index.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';
import { categories, items } from './fixtures.js';
import { longCategories, longItems } from './longFixtures.js';
import { CatalogPartContext } from './partContext.js';

const model = createCatalogModel(categories, items);
const longModel = createCatalogModel(longCategories, longItems);

interface Args {
  /** The category shown, or the one the item was opened from. */
  categoryId: string;
  /** The item shown, whose title ends the trail. */
  itemId?: string | undefined;
  /** Long names and titles. */
  long: boolean;
  /** Real links (the host gave `getHref`) instead of buttons. */
  links: boolean;
  onNavigate: (location: CatalogLocation) => void;
}

const href = (location: CatalogLocation) => `?category=${encodeURIComponent(location.categoryId ?? '')}`;

/** The breadcrumbs of a category, or of an item opened from it. */
function Breadcrumbs({ categoryId, itemId, long, links, onNavigate }: Args) {
  const { language } = usePortal('Breadcrumbs story');
  const catalog = long ? longModel : model;
  const item = itemId ? catalog.itemsById.get(itemId) : undefined;
  const content = item ? localizeItem(item, language, 'en') : undefined;
  return (
    <CatalogPartContext model={catalog} initial={{ categoryId, itemId: itemId ?? null, query: '' }} onNavigate={onNavigate} getHref={links ? href : undefined}>
      {() => <CatalogBreadcrumbs path={getCategoryPath(catalog, categoryId)} current={content ? { text: content.title, language: content.language } : undefined} />}
    </CatalogPartContext>
  );
}

/** The catalog browser's breadcrumbs (CatalogBrowser renders them above a category or an item; here on their own). */
const meta = {
  title: 'Portal/CatalogBrowser/CatalogBreadcrumbs',
  component: Breadcrumbs,
  args: { categoryId: 'docking', long: false, links: false, onNavigate: fn() },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Breadcrumbs>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A nested category: "All services" and every category above it lead up; the category itself is the current page. */
export const Category: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('Docking stations')).toHaveAttribute('aria-current', 'page');
    await userEvent.click(canvas.getByRole('button', { name: 'Laptops' }));
    await expect(args.onNavigate).toHaveBeenLastCalledWith({ categoryId: 'laptops', itemId: null, query: '' });
  },
};

/** A top-level category: only "All services" leads up. */
export const TopLevel: Story = {
  args: { categoryId: 'accounts' },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('button').map((button) => button.textContent)).toEqual(['All services']);
  },
};

/** An item: its category becomes a link and the item’s title is the current page. */
export const Item: Story = {
  args: { categoryId: 'laptops', itemId: 'new-laptop' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Laptops' })).toBeVisible();
    await expect(canvas.getByText('Order a new laptop')).toHaveAttribute('aria-current', 'page');
  },
};

/** With the host’s `getHref`: real links that open in a new tab or can be copied. */
export const WithLinks: Story = {
  args: { links: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Hardware' })).toHaveAttribute('href', '?category=hardware');
    await expect(canvas.getByRole('link', { name: 'All services' })).toHaveAttribute('href', '?category=');
  },
};

/** In Arabic, right to left; an item without Arabic content shows its English title, marked as English. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { categoryId: 'laptops', itemId: 'new-laptop' },
  play: async ({ canvas }) => {
    const trail = canvas.getByRole('navigation', { name: 'مسار التنقل' });
    await expect(getComputedStyle(trail).direction).toBe('rtl');
    await expect(canvas.getByText('Order a new laptop')).toHaveAttribute('lang', 'en');
  },
};

/** Long names, unbreakable words and a long item title, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { long: true, itemId: 'dock' },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
