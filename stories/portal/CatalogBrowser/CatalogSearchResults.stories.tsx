import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { createCatalogModel } from '../../../src/catalog/model.js';
import { getCatalogSearchIndex } from '../../../src/catalog/searchIndex.js';
import { CatalogSearchResults } from '../../../src/portal/CatalogBrowser/CatalogSearchResults.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { usePortal } from '../../../src/portal/PortalProvider/index.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';
import { categories, generateCatalog, items } from './fixtures.js';
import { longCategories, longItems } from './longFixtures.js';
import { CatalogPartContext } from './partContext.js';

const catalogs = {
  standard: createCatalogModel(categories, items),
  long: createCatalogModel(longCategories, longItems),
  large: (() => {
    const large = generateCatalog(300);
    return createCatalogModel(large.categories, large.items);
  })(),
};

interface Args {
  /** Which catalog is searched. */
  catalog: keyof typeof catalogs;
  /** The search. */
  query: string;
  /** Hits shown at first and per "Show more results". */
  pageSize: number;
  onNavigate: (location: CatalogLocation) => void;
}

/** What the catalog’s own search index finds for `query`, in the toolbar’s language. */
function IndexResults({ catalog, query, pageSize, onNavigate }: Args) {
  const { language } = usePortal('Search results story');
  const model = catalogs[catalog];
  const result = useMemo(() => getCatalogSearchIndex(model, { language, defaultLanguage: 'en' }).search(query), [model, language, query]);
  return (
    <CatalogPartContext model={model} initial={{ categoryId: null, itemId: null, query }} onNavigate={onNavigate}>
      {() => <CatalogSearchResults result={result} pageSize={pageSize} />}
    </CatalogPartContext>
  );
}

/** Search results (CatalogBrowser renders them under its “Search results” heading; here on their own). */
const meta = {
  title: 'Portal/CatalogBrowser/CatalogSearchResults',
  component: IndexResults,
  args: { catalog: 'standard', query: 'dock', pageSize: 50, onNavigate: fn() },
  argTypes: { catalog: { control: 'inline-radio', options: Object.keys(catalogs) } },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof IndexResults>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Hits grouped under their category path (an item in two categories in both), the words searched for marked. */
export const Results: Story = {
  play: async ({ args, canvas, canvasElement }) => {
    await expect(canvas.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Hardware › Laptops › Docking stations', 'Accounts']);
    await expect(canvasElement.querySelectorAll('mark').length).toBe(4);
    await userEvent.click(canvas.getAllByRole('button', { name: /Request a docking station/ })[1]!);
    await expect(args.onNavigate).toHaveBeenLastCalledWith({ categoryId: 'accounts', itemId: 'dock', query: 'dock' });
  },
};

/** Nothing found: what was searched and how to search instead. */
export const NoResults: Story = {
  args: { query: 'submarine' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No service matches “submarine”.')).toBeVisible();
  },
};

/** More hits than a page: “Show more results” adds the next page. */
export const MoreResults: Story = {
  args: { catalog: 'large', query: 'printer', pageSize: 10 },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(10);
    await userEvent.click(canvas.getByRole('button', { name: 'Show more results' }));
    await expect(canvas.getAllByRole('listitem')).toHaveLength(20);
  },
};

/** In Arabic, right to left: the category path and the marks in Arabic. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { query: 'كلمة' },
  play: async ({ canvas, canvasElement }) => {
    await expect(getComputedStyle(canvas.getByRole('heading', { name: 'الحسابات' })).direction).toBe('rtl');
    await expect([...canvasElement.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['كلمة']);
  },
};

/** Long paths, titles and excerpts with a marked unbreakable word, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { catalog: 'long', query: 'Datenschutz' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(0);
    await expectLayoutHolds(canvasElement);
  },
};
