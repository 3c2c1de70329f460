import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UnauthorizedError, type SearchAdapter, type SearchResult } from '../../../src/adapters/index.js';
import { createCatalogModel } from '../../../src/catalog/model.js';
import { CatalogAdapterSearch, toCatalogSearchResult } from '../../../src/portal/CatalogBrowser/CatalogAdapterSearch.js';
import { categories, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';
import { CatalogPartContext } from '../../../stories/portal/CatalogBrowser/partContext.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const model = createCatalogModel(categories, items);

const hit = (id: string, type: SearchResult['type'] = 'catalog-item'): SearchResult => ({ id, type, title: id, href: `/catalog/item/${id}` });
const answer = (...results: SearchResult[]) => ({ data: results, total: results.length });

function setup(search: SearchAdapter['search'], { query = 'laptop', rtl = false }: { query?: string; rtl?: boolean } = {}) {
  const adapter = { search: vi.fn(search) };
  const part = (current: string) => (
    <CatalogPartContext model={model} initial={{ categoryId: null, itemId: null, query: current }} onNavigate={() => {}}>
      {() => <CatalogAdapterSearch query={current} pageSize={50} limit={200} />}
    </CatalogPartContext>
  );
  const result = (rtl ? renderRtl : renderPortal)(part(query), { provider: { adapters: { search: adapter } } });
  return { search: adapter.search, searchFor: (next: string) => result.rerender(part(next)), ...result };
}

const loading = (container: Element) => container.querySelector('[data-slot="loading-state"]');

describe('CatalogAdapterSearch', () => {
  describe('while the adapter answers', () => {
    it('shows a loading state and no results', async () => {
      const { container, search } = setup(() => new Promise(() => {}));
      expect(loading(container)).toHaveAttribute('aria-busy', 'true');
      expect(screen.queryByRole('region')).toBeNull();
      expect(search).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ query: 'laptop', language: 'en', types: ['catalog-item'], limit: 200 }));
      await expectNoAxeViolations(container);
    });

    it('shows the loading state again for a new query, not the old query’s results', async () => {
      let resolveSecond: (value: ReturnType<typeof answer>) => void = () => {};
      const { container, searchFor } = setup(({ query }) =>
        query === 'laptop' ? Promise.resolve(answer(hit('bag'))) : new Promise((resolve) => (resolveSecond = resolve)),
      );
      expect(await screen.findByRole('button', { name: /Laptop bag/ })).toBeInTheDocument();
      searchFor('password');
      expect(loading(container)).not.toBeNull();
      expect(screen.queryByRole('button', { name: /Laptop bag/ })).toBeNull();
      resolveSecond(answer(hit('reset-password')));
      expect(await screen.findByRole('button', { name: /Reset your password/ })).toBeInTheDocument();
    });
  });

  describe('given the adapter’s hits', () => {
    it('shows only the items the catalog shows, each once per category, and says how many were found', async () => {
      const { container } = setup(async () =>
        answer(hit('invalid-item'), hit('in-orphan'), hit('dock'), hit('dock'), hit('new-laptop', 'custom-page'), hit('unknown'), hit('bag')),
      );
      expect(await screen.findByText('Services found for “laptop”: 2')).toHaveAttribute('role', 'status');
      const groups = screen.getAllByRole('region');
      expect(groups.map((group) => within(group).getByRole('heading').textContent)).toEqual([
        'Hardware › Laptops › Docking stations',
        'Accounts',
        'Hardware › Laptops › Bags',
      ]);
      expect(groups.map((group) => within(group).getAllByRole('listitem').length)).toEqual([1, 1, 1]);
      for (const text of ['Invalid laptop offer', 'Laptop in an orphan category', 'Order a new laptop']) expect(screen.queryByText(text)).toBeNull();
      // The query's words are marked as the catalog's own search marks them.
      expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['laptop', 'laptop', 'Laptop']);
      await expectNoAxeViolations(container);
    });

    it('says so when none of the hits is an item the catalog shows', async () => {
      const { container } = setup(async () => answer(hit('invalid-item')), { query: 'offer ' });
      expect(await screen.findByText('No service matches “offer”.')).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('Services found for “offer”: 0');
      await expectNoAxeViolations(container);
    });
  });

  describe('when the search fails', () => {
    it('says the search is unavailable and searches again on “Try again”', async () => {
      const user = userEvent.setup();
      let fail = true;
      const { container, search } = setup(async () => {
        if (fail) throw new UnauthorizedError();
        return answer(hit('bag'));
      });
      expect(await screen.findByRole('alert')).toHaveTextContent('The search is unavailable right now.');
      await expectNoAxeViolations(container);
      fail = false;
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('button', { name: /Laptop bag/ })).toBeInTheDocument();
      expect(search).toHaveBeenCalledTimes(2);
    });

    it('says so in Arabic, right to left', async () => {
      const { container, search } = setup(async () => Promise.reject(new UnauthorizedError()), { rtl: true, query: 'كلمة' });
      expect(await screen.findByRole('alert')).toHaveTextContent('البحث غير متاح الآن.');
      expect(screen.getByRole('alert').closest('[dir="rtl"]')).not.toBeNull();
      expect(search).toHaveBeenCalledWith(expect.objectContaining({ language: 'ar' }));
      await expectNoAxeViolations(container);
    });
  });
});

describe('toCatalogSearchResult', () => {
  it('keeps the adapter’s order, drops what the catalog does not show and groups each hit under every category it is in', () => {
    const result = toCatalogSearchResult(model, ' Reset ', [hit('reset-password'), hit('paused-item'), hit('dock'), hit('reset-password')]);
    expect(result.query).toBe(' Reset ');
    expect(result.terms).toEqual(['reset']);
    expect(result.hits.map((entry) => entry.item.id)).toEqual(['reset-password', 'dock']);
    expect(result.groups.map((group) => [group.path.map((category) => category.id), group.hits.map((entry) => entry.item.id)])).toEqual([
      [['accounts'], ['reset-password', 'dock']],
      [['hardware', 'laptops', 'docking'], ['dock']],
    ]);
  });
});
