import type { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters, type PortalAdapters } from '../../src/adapters/index.js';
import { createCatalogModel } from '../../src/catalog/index.js';
import { createPortalQueryClient, useCatalogItems, useCustomPages } from '../../src/data/index.js';
import { CatalogBrowser, CustomPage, HomePageBlocks, PortalLayout, PortalProvider, type PortalCustomer } from '../../src/index.js';
import { sanitizeCss } from '../../src/security/index.js';
import type { Audience, BlockEntry, CatalogItem, CustomPage as CustomPageRecord } from '../../src/model/index.js';
import { categories, item, items } from '../../stories/portal/CatalogBrowser/fixtures.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../render.js';

// The portal shows audience-limited content only to the customer of the nearest PortalProvider:
// anonymous visitors, signed-in customers and customers of a group each see their own portal.

const GOLD: PortalCustomer = { id: 'c1', name: 'Gill', groups: ['gold', 'acme'] };
const PLAIN: PortalCustomer = { id: 'c2', name: 'Sam' };
const fastClient = (): QueryClient => createPortalQueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });

const card = (id: string, title: string, audience?: Audience): BlockEntry => ({
  id,
  type: 'content-cards',
  hidden: false,
  props: { cards: [{ id: `${id}-card`, content: { en: { title, text: `${title} text` }, ar: { title: `${title} (ar)`, text: 'نص' } } }] },
  ...(audience ? { audience } : {}),
});

const blocks: BlockEntry[] = [
  card('everyone', 'For everyone'),
  card('guests', 'Create an account', { kind: 'anonymous' }),
  card('members', 'Welcome back', { kind: 'signed-in' }),
  card('gold', 'Gold hotline', { kind: 'groups', groups: ['gold', 'platinum'] }),
];
const shownBlocks = (container: HTMLElement) => [...container.querySelectorAll('[data-block-id]')].map((block) => block.getAttribute('data-block-id'));

