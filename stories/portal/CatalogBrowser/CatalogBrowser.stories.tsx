import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import { CatalogBrowser, type CatalogLocation } from '../../../src/portal/CatalogBrowser/index.js';
import { categories, generateCatalog, items } from './fixtures.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';
import { longCategories, longItems } from './longFixtures.js';

const large = generateCatalog(10_000, { bigCategory: 1_000 });

const meta = {
  title: 'Portal/CatalogBrowser',
  component: CatalogBrowser,
  parameters: {
    docs: {
      description: {
        component:
          'The service catalog: category cards and a tree, breadcrumbs, the items of a category, item details and a search. Invalid categories and items, and everything without a valid path to the top level, never appear. The location (category, item, query) is controllable for the host’s router.',
      },
    },
  },
  args: { categories, items },
} satisfies Meta<typeof CatalogBrowser>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The start: top-level categories as cards. Invalid, orphaned and cyclic categories are absent. */
export const Start: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('tree')).toBeVisible();
    await expect(canvas.queryByText('Retired services')).toBeNull();
  },
};

/** A category with sub-categories and items. */
export const Category: Story = { args: { defaultValue: { categoryId: 'laptops' } } };

/** An item in two categories, opened from the second one. */
export const ItemDetail: Story = { args: { defaultValue: { categoryId: 'laptops', itemId: 'new-laptop' } } };

/** Search results grouped by category path, matches highlighted. */
export const SearchResults: Story = {
  args: { defaultValue: { query: 'laptop' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(0));
  },
};

/** A search that finds nothing. */
export const NoResults: Story = { args: { defaultValue: { query: 'submarine' } } };

/** A deep link to an invalid item: not found. */
export const NotFound: Story = { args: { defaultValue: { itemId: 'invalid-item' } } };

/** While the host loads the catalog. */
export const Loading: Story = { args: { status: 'loading', categories: undefined, items: undefined } };

/** When loading failed; "Try again" calls `onRetry`. */
export const FailedToLoad: Story = { args: { status: 'error', onRetry: () => {}, categories: undefined, items: undefined } };

const demoAdapters = createMemoryAdapters();

/** Without data props the catalog reads through the portal's adapters: here the in-memory store with the demo content. */
export const ReadThroughAdapters: Story = {
  args: { categories: undefined, items: undefined },
  render: (args) => (
    <PortalDataProvider adapters={demoAdapters}>
      <CatalogBrowser {...args} />
    </PortalDataProvider>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('tree')).toBeVisible();
  },
};

/** No valid category. */
export const Empty: Story = { args: { categories: [], items: [] } };

/** Searched on the server: the hits come from the `SearchAdapter` (here the in-memory store's) and are checked against what the catalog shows. */
export const SearchThroughAdapter: Story = {
  args: { categories: undefined, items: undefined, search: 'adapter', defaultValue: { query: 'laptop' } },
  render: (args) => (
    <PortalDataProvider adapters={demoAdapters}>
      <CatalogBrowser {...args} />
    </PortalDataProvider>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 2, name: 'Search results' })).toBeVisible();
  },
};

/** 10,000 items; the category "Everything" holds 1,000 of them in a virtualized list. */
export const LargeCatalog: Story = {
  args: { categories: large.categories, items: large.items, defaultValue: { categoryId: 'big' } },
};

/** Right to left, in Arabic. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { defaultValue: { categoryId: 'accounts' } },
};

function Controlled() {
  const [location, setLocation] = useState<CatalogLocation>({ categoryId: null, itemId: null, query: '' });
  const href = (target: CatalogLocation) =>
    `?category=${encodeURIComponent(target.categoryId ?? '')}&item=${encodeURIComponent(target.itemId ?? '')}&q=${encodeURIComponent(target.query)}`;
  return (
    <>
      <p>
        Location held by the host: <code data-testid="location">{href(location)}</code>
      </p>
      <CatalogBrowser categories={categories} items={items} value={location} onValueChange={setLocation} getHref={href} />
    </>
  );
}

/** The host holds the location (as a router would) and gives real links with `getHref`. */
export const ControlledWithLinks: Story = {
  render: () => <Controlled />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('link', { name: /^Software/ }));
    await expect(canvas.getByTestId('location')).toHaveTextContent('?category=software&item=&q=');
  },
};

/**
 * Long content in a 360 px column: long category names and descriptions, unbreakable words. The
 * catalog splits into tree and main area by the viewport's width, so here it stays split, as in a
 * narrow container of a wide page.
 */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { categories: longCategories, items: longItems },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** The same long content on a category with its items, full width (tree beside the list). */
export const LongContentCategory: Story = {
  args: { categories: longCategories, items: longItems, defaultValue: { categoryId: 'laptops' } },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** An item with a long title, text and an address as its link, in a 360 px column. */
export const LongContentItem: Story = {
  decorators: [inColumn()],
  args: { categories: longCategories, items: longItems, defaultValue: { categoryId: 'laptops', itemId: 'new-laptop' } },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** Search results for a long word, in a 360 px column. */
export const LongContentSearch: Story = {
  decorators: [inColumn()],
  args: { categories: longCategories, items: longItems, defaultValue: { query: 'Datenschutz' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="catalog-item-row"]').length).toBeGreaterThan(0), { timeout: 5000 });
    await expectLayoutHolds(canvasElement);
  },
};
