import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestServer } from './harness.js';

// Portal reads of the reference backend judge publish windows by the server's clock, so
// scheduled content never reaches a client before its time, and expired content never after.

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let clock = new Date('2026-03-29T00:59:59.999Z');

beforeAll(async () => {
  server = await startTestServer({ seed: null, now: () => clock });
});
afterAll(async () => {
  await server?.close();
});

const START = '2026-03-29T01:00:00.000Z';
const END = '2026-03-29T02:00:00.000Z';
const window = { visibleFrom: START, visibleUntil: END };

describe('publish windows on the portal routes', () => {
  it('serves a custom page only from its start (inclusive) to its end (exclusive), in lists and reads', async () => {
    const created = await call(server, 'POST', '/admin/custom-pages', {
      body: { internalTitle: 'Maintenance', slug: 'maintenance', validity: 'valid', content: { en: { title: 'Maintenance', body: '<p>Sunday</p>' } }, ...window },
    });
    expect(created.status).toBe(201);
    const visible = async () => {
      const list = await call(server, 'GET', '/portal/custom-pages?perPage=50', { token: null });
      const bySlug = await call(server, 'GET', '/portal/custom-pages/by-slug/maintenance', { token: null });
      const search = await call(server, 'GET', '/portal/search?query=maintenance&language=en', { token: null });
      return [list.json.data!.some((page) => page.slug === 'maintenance'), bySlug.status, search.json.data!.length];
    };
    clock = new Date('2026-03-29T00:59:59.999Z');
    expect(await visible()).toEqual([false, 404, 0]);
    clock = new Date(START);
    expect(await visible()).toEqual([true, 200, 1]);
    clock = new Date(END);
    expect(await visible()).toEqual([false, 404, 0]);
    // The admin side still lists it.
    expect((await call(server, 'GET', '/admin/custom-pages?perPage=50')).json.total).toBe(1);
  });

  it('serves a catalog item only inside its window', async () => {
    const category = await call(server, 'POST', '/admin/catalog/categories', { body: { internalTitle: 'Root', validity: 'valid', parentId: null, order: 0, content: { en: { name: 'Root' } } } });
    const item = await call(server, 'POST', '/admin/catalog/items', {
      body: { internalTitle: 'Beta', validity: 'valid', categoryIds: [category.json.id], image: null, order: 0, content: { en: { title: 'Beta access', text: '<p>x</p>', links: [] } }, ...window },
    });
    clock = new Date('2026-03-29T01:30:00.000Z');
    expect((await call(server, 'GET', `/portal/catalog/items/${item.json.id}`, { token: null })).status).toBe(200);
    expect((await call(server, 'GET', '/portal/catalog/items', { token: null })).json.total).toBe(1);
    clock = new Date(END);
    expect((await call(server, 'GET', `/portal/catalog/items/${item.json.id}`, { token: null })).status).toBe(404);
    expect((await call(server, 'GET', '/portal/catalog/items', { token: null })).json.total).toBe(0);
  });

  it('leaves blocks and teasers outside their window out of the portal’s home page, and does not confirm a stale cached copy', async () => {
    const teaser = (id: string, extra: object = {}) => ({ id, image: null, content: { en: { title: id } }, ...extra });
    const saved = await call(server, 'PUT', '/admin/home-page', {
      headers: { 'if-none-match': '*' },
      body: {
        blocks: [
          { id: 'teasers', type: 'image-teasers', hidden: false, props: { teasers: [teaser('always'), teaser('easter', window)] } },
          { id: 'later', type: 'image-teasers', hidden: false, props: { teasers: [] }, visibleFrom: END },
        ],
      },
    });
    expect(saved.status).toBe(200);
    clock = new Date('2026-03-29T00:00:00.000Z');
    const before = await call(server, 'GET', '/portal/home-page', { token: null });
    const blocks = (before.json.blocks as Array<{ id: string; props: { teasers: Array<{ id: string }> } }>);
    expect(blocks.map((block) => block.id)).toEqual(['teasers']);
    expect(blocks[0]!.props.teasers.map((entry) => entry.id)).toEqual(['always']);

    clock = new Date(START);
    const during = await call(server, 'GET', '/portal/home-page', { token: null, headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(during.status).toBe(200);
    expect((during.json.blocks as Array<{ props: { teasers: unknown[] } }>)[0]!.props.teasers).toHaveLength(2);

    clock = new Date(END);
    const after = await call(server, 'GET', '/portal/home-page', { token: null });
    expect((after.json.blocks as Array<{ id: string }>).map((block) => block.id)).toEqual(['teasers', 'later']);
    // The admin reads the whole stored page.
    expect(((await call(server, 'GET', '/admin/home-page')).json.blocks as unknown[]).length).toBe(2);
  });
});
