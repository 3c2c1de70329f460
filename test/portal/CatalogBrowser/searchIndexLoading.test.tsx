import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { categories, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';

// CatalogBrowser as a browser bundle gets it: the package.json `browser` field swaps the search
// index loader for its twin that loads the index code (uFuzzy) on the first search. Each test
// starts from fresh modules, so nothing is loaded yet.
const loaderModule = '../../../src/portal/CatalogBrowser/searchIndexLoader.js';
const browserLoader = '../../../src/portal/CatalogBrowser/searchIndexLoader.browser.js';

async function browserCatalog() {
  vi.resetModules();
  vi.doMock(loaderModule, () => import(browserLoader));
  const { CatalogBrowser, PortalProvider } = await import('../../../src/index.js');
  const loader = await import(loaderModule);
  return { CatalogBrowser, PortalProvider, loadedSearchIndex: loader.loadedSearchIndex as () => unknown };
}

const main = () => within(document.querySelector<HTMLElement>('[data-slot="catalog-main"]')!);

afterEach(() => {
  vi.doUnmock(loaderModule);
});

describe('CatalogBrowser in a browser bundle (search index loaded on demand)', () => {
  it('loads no search index for a visitor who only browses', async () => {
    const { CatalogBrowser, PortalProvider, loadedSearchIndex } = await browserCatalog();
    render(
      <PortalProvider>
        <CatalogBrowser categories={categories} items={items} />
      </PortalProvider>,
    );
    await userEvent.setup().click(within(screen.getByRole('tree', { name: 'Categories' })).getAllByRole('treeitem')[0]!);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadedSearchIndex()).toBeUndefined();
  });

  it('shows a loading state for a query until the index has loaded, then the results', async () => {
    const { CatalogBrowser, PortalProvider, loadedSearchIndex } = await browserCatalog();
    render(
      <PortalProvider>
        <CatalogBrowser categories={categories} items={items} defaultValue={{ query: 'dock' }} />
      </PortalProvider>,
    );
    expect(main().getByRole('heading', { level: 2, name: 'Search results' })).toBeInTheDocument();
    expect(document.querySelector('[data-slot="catalog-main"] [data-slot="loading-state"]')).not.toBeNull();
    await waitFor(() => expect(document.querySelector('[data-slot="catalog-main"] [data-slot="loading-state"]')).toBeNull());
    expect(loadedSearchIndex()).toBeTypeOf('function');
    expect([...document.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('dock');
    expect(screen.getByText('Services found for “dock”: 1')).toBeInTheDocument();
  });
});
