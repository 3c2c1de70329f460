import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { createCatalogModel } from '../../../src/catalog/model.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import { CatalogAdapterSearch } from '../../../src/portal/CatalogBrowser/CatalogAdapterSearch.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';
import { categories, items } from './fixtures.js';
import { longCategories, longItems } from './longFixtures.js';
import { CatalogPartContext } from './partContext.js';

const catalogs = {
  standard: { categories, items, model: createCatalogModel(categories, items) },
  long: { categories: longCategories, items: longItems, model: createCatalogModel(longCategories, longItems) },
};

/**
 * How the search adapter behaves: `slow` takes far longer than any story waits; `failing` refuses
 * every call ("unauthorized", which is not retried by itself).
 */
const FAULTS = ['none', 'slow', 'failing'] as const;

interface Args {
  /** Which catalog the in-memory search adapter holds. */
  catalog: keyof typeof catalogs;
  /** How the search adapter behaves. */
  fault: (typeof FAULTS)[number];
  /** The search. */
  query: string;
}

/** Results of the host's `SearchAdapter` (here the in-memory store holding the story catalog), checked against what the catalog shows. */
function AdapterSearch({ catalog, fault, query }: Args) {
  const { categories: storedCategories, items: storedItems, model } = catalogs[catalog];
  const [adapters] = useState(() => {
    const created = createMemoryAdapters({ seed: { catalogCategories: storedCategories, catalogItems: storedItems }, latency: fault === 'slow' ? 1_000_000 : 0 });
    if (fault === 'failing') created.control.failNext(Number.POSITIVE_INFINITY, 'unauthorized', { domains: ['search'] });
    return created;
  });
  return (
    <PortalDataProvider adapters={adapters}>
      <CatalogPartContext model={model} initial={{ categoryId: null, itemId: null, query }} onNavigate={() => {}}>
        {() => <CatalogAdapterSearch query={query} pageSize={50} limit={200} />}
      </CatalogPartContext>
    </PortalDataProvider>
  );
}

/** The catalog searched on the server (`CatalogBrowser search="adapter"` renders it; here on its own). */
const meta = {
  title: 'Portal/CatalogBrowser/CatalogAdapterSearch',
  component: AdapterSearch,
  args: { catalog: 'standard', fault: 'none', query: 'laptop' },
  argTypes: {
    catalog: { control: 'inline-radio', options: Object.keys(catalogs) },
    fault: { control: 'inline-radio', options: FAULTS },
  },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof AdapterSearch>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The adapter’s hits, only items the catalog shows, grouped under their category path. */
export const Results: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Services found for “laptop”: 3')).toBeInTheDocument();
    await expect(canvas.getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0);
    await expect(canvas.queryByText('Invalid laptop offer')).toBeNull();
  },
};

/** While the adapter answers. */
export const Loading: Story = {
  args: { fault: 'slow' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="loading-state"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The search failed: the reason and “Try again”. */
export const Failed: Story = {
  args: { fault: 'failing' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The search is unavailable right now.');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The adapter found nothing the catalog shows. */
export const NoResults: Story = {
  args: { query: 'submarine' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No service matches “submarine”.')).toBeVisible();
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { query: 'كلمة' },
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole('heading', { level: 3, name: 'الحسابات' });
    await expect(getComputedStyle(heading).direction).toBe('rtl');
  },
};

/** Long paths, titles and texts, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { catalog: 'long', query: 'Datenschutz' },
  play: async ({ canvas, canvasElement }) => {
    await expect((await canvas.findAllByRole('listitem')).length).toBeGreaterThan(0);
    await expectLayoutHolds(canvasElement);
  },
};
