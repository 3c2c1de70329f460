import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { createCatalogModel } from '../../../src/catalog/model.js';
import type { CatalogItem } from '../../../src/model/index.js';
import { CatalogItemDetail } from '../../../src/portal/CatalogBrowser/CatalogItemDetail.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';
import { categories, items } from './fixtures.js';
import { longCategories, longItems } from './longFixtures.js';
import { CatalogPartContext } from './partContext.js';

/** A grey pixel as a PNG, so the story loads no image from the network. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const withLocalImage = (records: CatalogItem[]) => records.map((record) => (record.image ? { ...record, image: { ...record.image, url: PNG } } : record));

const catalogs = {
  standard: createCatalogModel(categories, withLocalImage(items)),
  long: createCatalogModel(longCategories, withLocalImage(longItems)),
};

interface Args {
  /** Which catalog. */
  catalog: keyof typeof catalogs;
  /** The item shown. */
  itemId: string;
  /** The category it was opened from. */
  categoryId: string;
  /** The search it was opened from, if any. */
  query: string;
  onNavigate: (location: CatalogLocation) => void;
}

/** An item in full, opened from a category or from search results. */
function Detail({ catalog, itemId, categoryId, query, onNavigate }: Args) {
  const model = catalogs[catalog];
  const item = model.itemsById.get(itemId);
  return (
    <CatalogPartContext model={model} initial={{ categoryId, itemId, query }} onNavigate={onNavigate}>
      {() => (item ? <CatalogItemDetail item={item} categoryId={categoryId} /> : null)}
    </CatalogPartContext>
  );
}

/** An item’s page (CatalogBrowser renders it when an item is opened; here on its own). */
const meta = {
  title: 'Portal/CatalogBrowser/CatalogItemDetail',
  component: Detail,
  args: { catalog: 'standard', itemId: 'new-laptop', categoryId: 'laptops', query: '', onNavigate: fn() },
  argTypes: { catalog: { control: 'inline-radio', options: Object.keys(catalogs) } },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Detail>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Title, image with its text alternative, sanitized text, the checked links (an unsafe one shown as text) and the way back. */
export const Default: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('img', { name: 'A silver laptop' })).toHaveAttribute('src', PNG);
    await expect(canvas.getByRole('link', { name: 'Laptop models' })).toHaveAttribute('href', 'https://example.com/models');
    await expect(canvas.queryByRole('link', { name: /Sneaky/ })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Back to Laptops' }));
    await expect(args.onNavigate).toHaveBeenLastCalledWith({ categoryId: 'laptops', itemId: null, query: '' });
  },
};

/** Opened from search results: “back” returns to them. */
export const FromSearch: Story = {
  args: { query: 'laptop' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Back to the search results' })).toBeVisible();
  },
};

/** An item with text only: no image, no links. */
export const TextOnly: Story = {
  args: { itemId: 'bag', categoryId: 'bags' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('img')).toBeNull();
    await expect(canvas.queryByRole('region', { name: 'Links' })).toBeNull();
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { itemId: 'reset-password', categoryId: 'accounts' },
  play: async ({ canvas }) => {
    const heading = canvas.getByRole('heading', { level: 2, name: 'إعادة تعيين كلمة المرور' });
    await expect(getComputedStyle(heading).direction).toBe('rtl');
  },
};

/** Long title, text and a link labelled with a long address, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { catalog: 'long' },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
