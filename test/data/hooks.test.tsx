import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters, type MemoryAdapters } from '../../src/adapters/index.js';
import {
  createPortalQueryClient,
  isRetryable,
  PortalDataProvider,
  retryDelay,
  useCatalogItems,
  useCatalogTree,
  useCustomPage,
  useCustomPages,
  useSearch,
  useTickets,
} from '../../src/data/index.js';
import { NotFoundError, UnavailableError, ValidationError } from '../../src/adapters/index.js';
import { DataState } from '../../src/portal/states/index.js';
import type { CustomPage } from '../../src/model/index.js';
import { renderPortal } from '../render.js';

/** A client that retries fast, keeping the library's retry policy. */
const fastClient = () => createPortalQueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });

function PageTitle({ slug, audience }: { slug: string; audience?: 'portal' | 'admin' }) {
  const result = useCustomPage({ slug, audience });
  return <DataState result={result}>{(page) => <h1>{page.content.en?.title}</h1>}</DataState>;
}

const renderWith = (adapters: MemoryAdapters, ui: React.ReactElement, queryClient = fastClient()) =>
  renderPortal(ui, { provider: { adapters, queryClient } });

describe('data hooks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the loading state, then the data', async () => {
    const adapters = createMemoryAdapters({ latency: 20 });
    renderWith(adapters, <PageTitle slug="opening-hours" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByRole('heading', { name: 'Opening hours' })).toBeInTheDocument();
  });

  it('asks the adapter once when two components need the same data', async () => {
    const adapters = createMemoryAdapters({ latency: 10 });
    renderWith(
      adapters,
      <>
        <PageTitle slug="opening-hours" />
        <PageTitle slug="opening-hours" />
      </>,
    );
    expect(await screen.findAllByRole('heading', { name: 'Opening hours' })).toHaveLength(2);
    expect(adapters.control.callCount('customPages', 'getBySlug')).toBe(1);
  });

  it('aborts the request when the component unmounts', async () => {
    const adapters = createMemoryAdapters({ latency: 10_000 });
    const { unmount } = renderWith(adapters, <PageTitle slug="opening-hours" />);
    await waitFor(() => expect(adapters.control.callCount('customPages', 'getBySlug')).toBe(1));
    const { signal } = adapters.control.calls[0]!.params as { signal: AbortSignal };
    expect(signal.aborted).toBe(false);
    unmount();
    expect(signal.aborted).toBe(true);
  });

  it('aborts the request for the old parameters when they change, and shows the new data', async () => {
    const adapters = createMemoryAdapters({ latency: 10_000 });
    const { rerender } = renderWith(adapters, <PageTitle slug="opening-hours" />);
    await waitFor(() => expect(adapters.control.callCount('customPages', 'getBySlug')).toBe(1));
    const first = adapters.control.calls[0]!.params as { signal: AbortSignal };
    adapters.control.setLatency(0);
    rerender(<PageTitle slug="vpn-remote-access" />);
    expect(await screen.findByRole('heading', { name: 'Connecting to the VPN' })).toBeInTheDocument();
    expect(first.signal.aborted).toBe(true);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries an unavailable source before showing an error', async () => {
    const adapters = createMemoryAdapters();
    adapters.control.failNext(2, 'unavailable');
    renderWith(adapters, <PageTitle slug="opening-hours" />);
    expect(await screen.findByRole('heading', { name: 'Opening hours' })).toBeInTheDocument();
    expect(adapters.control.callCount('customPages', 'getBySlug')).toBe(3);
  });

  it('shows the error with a retry that works, once retries are used up', async () => {
    const adapters = createMemoryAdapters();
    adapters.control.failNext(3, 'unavailable');
    renderWith(adapters, <PageTitle slug="opening-hours" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The service is unavailable right now.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Opening hours' })).toBeInTheDocument();
  });

  it('does not retry what cannot change: a page that does not exist is not found at once', async () => {
    const adapters = createMemoryAdapters();
    renderWith(adapters, <PageTitle slug="no-such-page" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find what you were looking for.');
    expect(adapters.control.callCount('customPages', 'getBySlug')).toBe(1);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('shows the portal only valid pages, and admin screens every page', async () => {
    const adapters = createMemoryAdapters();
    renderWith(
      adapters,
      <>
        <PageTitle slug="holiday-closure" />
        <PageTitle slug="holiday-closure" audience="admin" />
      </>,
    );
    expect(await screen.findByRole('heading', { name: 'Closed between the holidays' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('could not find');
  });

  it('keeps invalid records out of portal lists even when the adapter ignores the filter', async () => {
    const adapters = createMemoryAdapters();
    const list = adapters.customPages.list;
    adapters.customPages.list = (params) => list({ ...params, filter: {} });
    function Titles() {
      const result = useCustomPages({ audience: 'portal', perPage: 100 });
      return <DataState result={result}>{(pages) => <p>{pages.data.map((page) => page.slug).join(',')}</p>}</DataState>;
    }
    renderWith(adapters, <Titles />);
    const text = (await screen.findByText(/opening-hours/)).textContent ?? '';
    expect(text).not.toMatch(/holiday-closure|old-intranet-links/);
  });

  it('refreshes what it shows after a write made elsewhere (another provider, another tab)', async () => {
    const adapters = createMemoryAdapters();
    renderWith(adapters, <PageTitle slug="opening-hours" />);
    await screen.findByRole('heading', { name: 'Opening hours' });
    const { id, version, updatedAt: _updatedAt, ...data } = await adapters.customPages.getBySlug({ slug: 'opening-hours' });
    await act(() => adapters.customPages.update({ id, data: { ...data, content: { ...data.content, en: { title: 'Opening hours (summer)', body: '' } } }, previousVersion: version }));
    expect(await screen.findByRole('heading', { name: 'Opening hours (summer)' })).toBeInTheDocument();
  });

  it('shows malformed data as an error state with the field named in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...createMemoryAdapters().customPages, getBySlug: async () => ({ id: 'x', slug: 'opening-hours', content: 'oops' }) as unknown as CustomPage };
    const adapters = { ...createMemoryAdapters(), customPages: broken };
    renderWith(adapters as MemoryAdapters, <PageTitle slug="opening-hours" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This content could not be shown because its data is malformed.');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/customPages\.getBySlug returned a malformed custom page "opening-hours" \(id x\):.*content/));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('builds the portal’s catalog tree from valid categories and lists valid items only', async () => {
    const adapters = createMemoryAdapters();
    function Catalog() {
      const tree = useCatalogTree();
      const items = useCatalogItems({ filter: { categoryId: 'cat-monitors' } });
      return (
        <>
          <DataState result={tree}>{(data) => <p data-testid="roots">{data.roots.map((node) => node.category.id).join(',')}</p>}</DataState>
          <DataState result={items}>{(data) => <p data-testid="items">{data.data.map((item) => item.id).join(',')}</p>}</DataState>
        </>
      );
    }
    renderWith(adapters, <Catalog />);
    expect(await screen.findByTestId('roots')).toHaveTextContent(/^cat-hardware,cat-software,cat-access$/);
    expect(await screen.findByTestId('items')).toHaveTextContent(/^item-monitor-27,item-second-monitor$/);
  });

  it('keeps the previous page while the next one loads', async () => {
    const adapters = createMemoryAdapters();
    const seen: Array<{ page: number; placeholder: boolean; first?: string }> = [];
    function Tickets() {
      const [page, setPage] = useState(1);
      const result = useTickets({ page, perPage: 5 });
      seen.push({ page, placeholder: result.isPlaceholderData, first: result.data?.data[0]?.id });
      return (
        <button type="button" onClick={() => setPage(2)} disabled={result.status !== 'success'}>
          next
        </button>
      );
    }
    renderWith(adapters, <Tickets />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'next' })).toBeEnabled());
    const firstPageTicket = seen.at(-1)?.first;
    adapters.control.setLatency(30);
    await userEvent.click(screen.getByRole('button', { name: 'next' }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ page: 2, placeholder: false }));
    expect(seen).toContainEqual({ page: 2, placeholder: true, first: firstPageTicket });
    expect(seen.at(-1)?.first).not.toBe(firstPageTicket);
  });

  it('does not search for a blank query', async () => {
    const adapters = createMemoryAdapters();
    function Search({ query }: { query: string }) {
      const result = useSearch({ query, language: 'en' });
      return <p data-testid="hits">{result.data?.data.map((hit) => hit.id).join(',') ?? 'none'}</p>;
    }
    const { rerender } = renderWith(adapters, <Search query="   " />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(adapters.control.callCount('search')).toBe(0);
    rerender(<Search query="vpn" />);
    await waitFor(() => expect(screen.getByTestId('hits')).toHaveTextContent('page-vpn'));
  });

  it('caches in the host’s query client when given one', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const adapters = createMemoryAdapters();
    render(
      <PortalDataProvider adapters={adapters} queryClient={queryClient}>
        <Probe />
      </PortalDataProvider>,
    );
    await waitFor(() => expect(queryClient.getQueryCache().getAll()).toHaveLength(1));
    expect(queryClient.getQueryCache().getAll()[0]?.queryKey).toEqual(['helpdesk-portal-kit', expect.any(String), 'tickets', 'list', {}]);
    function Probe() {
      useTickets();
      return null;
    }
  });

  it('names the missing adapter when a hook has none', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const adapters = { customPages: createMemoryAdapters().customPages };
    function Probe() {
      useTickets();
      return null;
    }
    expect(() => render(<PortalDataProvider adapters={adapters}><Probe /></PortalDataProvider>)).toThrow(
      '`useTickets` needs a `tickets` adapter: pass it in `adapters` to `PortalProvider` or `PortalDataProvider`',
    );
  });

  it('says where hooks must be used outside any provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Probe() {
      useTickets();
      return null;
    }
    expect(() => render(<Probe />)).toThrow('`useTickets` must be used within `PortalDataProvider`');
  });
});

describe('retry policy', () => {
  it('retries only unavailable sources and unknown failures', () => {
    expect(isRetryable(new UnavailableError())).toBe(true);
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(new NotFoundError('page'))).toBe(false);
    expect(isRetryable(new ValidationError([]))).toBe(false);
  });

  it('waits as long as the source asks, otherwise backs off up to five seconds', () => {
    expect(retryDelay(0, new UnavailableError('busy', { retryAfter: 3 }))).toBe(3000);
    expect(retryDelay(0, new UnavailableError())).toBe(500);
    expect(retryDelay(1, new UnavailableError())).toBe(1000);
    expect(retryDelay(10, new UnavailableError())).toBe(5000);
  });
});
