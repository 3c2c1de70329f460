import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { createCatalogModel } from '../../../src/catalog/model.js';
import { CatalogCategoryGrid } from '../../../src/portal/CatalogBrowser/CatalogCategoryGrid.js';
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
    const large = generateCatalog(5000, { bigCategory: 2000 });
    return createCatalogModel(large.categories, large.items);
  })(),
};

interface Args {
  /** Which catalog. */
  catalog: keyof typeof catalogs;
  /** The category whose sub-categories are shown; `null` for the top level. */
  categoryId: string | null;
  onNavigate: (location: CatalogLocation) => void;
}

/** Category cards under the heading that names them, as the catalog’s start and a category show them. */
function Grid({ catalog, categoryId, onNavigate }: Args) {
  const { t } = usePortalTranslation();
  const model = catalogs[catalog];
  const nodes = categoryId ? (model.tree.nodes.get(categoryId)?.children ?? []) : model.tree.roots;
  return (
    <CatalogPartContext model={model} initial={{ categoryId, itemId: null, query: '' }} onNavigate={onNavigate}>
      {() => (
        <section aria-labelledby="story-grid-heading">
          <h2 id="story-grid-heading">{categoryId ? t('catalog.subcategories') : t('catalog.allServices')}</h2>
          <CatalogCategoryGrid nodes={nodes} labelledBy="story-grid-heading" />
        </section>
      )}
    </CatalogPartContext>
  );
}

/** Category cards (CatalogBrowser renders them at the start and for sub-categories; here on their own). */
const meta = {
  title: 'Portal/CatalogBrowser/CatalogCategoryGrid',
  component: Grid,
  args: { catalog: 'standard', categoryId: null, onNavigate: fn() },
  argTypes: { catalog: { control: 'inline-radio', options: Object.keys(catalogs) } },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Grid>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The top-level categories: name, description and how many services each holds. */
export const TopLevel: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: /^Software/ }));
    await expect(args.onNavigate).toHaveBeenLastCalledWith({ categoryId: 'software', itemId: null, query: '' });
  },
};

/** The sub-categories of a category. */
export const SubCategories: Story = {
  args: { categoryId: 'laptops' },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem').map((card) => card.textContent)).toEqual(['BagsServices: 1', 'Docking stationsServices: 1']);
  },
};

/** Counts in the thousands, in the customer’s number format (German here). */
export const LargeCounts: Story = {
  globals: { language: 'de' },
  args: { catalog: 'large' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /^Alles/ })).toHaveTextContent(/Services: \d\.\d{3}$/);
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    await expect(getComputedStyle(canvas.getByRole('list')).direction).toBe('rtl');
    await expect(canvas.getByRole('button', { name: /^الأجهزة/ })).toBeVisible();
  },
};

/** Long names and descriptions with unbreakable words, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { catalog: 'long' },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