describe('HomePageBlocks and audiences', () => {
  it.each([
    ['an anonymous visitor', null, ['everyone', 'guests']],
    ['a signed-in customer in no group', PLAIN, ['everyone', 'members']],
    ['a customer of the group', GOLD, ['everyone', 'members', 'gold']],
    ['a customer of another group', { ...PLAIN, groups: ['silver'] }, ['everyone', 'members']],
  ] as const)('shows %s only the blocks for them', async (_, customer, expected) => {
    const { container } = renderPortal(<HomePageBlocks blocks={blocks} />, { provider: { customer } });
    expect(shownBlocks(container)).toEqual(expected);
    await expectNoAxeViolations(container);
  });

  it('follows the customer of the nearest provider (the preview’s impersonation) and a sign-in', () => {
    const { container, rerender } = renderPortal(
      <PortalProvider customer={GOLD}>
        <HomePageBlocks blocks={blocks} />
      </PortalProvider>,
    );
    expect(shownBlocks(container)).toEqual(['everyone', 'members', 'gold']);
    rerender(
      <PortalProvider customer={null}>
        <HomePageBlocks blocks={blocks} />
      </PortalProvider>,
    );
    expect(shownBlocks(container)).toEqual(['everyone', 'guests']);
  });

  it('shows the empty state when no block is for the viewer, right to left in Arabic', async () => {
    const { container } = renderRtl(<HomePageBlocks blocks={[blocks[3]!]} />);
    expect(shownBlocks(container)).toEqual([]);
    expect(screen.getByText('لا يوجد محتوى في الصفحة الرئيسية بعد.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

const page = (slug: string, title: string, audience?: Audience): CustomPageRecord => ({
  id: `page-${slug}`,
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
  internalTitle: title,
  slug,
  validity: 'valid',
  content: { en: { title, body: `<p>${title} body</p>` }, ar: { title: `${title} (ar)`, body: '<p>نص</p>' } },
  ...(audience ? { audience } : {}),
});

describe('CustomPage and audiences', () => {
  const adapters = () => createMemoryAdapters({ seed: { customPages: [page('gold-support', 'Gold support', { kind: 'groups', groups: ['gold'] }), page('open', 'Open page')] } });

  it('shows a group page to a customer of the group', async () => {
    const { container } = renderPortal(<CustomPage slug="gold-support" />, { provider: { adapters: adapters(), queryClient: fastClient(), customer: GOLD } });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Gold support');
    await expectNoAxeViolations(container);
  });

  it.each([
    ['an anonymous visitor', null],
    ['a customer outside the group', PLAIN],
  ] as const)('shows %s the not-found state, as for an unknown slug', async (_, customer) => {
    const { container } = renderPortal(<CustomPage slug="gold-support" />, { provider: { adapters: adapters(), queryClient: fastClient(), customer } });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(screen.queryByText('Gold support body')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('reads again when the customer signs in and out, without showing the other viewer’s page', async () => {
    const store = adapters();
    const client = fastClient();
    const { rerender } = renderPortal(<CustomPage slug="gold-support" />, { provider: { adapters: store, queryClient: client } });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    rerender(
      <PortalProvider adapters={store} queryClient={client} customer={GOLD}>
        <CustomPage slug="gold-support" />
      </PortalProvider>,
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gold support'));
    rerender(
      <PortalProvider adapters={store} queryClient={client} customer={null}>
        <CustomPage slug="gold-support" />
      </PortalProvider>,
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found'));
    expect(screen.queryByText('Gold support body')).toBeNull();
  });

  it('lists a group page in the menu only for customers of the group', async () => {
    const store = adapters();
    const menu = ['open', 'gold-support'];
    const layout = (customer: PortalCustomer | null) => (
      <PortalProvider adapters={store} queryClient={client} customer={customer}>
        <PortalLayout cssSanitizer={sanitizeCss} menuPages={menu}>
          <h1>Content</h1>
        </PortalLayout>
      </PortalProvider>
    );
    const client = fastClient();
    const { rerender } = render(layout(null));
    const pageLinks = () => within(screen.getByRole('navigation')).queryAllByRole('link').map((link) => link.textContent).slice(3);
    await waitFor(() => expect(pageLinks()).toEqual(['Open page']));
    rerender(layout(GOLD));
    await waitFor(() => expect(pageLinks()).toEqual(['Open page', 'Gold support']));
  });
});

const goldItem: CatalogItem = {
  ...item('gold-desk', ['accounts'], { en: { title: 'Priority desk for Gold', text: '<p>Named engineer for dock issues.</p>' } }, { order: 9 }),
  audience: { kind: 'groups', groups: ['gold'] },
};
const withGold = [...items, goldItem];
const main = () => within(document.querySelector<HTMLElement>('[data-slot="catalog-main"]')!);
const accountsCard = () => main().getByRole('button', { name: /^Accounts/ }).textContent;

describe('CatalogBrowser and audiences', () => {
  it('leaves a group item out of the counts, the category and the search for anyone outside the group', async () => {
    const user = userEvent.setup();
    const { container } = renderPortal(<CatalogBrowser categories={categories} items={withGold} searchDelay={0} />, { provider: { customer: PLAIN } });
    expect(accountsCard()).toBe('AccountsServices: 2');
    await user.type(screen.getByRole('searchbox'), 'dock{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Services found for “dock”: 1'));
    expect(screen.queryByText('Priority desk for Gold')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows it, counted and found, to a customer of the group', async () => {
    const user = userEvent.setup();
    renderPortal(<CatalogBrowser categories={categories} items={withGold} searchDelay={0} />, { provider: { customer: GOLD } });
    expect(accountsCard()).toBe('AccountsServices: 3');
    await user.type(screen.getByRole('searchbox'), 'dock{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Services found for “dock”: 2'));
    expect(main().getAllByText(/Priority desk for/).length).toBeGreaterThan(0);
  });

  it('reports a deep link to a group item as not found outside the group', () => {
    renderPortal(<CatalogBrowser categories={categories} items={withGold} defaultValue={{ categoryId: 'accounts', itemId: 'gold-desk' }} />);
    expect(screen.queryByText('Priority desk for Gold')).toBeNull();
    expect(main().getByRole('heading', { level: 2 })).toHaveTextContent('Not found');
  });

  it('reads the catalog again through the adapters when the customer changes', async () => {
    const store = createMemoryAdapters({ seed: { catalogCategories: categories, catalogItems: withGold } });
    const client = fastClient();
    const { rerender } = renderPortal(<CatalogBrowser />, { provider: { adapters: store, queryClient: client } });
    await screen.findByRole('heading', { level: 2, name: 'All services' });
    expect(accountsCard()).toBe('AccountsServices: 2');
    rerender(
      <PortalProvider adapters={store} queryClient={client} customer={GOLD}>
        <CatalogBrowser />
      </PortalProvider>,
    );
    await waitFor(() => expect(accountsCard()).toBe('AccountsServices: 3'));
  });
});

describe('createCatalogModel and audiences', () => {
  it('leaves an item not for the viewer out of every lookup and count (anonymous by default)', () => {
    for (const [viewer, present] of [
      [undefined, false],
      [null, false],
      [{ groups: ['silver'] }, false],
      [{ groups: ['gold'] }, true],
    ] as const) {
      const model = createCatalogModel(categories, withGold, new Date(), viewer);
      expect(model.itemsById.has('gold-desk')).toBe(present);
      expect(model.itemCountOfCategory.get('accounts')).toBe(present ? 3 : 2);
      expect(model.items.some((entry) => entry.id === 'gold-desk')).toBe(present);
    }
  });
});

describe('data hooks and audiences', () => {
  function Pages() {
    const result = useCustomPages({ audience: 'portal', perPage: 50 });
    return <ul>{result.data?.data.map((entry) => <li key={entry.id}>{entry.slug}</li>)}</ul>;
  }
  function AdminPages() {
    const result = useCustomPages({ perPage: 50 });
    return <ol>{result.data?.data.map((entry) => <li key={entry.id}>{entry.slug}</li>)}</ol>;
  }
  function Items() {
    const result = useCatalogItems({ perPage: 50 });
    return <p data-testid="total">{result.data ? `${result.data.data.length}/${result.data.total}` : 'loading'}</p>;
  }
  const seed = {
    customPages: [page('gold-support', 'Gold support', { kind: 'groups', groups: ['gold'] }), page('guests', 'Guests', { kind: 'anonymous' }), page('open', 'Open')],
    catalogCategories: categories,
    catalogItems: withGold,
  };
  const slugs = (role: 'list' | 'list-admin') =>
    within(document.querySelector(role === 'list' ? 'ul' : 'ol') as HTMLElement)
      .queryAllByRole('listitem')
      .map((entry) => entry.textContent);

  it('list what the viewer may see, with totals from the store, and read again for another viewer', async () => {
    const store = createMemoryAdapters({ seed });
    const list = vi.spyOn(store.customPages, 'list');
    const client = fastClient();
    const ui = (
      <>
        <Pages />
        <AdminPages />
        <Items />
      </>
    );
    const { rerender } = renderPortal(ui, { provider: { adapters: store, queryClient: client } });
    await waitFor(() => expect(slugs('list')).toEqual(['guests', 'open']));
    await waitFor(() => expect(slugs('list-admin')).toEqual(['gold-support', 'guests', 'open']));
    const total = (items.filter((entry) => entry.validity === 'valid')).length;
    await waitFor(() => expect(screen.getByTestId('total')).toHaveTextContent(`${total}/${total}`));
    expect(list).toHaveBeenCalledWith(expect.objectContaining({ filter: expect.objectContaining({ viewer: null }) }));

    rerender(
      <PortalProvider adapters={store} queryClient={client} customer={GOLD}>
        {ui}
      </PortalProvider>,
    );
    await waitFor(() => expect(slugs('list')).toEqual(['gold-support', 'open']));
    expect(slugs('list-admin')).toEqual(['gold-support', 'guests', 'open']);
    await waitFor(() => expect(screen.getByTestId('total')).toHaveTextContent(`${total + 1}/${total + 1}`));
  });

  it('check the audience again after a host adapter that ignores it', async () => {
    const store = createMemoryAdapters({ seed });
    const ignoring: PortalAdapters = {
      customPages: { ...store.customPages, list: ({ filter, ...params }) => store.customPages.list({ ...params, filter: { ...filter, viewer: undefined } }) },
    };
    renderPortal(<Pages />, { provider: { adapters: ignoring, queryClient: fastClient(), customer: PLAIN } });
    await waitFor(() => expect(slugs('list')).toEqual(['open']));
  });
});
