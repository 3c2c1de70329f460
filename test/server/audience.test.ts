import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, CUSTOMER_TOKEN, startTestServer } from './harness.js';

// Portal reads of the reference backend judge audiences by the requester's bearer token, so
// content limited to signed-in customers or customer groups never reaches anyone else: each
// check below reads the raw response body, as any client (or a curious visitor) would.

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

const GOLD_TOKEN = 'test-gold-customer-token-0123';
const SILVER_TOKEN = 'test-silver-customer-token-0123';
const GROUPS = [
  { id: 'gold', name: 'Gold' },
  { id: 'silver', name: 'Silver' },
];

/** A marker that appears in the body of every hidden record, so a leak anywhere in a response is caught. */
const SECRET = 'zebracode';

let itemId = '';

beforeAll(async () => {
  server = await startTestServer({
    seed: null,
    customers: [
      { token: GOLD_TOKEN, id: 'c-gold', name: 'Gill Gold', groups: ['gold', 'acme'] },
      { token: SILVER_TOKEN, id: 'c-silver', name: 'Sam Silver', groups: ['silver'] },
    ],
    customerGroups: GROUPS,
  });
  const page = (slug: string, audience?: object) => ({
    internalTitle: slug,
    slug,
    validity: 'valid',
    // Anonymous-only content is no secret: it carries no marker.
    content: { en: { title: `Page ${slug}`, body: `<p>${slug} ${audience && slug !== 'guests' ? SECRET : 'open'} notes</p>` } },
    ...(audience ? { audience } : {}),
  });
  for (const body of [page('public'), page('gold-support', { kind: 'groups', groups: ['gold'] }), page('members', { kind: 'signed-in' }), page('guests', { kind: 'anonymous' })]) {
    expect((await call(server, 'POST', '/admin/custom-pages', { body })).status).toBe(201);
  }
  const category = await call(server, 'POST', '/admin/catalog/categories', { body: { internalTitle: 'Root', validity: 'valid', parentId: null, order: 0, content: { en: { name: 'Root' } } } });
  const item = (title: string, order: number, audience?: object) => ({
    internalTitle: title,
    validity: 'valid',
    categoryIds: [category.json.id],
    image: null,
    order,
    content: { en: { title, text: `<p>Laptop ${audience ? SECRET : 'plain'}</p>`, links: [] } },
    ...(audience ? { audience } : {}),
  });
  await call(server, 'POST', '/admin/catalog/items', { body: item('Standard laptop', 0) });
  const gold = await call(server, 'POST', '/admin/catalog/items', { body: item('Gold laptop', 1, { kind: 'groups', groups: ['gold'] }) });
  itemId = gold.json.id as string;
  await call(server, 'POST', '/admin/catalog/items', { body: item('Third laptop', 2) });
  const saved = await call(server, 'PUT', '/admin/home-page', {
    headers: { 'if-none-match': '*' },
    body: {
      blocks: [
        { id: 'everyone', type: 'hero-unit', hidden: false, props: { content: { en: { title: 'Welcome' } } } },
        { id: 'gold-block', type: 'hero-unit', hidden: false, props: { content: { en: { title: `Gold ${SECRET}` } } }, audience: { kind: 'groups', groups: ['gold'] } },
        { id: 'members-block', type: 'hero-unit', hidden: false, props: { content: { en: { title: `Members ${SECRET}` } } }, audience: { kind: 'signed-in' } },
      ],
    },
  });
  expect(saved.status).toBe(200);
});
afterAll(async () => {
  await server?.close();
});

/** Every portal read of the fixture as `token` sees it. */
async function portalAs(token: string | null) {
  const pages = await call(server, 'GET', '/portal/custom-pages?perPage=50', { token });
  const firstPage = await call(server, 'GET', '/portal/catalog/items?perPage=1', { token });
  const items = await call(server, 'GET', '/portal/catalog/items?perPage=50', { token });
  const bySlug = await call(server, 'GET', '/portal/custom-pages/by-slug/gold-support', { token });
  const item = await call(server, 'GET', `/portal/catalog/items/${itemId}`, { token });
  const search = await call(server, 'GET', '/portal/search?query=laptop&language=en', { token });
  const pageSearch = await call(server, 'GET', `/portal/search?query=${SECRET}&language=en`, { token });
  const home = await call(server, 'GET', '/portal/home-page', { token });
  return {
    pages: pages.json.data!.map((entry) => entry.slug),
    pagesTotal: pages.json.total,
    items: items.json.data!.map((entry) => entry.internalTitle),
    itemsTotal: items.json.total,
    firstPageTotal: firstPage.json.total,
    bySlug: bySlug.status,
    item: item.status,
    search: search.json.data!.map((hit) => hit.title),
    searchTotal: search.json.total,
    secretHits: pageSearch.json.total,
    blocks: (home.json.blocks as Array<{ id: string }>).map((block) => block.id),
    bodies: [pages, firstPage, items, bySlug, item, search, pageSearch, home].map((response) => response.text).join('\n'),
    homeCache: home.headers.get('cache-control'),
    homeVary: home.headers.get('vary'),
  };
}

