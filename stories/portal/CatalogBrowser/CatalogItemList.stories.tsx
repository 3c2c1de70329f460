import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { searchTerms } from '../../../src/catalog/fold.js';
import { createCatalogModel } from '../../../src/catalog/model.js';
import { CatalogItemList } from '../../../src/portal/CatalogBrowser/CatalogItemList.js';
import { CatalogItemRow } from '../../../src/portal/CatalogBrowser/CatalogItemRow.js';
import { ItemRows } from '../../../src/portal/CatalogBrowser/CatalogParts.styles.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { usePortalTranslation } from '../../../src/portal/PortalProvider/index.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';
import { categories, generateCatalog, items } from './fixtures.js';
import { longCategories, longItems } from './longFixtures.js';
import { CatalogPartContext } from './partContext.js';

const catalogs = {
  standard: createCatalogModel(categories, items),
  long: createCatalogModel(longCategories, longItems),
  large: (() => {
    const large = generateCatalog(2000, { bigCategory: 1000 });
    return createCatalogModel(large.categories, large.items);
  })(),
};

interface Args {
  /** Which catalog. */
  catalog: keyof typeof catalogs;
  /** The category whose items are listed. */
  categoryId: string;
  /** A search: the rows then mark its words and open the item keeping the search. */
  query: string;
  onNavigate: (location: CatalogLocation) => void;
}

/** The items of a category under the heading that names them, or the rows as a search shows them. */
function Items({ catalog, categoryId, query, onNavigate }: Args) {
  const { t } = usePortalTranslation();
  const model = catalogs[catalog];
  const list = model.itemsOfCategory.get(categoryId) ?? [];
  const terms = searchTerms(query);
  return (
    <CatalogPartContext model={model} initial={{ categoryId, itemId: null, query }} onNavigate={onNavigate} virtualizeAbove={100}>
      {() => (
        <section aria-labelledby="story-items-heading">
          <h2 id="story-items-heading">{t('catalog.services')}</h2>
          {terms.length > 0 ? (
            <ItemRows aria-labelledby="story-items-heading">
              {list.map((item) => (
                <CatalogItemRow key={item.id} item={item} categoryId={categoryId} terms={terms} />
              ))}
            </ItemRows>
          ) : (
            <CatalogItemList items={list} categoryId={categoryId} labelledBy="story-items-heading" />
          )}
        </section>
      )}
    </CatalogPartContext>
  );
}

/** The items of a category (CatalogBrowser renders them in a category and in search results; here on their own). */
const meta = {
  title: 'Portal/CatalogBrowser/CatalogItemList',
  component: Items,
  args: { catalog: 'standard', categoryId: 'accounts', query: '', onNavigate: fn() },
  argTypes: { catalog: { control: 'inline-radio', options: Object.keys(catalogs) } },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Items>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A short list: each row the item’s title and the beginning of its text. */
export const Category: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(canvas.getByRole('button', { name: /Reset your password/ }));
    await expect(args.onNavigate).toHaveBeenLastCalledWith({ categoryId: 'accounts', itemId: 'reset-password', query: '' });
  },
};

/** Rows as search results show them: the words searched for are marked in the title and the text. */
export const SearchMatches: Story = {
  args: { query: 'reset' },
  play: async ({ canvasElement }) => {
    await expect([...canvasElement.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Reset', 'reset']);
  },
};

/** A thousand items: only the rows in view are in the page, more as the list scrolls. */
export const LongList: Story = {
  args: { catalog: 'large', categoryId: 'big' },
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="catalog-item-scroll-area"]')).toHaveAttribute('data-state', 'virtual'));
    await expect(canvas.getAllByRole('listitem').length).toBeLessThan(100);
    await expect(canvas.getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', String(catalogs.large.itemsOfCategory.get('big')?.length));
  },
};

/** In Arabic, right to left; an item with English content only is marked as English. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    await expect(getComputedStyle(canvas.getByRole('list')).direction).toBe('rtl');
    await expect(canvas.getByRole('button', { name: /Request a docking station/ })).toHaveAttribute('lang', 'en');
  },
};

/** Long titles and texts with unbreakable words, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { catalog: 'long' },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
