import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createCatalogModel, type CatalogModel } from '../../../src/catalog/model.js';
import { createCatalogSearchIndex } from '../../../src/catalog/searchIndex.js';
import { CatalogSearchResults } from '../../../src/portal/CatalogBrowser/CatalogSearchResults.js';
import { categories, generateCatalog, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';
import { CatalogPartContext } from '../../../stories/portal/CatalogBrowser/partContext.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const model = createCatalogModel(categories, items);

// The results of `query`, and a button that searches for `next` (as the search field would).
function Results({ catalog, language, query, next, pageSize }: { catalog: CatalogModel; language: string; query: string; next?: string; pageSize: number }) {
  const [index] = useState(() => createCatalogSearchIndex(catalog, { language, defaultLanguage: 'en' }));
  const [current, setCurrent] = useState(query);
  return (
    <>
      {next ? (
        <button type="button" onClick={() => setCurrent(next)}>
          Search for {next}
        </button>
      ) : null}
      <CatalogSearchResults result={index.search(current)} pageSize={pageSize} />
    </>
  );
}

function setup({ query, next, pageSize = 50, catalog = model, rtl = false, headingLevel }: { query: string; next?: string; pageSize?: number; catalog?: CatalogModel; rtl?: boolean; headingLevel?: 2 | 3 }) {
  const onNavigate = vi.fn();
  const result = (rtl ? renderRtl : renderPortal)(
    <CatalogPartContext model={catalog} initial={{ categoryId: null, itemId: null, query }} onNavigate={onNavigate} headingLevel={headingLevel}>
      {() => <Results catalog={catalog} language={rtl ? 'ar' : 'en'} query={query} next={next} pageSize={pageSize} />}
    </CatalogPartContext>,
  );
  const groups = () => screen.queryAllByRole('region');
  const rows = () => screen.queryAllByRole('listitem');
  return { onNavigate, user: userEvent.setup(), groups, rows, ...result };
}

const marks = (element: Element) => [...element.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('CatalogSearchResults', () => {
  describe('given hits', () => {
    it('groups them under their category path, one heading level below the view’s, with the matches marked', async () => {
      const { container, groups } = setup({ query: 'dock', headingLevel: 3 });
      expect(groups().map((group) => within(group).getByRole('heading', { level: 4 }).textContent)).toEqual(['Hardware › Laptops › Docking stations', 'Accounts']);
      const first = groups()[0]!;
      expect(within(within(first).getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
      expect(marks(first)).toEqual(['dock', 'dock']);
      await expectNoAxeViolations(container);
    });

    it('opens a hit from the group it was found in, keeping the search', async () => {
      const { user, groups, onNavigate } = setup({ query: 'dock' });
      await user.click(within(groups()[1]!).getByRole('button', { name: /Request a docking station/ }));
      expect(onNavigate).toHaveBeenCalledExactlyOnceWith({ categoryId: 'accounts', itemId: 'dock', query: 'dock' });
    });
  });

  describe('given no hits', () => {
    it('says that nothing matches the query as typed and how to search instead', async () => {
      const { container, groups } = setup({ query: '  submarine ' });
      expect(groups()).toEqual([]);
      const empty = container.querySelector('[data-slot="catalog-no-results"]')!;
      expect(empty).toHaveTextContent('No service matches “submarine”.');
      expect(empty).toHaveTextContent('Check the spelling, or try a shorter or more general word.');
      expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull();
      await expectNoAxeViolations(container);
    });
  });

  describe('given more hits than a page', () => {
    const large = generateCatalog(300);
    const catalog = createCatalogModel(large.categories, large.items);

    it('shows a page of hits across the groups and one more page per “Show more results”, until all are shown', async () => {
      const total = createCatalogSearchIndex(catalog, { language: 'en' })
        .search('printer')
        .groups.reduce((sum, group) => sum + group.hits.length, 0);
      expect(total).toBeGreaterThan(20);
      expect(total).toBeLessThanOrEqual(40);
      const { user, rows } = setup({ query: 'printer', pageSize: 20, catalog });
      expect(rows()).toHaveLength(20);
      await user.click(screen.getByRole('button', { name: 'Show more results' }));
      expect(rows()).toHaveLength(total);
      expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull();
    });

    it('starts a new search from the first page', async () => {
      const { user, rows } = setup({ query: 'printer', next: 'order', pageSize: 10, catalog });
      await user.click(screen.getByRole('button', { name: 'Show more results' }));
      expect(rows()).toHaveLength(20);
      await user.click(screen.getByRole('button', { name: 'Search for order' }));
      expect(rows()).toHaveLength(10);
      expect(marks(rows()[0]!)).toContain('Order');
    });
  });

  it('names the groups in Arabic, right to left', async () => {
    const { container, groups } = setup({ query: 'كلمة', rtl: true });
    expect(groups().map((group) => within(group).getByRole('heading').textContent)).toEqual(['الحسابات']);
    expect(marks(groups()[0]!)).toEqual(['كلمة']);
    expect(groups()[0]!.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