describe('audiences on the portal routes', () => {
  it('never sends an anonymous visitor anything limited to customers or groups', async () => {
    const seen = await portalAs(null);
    expect(seen.pages).toEqual(['guests', 'public']);
    expect(seen.pagesTotal).toBe(2);
    expect(seen.items).toEqual(['Standard laptop', 'Third laptop']);
    // Counted in SQL: the total of a one-record page counts only what the visitor may see.
    expect([seen.itemsTotal, seen.firstPageTotal]).toEqual([2, 2]);
    expect([seen.bySlug, seen.item]).toEqual([404, 404]);
    expect(seen.search).toEqual(['Standard laptop', 'Third laptop']);
    expect([seen.searchTotal, seen.secretHits]).toEqual([2, 0]);
    expect(seen.blocks).toEqual(['everyone']);
    expect(seen.bodies).not.toContain(SECRET);
    // Anonymous answers stay shareable by caches, kept apart from answers with a token.
    expect(seen.homeCache).toMatch(/^public/);
    expect(seen.homeVary).toMatch(/authorization/i);
  });

  it('never sends a customer outside the group the group’s records, and hides anonymous-only content from them', async () => {
    const seen = await portalAs(SILVER_TOKEN);
    expect(seen.pages).toEqual(['members', 'public']);
    expect([seen.itemsTotal, seen.firstPageTotal]).toEqual([2, 2]);
    expect([seen.bySlug, seen.item]).toEqual([404, 404]);
    expect(seen.search).toEqual(['Standard laptop', 'Third laptop']);
    expect(seen.blocks).toEqual(['everyone', 'members-block']);
    expect(seen.bodies).not.toContain('Gold');
    expect(seen.bodies).not.toContain('guests');
  });

  it('treats the plain customer token as a signed-in customer in no group', async () => {
    const seen = await portalAs(CUSTOMER_TOKEN);
    expect(seen.pages).toEqual(['members', 'public']);
    expect([seen.bySlug, seen.item]).toEqual([404, 404]);
    expect(seen.blocks).toEqual(['everyone', 'members-block']);
  });

  it('sends a customer in the group everything for them, privately', async () => {
    const seen = await portalAs(GOLD_TOKEN);
    expect(seen.pages).toEqual(['gold-support', 'members', 'public']);
    expect(seen.items).toEqual(['Standard laptop', 'Gold laptop', 'Third laptop']);
    expect([seen.itemsTotal, seen.firstPageTotal]).toEqual([3, 3]);
    expect([seen.bySlug, seen.item]).toEqual([200, 200]);
    expect(seen.search).toEqual(expect.arrayContaining(['Gold laptop']));
    expect(seen.searchTotal).toBe(3);
    expect(seen.secretHits).toBeGreaterThan(0);
    expect(seen.blocks).toEqual(['everyone', 'gold-block', 'members-block']);
    expect(seen.homeCache).toBe('private, no-store');
  });

  it('serves an unknown token the anonymous view, not an error', async () => {
    const seen = await portalAs('not-a-known-token-0123456789');
    expect(seen.pages).toEqual(['guests', 'public']);
    expect(seen.bodies).not.toContain(SECRET);
  });

  it('gives the admin every record with its audience, and the customer groups', async () => {
    const pages = await call(server, 'GET', '/admin/custom-pages?perPage=50');
    expect(pages.json.total).toBe(4);
    expect(pages.json.data!.find((page) => page.slug === 'gold-support')?.audience).toEqual({ kind: 'groups', groups: ['gold'] });
    const home = await call(server, 'GET', '/admin/home-page');
    expect((home.json.blocks as unknown[]).length).toBe(3);
    const groups = await call(server, 'GET', '/admin/customer-groups');
    expect(groups.status).toBe(200);
    expect(groups.json).toEqual({ data: GROUPS, total: 2 });
    expect((await call(server, 'GET', '/admin/customer-groups', { token: GOLD_TOKEN })).status).toBe(401);
  });

  it('opens the ticket routes to every configured customer', async () => {
    expect((await call(server, 'GET', '/portal/tickets', { token: GOLD_TOKEN })).status).toBe(200);
    expect((await call(server, 'GET', '/portal/tickets', { token: 'not-a-known-token-0123456789' })).status).toBe(401);
  });

  it('answers every audience read as the contract says', () => {
    expect(server.contractViolations).toEqual([]);
  });
});

describe('customer groups of the reference backend', () => {
  it('come from the seed unless given', async () => {
    const demo = await startTestServer();
    try {
      const groups = await call(demo, 'GET', '/admin/customer-groups');
      expect(groups.json.data!.map((group) => group.id)).toEqual(['acme', 'gold', 'standard']);
    } finally {
      await demo.close();
    }
  });

  it('refuses a customer token shorter than 16 characters', async () => {
    await expect(startTestServer({ customers: [{ token: 'short', id: 'c', name: 'C' }] })).rejects.toThrow(/16 characters/);
  });
});
