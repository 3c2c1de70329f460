import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UnavailableError, type SearchAdapter, type SearchParams, type SearchResult } from '../../../src/adapters/index.js';
import { createPortalQueryClient } from '../../../src/data/index.js';
import { home as arabic } from '../../../src/i18n/resources/ar/home.js';
import { SearchLinkItems } from '../../../src/portal/LinkList/SearchLinkItems.js';
import type { PortalProviderProps } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const hits: SearchResult[] = [
  { id: 'p1', type: 'custom-page', title: 'Opening hours', href: '/page/opening-hours' },
  { id: 'i1', type: 'catalog-item', title: 'Monitor 27"', href: '/catalog/hardware/monitor' },
  { id: 'c1', type: 'catalog-category', title: 'Hardware', href: '/catalog/hardware' },
  { id: 'x1', type: 'external', title: 'Vendor status', href: 'https://status.example.com/' },
  { id: 'p2', type: 'custom-page', title: 'Öffnungszeiten', href: '/page/holidays', language: 'de' },
];

/** A search adapter that answers with `answer` (or waits forever) and records what it was asked. */
function searchAdapter(answer: (params: SearchParams) => Promise<SearchResult[]>) {
  const search = vi.fn<SearchAdapter['search']>(async (params) => {
    const data = await answer(params);
    return { data, total: data.length };
  });
  return { search };
}

function renderItems(adapter: SearchAdapter, { query = 'monitor', maxCount = 3, rtl = false, provider = {} }: { query?: string; maxCount?: number; rtl?: boolean; provider?: Omit<PortalProviderProps, 'children'> } = {}) {
  const render = rtl ? renderRtl : renderPortal;
  return render(<SearchLinkItems query={query} maxCount={maxCount} />, {
    provider: { adapters: { search: adapter }, queryClient: createPortalQueryClient({ defaultOptions: { queries: { retry: false } } }), ...provider },
  });
}

describe('SearchLinkItems', () => {
  it('asks the search adapter in the customer’s language for as many results as it shows', async () => {
    const adapter = searchAdapter(async () => hits.slice(0, 2));
    renderItems(adapter, { query: '  monitor ', maxCount: 4, provider: { language: 'de' } });
    await screen.findAllByRole('link');
    expect(adapter.search).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ query: 'monitor', language: 'de', limit: 4 }));
  });

  it('lists the results as links, no more than asked for even when the adapter sends more', async () => {
    const { container } = renderItems(searchAdapter(async () => hits), { maxCount: 3 });
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Opening hours', '/page/opening-hours'],
      ['Monitor 27"', '/catalog/hardware/monitor'],
      ['Hardware', '/catalog/hardware'],
    ]);
    expect(within(list).getAllByRole('listitem').map((item) => item.dataset.resultType)).toEqual(['custom-page', 'catalog-item', 'catalog-category']);
    await expectNoAxeViolations(container);
  });

  it('marks a result in another language with its language', async () => {
    renderItems(searchAdapter(async () => hits.slice(4)));
    const link = await screen.findByRole('link', { name: 'Öffnungszeiten' });
    expect(link.closest('li')).toHaveAttribute('lang', 'de');
  });

  it('never links to a result the portal may not follow', async () => {
    renderItems(searchAdapter(async () => [{ id: 'evil', type: 'external', title: 'Free gift', href: 'javascript:alert(1)' }, ...hits.slice(0, 1)]));
    await screen.findByRole('link', { name: 'Opening hours' });
    expect(screen.getByText('Free gift')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Free gift/ })).toBeNull();
  });

  it('shows a busy skeleton of at most four lines while searching', async () => {
    const { container } = renderItems(searchAdapter(() => new Promise(() => undefined)), { maxCount: 10 });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('status').closest('[aria-busy="true"]')).not.toBeNull();
    expect(container.querySelector('[data-slot="loading-state-skeleton"]')?.children).toHaveLength(4);
    await expectNoAxeViolations(container);
  });

  it('says when nothing was found', async () => {
    const { container } = renderItems(searchAdapter(async () => []));
    expect(await screen.findByText('No results found.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows a failed search with "Try again", which searches again', async () => {
    let fail = true;
    const adapter = searchAdapter(async () => {
      if (fail) throw new UnavailableError();
      return hits.slice(0, 1);
    });
    const { container } = renderItems(adapter);
    expect(await screen.findByRole('alert')).toHaveTextContent('The service is unavailable right now.');
    await expectNoAxeViolations(container);
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Opening hours' })).toBeInTheDocument();
    expect(adapter.search).toHaveBeenCalledTimes(2);
  });

  it('says "nothing found" in Arabic, right to left', async () => {
    const { container } = renderItems(searchAdapter(async () => []), { rtl: true });
    const empty = await screen.findByText(arabic.searchEmpty);
    expect(empty.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
