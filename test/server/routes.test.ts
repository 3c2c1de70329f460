import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapters } from '../../src/adapters/index.js';
import { loadContract, type ContractOperation } from '../../server/http/contract.js';
import { createContractChecker, type ContractChecker } from './contractChecker.js';
import { ADMIN_TOKEN, call, CUSTOMER_TOKEN, startTestServer } from './harness.js';

// The reference backend's routes as a client sees them; every answer in this file goes through
// the contract checker, and the last test asserts that every operation was exercised.

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let empty: Server;
let checker: ContractChecker;
let operations: ContractOperation[];

beforeAll(async () => {
  [server, empty, checker, { operations }] = await Promise.all([
    startTestServer(),
    startTestServer({ seed: null, maxUploadBytes: 64 * 1024, bodyLimit: 256 * 1024, corsOrigins: ['https://portal.example.com'] }),
    createContractChecker(),
    loadContract(),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.close(), empty?.close()]);
});

const api = (method: string, path: string, options: Parameters<typeof call>[3] = {}, target: Server = server) =>
  call(target, method, path, { fetch: checker.wrap(), ...options });

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const pageInput = (slug: string, validity = 'valid') => ({
  internalTitle: `Route test ${slug}`,
  slug,
  validity,
  content: { en: { title: `Title ${slug}`, body: '<p>Body</p>' }, de: { title: `Titel ${slug}`, body: '<p>Text</p>' } },
});

describe('portal routes', () => {
  it('list only valid pages, with every language, cacheable by a CDN', async () => {
    const portal = await api('GET', '/portal/custom-pages?perPage=100', { token: null });
    const admin = await api('GET', '/admin/custom-pages?perPage=100');
    expect(portal.status).toBe(200);
    expect(portal.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(portal.headers.get('etag')).toMatch(/^W\/"/);
    expect(portal.json.data!.every((page) => page.validity === 'valid')).toBe(true);
    expect(portal.json.total).toBeLessThan(admin.json.total!);
    expect(Object.keys(portal.json.data![0]!.content as object).length).toBeGreaterThan(1);
    expect(admin.headers.get('cache-control')).toBe('no-store');
  });

  it('answer 304 to a revalidation with a current ETag, for lists and records', async () => {
    const list = await api('GET', '/portal/catalog/items?perPage=5', { token: null });
    const again = await api('GET', '/portal/catalog/items?perPage=5', { token: null, headers: { 'if-none-match': list.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const item = list.json.data![0]!;
    const record = await api('GET', `/portal/catalog/items/${item.id}`, { token: null });
    expect(record.headers.get('etag')).toBe(`"${item.version}"`);
    expect((await api('GET', `/portal/catalog/items/${item.id}`, { token: null, headers: { 'if-none-match': `"${item.version}"` } })).status).toBe(304);
    expect((await api('GET', `/portal/catalog/items/${item.id}`, { token: null, headers: { 'if-none-match': '"999"' } })).status).toBe(200);
  });

  it('report a page, category or item that is not valid as not found, though the admin routes serve it', async () => {
    const invalidPage = (await api('GET', '/admin/custom-pages?validity=invalid')).json.data![0]!;
    expect((await api('GET', `/portal/custom-pages/by-slug/${invalidPage.slug}`, { token: null })).json.kind).toBe('not_found');
    expect((await api('GET', `/portal/custom-pages/${invalidPage.id}`, { token: null })).status).toBe(404);
    expect((await api('GET', `/admin/custom-pages/by-slug/${invalidPage.slug}`)).status).toBe(200);
    const invalidItem = (await api('GET', '/admin/catalog/items?validity=invalid&validity=invalid-temporarily')).json.data![0]!;
    expect((await api('GET', `/portal/catalog/items/${invalidItem.id}`, { token: null })).status).toBe(404);
    const categories = await api('GET', '/admin/catalog/categories?perPage=100');
    const invalidCategory = categories.json.data!.find((category) => category.validity !== 'valid')!;
    expect((await api('GET', `/portal/catalog/categories/${invalidCategory.id}`, { token: null })).status).toBe(404);
    const portalCategories = await api('GET', '/portal/catalog/categories?perPage=100', { token: null });
    expect(portalCategories.json.data!.map((category) => category.id)).not.toContain(invalidCategory.id);
    expect((await api('GET', '/portal/catalog/categories?parentId=', { token: null })).json.data!.every((category) => category.parentId === null)).toBe(true);
  });

  it('cannot be asked for records that are not valid', async () => {
    const response = await api('GET', '/portal/custom-pages?validity=invalid', { token: null });
    expect(response.status).toBe(400);
    expect(response.json.errors).toEqual([expect.objectContaining({ path: 'query.validity' })]);
  });

  it('serve the one-of-a-kind records, and 204 while none is saved', async () => {
    for (const path of ['/portal/home-page', '/portal/layout', '/portal/script-settings']) {
      // The demo's home page has a block for signed-in customers only: a customer gets it as stored.
      const stored = await api('GET', path, { token: path === '/portal/home-page' ? CUSTOMER_TOKEN : null });
      expect(stored.status, path).toBe(200);
      expect(stored.headers.get('etag')).toBe(`"${stored.json.version}"`);
      const none = await api('GET', path, { token: null }, empty);
      expect(none.status, path).toBe(204);
      expect(none.headers.get('cache-control')).toMatch(/^public/);
    }
    for (const path of ['/admin/home-page', '/admin/layout', '/admin/script-settings']) expect((await api('GET', path, {}, empty)).status).toBe(204);
  });

  it('leave the signed-in customers’ block out of an anonymous visitor’s home page, with an ETag of what was sent', async () => {
    const anonymous = await api('GET', '/portal/home-page', { token: null });
    const customer = await api('GET', '/portal/home-page', { token: CUSTOMER_TOKEN });
    const ids = (response: typeof anonymous) => (response.json.blocks as Array<{ id: string }>).map((block) => block.id);
    expect(ids(customer)).toContain('block-welcome');
    expect(ids(anonymous)).toEqual(ids(customer).filter((id) => id !== 'block-welcome'));
    expect(anonymous.headers.get('etag')).toMatch(/^W\//);
    expect(anonymous.headers.get('cache-control')).toMatch(/^public/);
    expect(customer.headers.get('cache-control')).toBe('private, no-store');
  });

  it('search only what the portal shows', async () => {
    await api('POST', '/admin/custom-pages', { body: { ...pageInput('hidden-wombat', 'invalid'), internalTitle: 'wombat' } });
    const visible = await api('POST', '/admin/custom-pages', { body: { ...pageInput('visible-wombat'), content: { en: { title: 'Wombat care', body: '<p>x</p>' } } } });
    const results = await api('GET', '/portal/search?query=wombat&language=de&limit=5', { token: null });
    expect(results.json).toEqual({
      data: [{ id: visible.json.id, type: 'custom-page', title: 'Wombat care', href: '/page/visible-wombat', excerpt: 'x', language: 'en' }],
      total: 1,
    });
    expect((await api('GET', '/portal/search?language=de', { token: null })).status).toBe(400);
  });

  it('serve tickets only to the signed-in customer (or the admin), never cached', async () => {
    expect((await api('GET', '/portal/tickets', { token: null })).status).toBe(401);
    expect((await api('GET', '/portal/tickets', { token: 'not-the-token-at-all' })).status).toBe(401);
    const mine = await api('GET', '/portal/tickets?stateType=open&stateType=new&perPage=3&sort=number&order=asc', { token: CUSTOMER_TOKEN });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(mine.json.data!.every((ticket) => ['open', 'new'].includes(ticket.stateType as string))).toBe(true);
    const ticket = await api('GET', `/portal/tickets/${mine.json.data![0]!.id}`, { token: ADMIN_TOKEN });
    expect(ticket.json.id).toBe(mine.json.data![0]!.id);
    expect((await api('GET', '/portal/tickets/no-such-ticket', { token: CUSTOMER_TOKEN })).status).toBe(404);
  });

  it('answer the health check', async () => {
    expect((await api('GET', '/health', { token: null })).json).toEqual({ status: 'ok' });
  });
});

describe('the HTTP adapter in portal mode', () => {
  it('reads the public routes with the customer’s token (audiences), and shows only valid records', async () => {
    const sent: Array<{ url: string; authorization: string | null }> = [];
    const recording: typeof fetch = async (input, init) => {
      sent.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
      return checker.wrap()(input, init);
    };
    const portal = createHttpAdapters({ baseUrl: server.url, getToken: () => CUSTOMER_TOKEN, fetch: recording });
    const pages = await portal.customPages.list({ perPage: 100 });
    expect(pages.data.every((page) => page.validity === 'valid')).toBe(true);
    const invalid = (await api('GET', '/admin/custom-pages?validity=invalid')).json.data![0]!;
    await expect(portal.customPages.getBySlug({ slug: invalid.slug as string })).rejects.toMatchObject({ kind: 'not_found' });
    expect(await portal.customPages.list({ filter: { validity: ['invalid'] } })).toEqual({ data: [], total: 0 });
    expect((await portal.homePage.get({}))?.blocks.length).toBeGreaterThan(0);
    expect((await portal.catalog.listItems({ filter: { query: 'drucker', language: 'de' } })).total).toBeGreaterThan(0);
    expect(sent.filter((request) => request.url.includes('/portal/') && request.authorization !== `Bearer ${CUSTOMER_TOKEN}`)).toEqual([]);

    const tickets = await portal.tickets.list({ perPage: 2 });
    expect(tickets.data).toHaveLength(2);
    expect(sent.at(-1)).toEqual({ url: expect.stringContaining('/portal/tickets'), authorization: `Bearer ${CUSTOMER_TOKEN}` });
    // The customer's token opens no admin route.
    await expect(portal.customPages.create({ data: pageInput('customer-write') as never })).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});

describe('admin routes', () => {
  const adminOperations = () => operations.filter((operation) => operation.security.includes('adminToken') && !operation.security.includes('customerToken'));
  const pathOf = (operation: ContractOperation) => operation.path.replace('{id}', 'some-id').replace('{slug}', 'some-slug');

  it('all answer 401 with a WWW-Authenticate challenge without the admin token, before looking at the request', async () => {
    expect(adminOperations().length).toBeGreaterThan(20);
    for (const operation of adminOperations()) {
      for (const token of [null, CUSTOMER_TOKEN, `${ADMIN_TOKEN}x`]) {
        const response = await api(operation.method, pathOf(operation), { token, body: operation.method === 'POST' || operation.method === 'PUT' ? { junk: true } : undefined });
        expect(response.status, `${operation.id} with ${token}`).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(response.json.kind).toBe('unauthorized');
      }
    }
  });

  it('create a record with 201, its ETag and Location, and read it back there', async () => {
    const created = await api('POST', '/admin/custom-pages', { body: pageInput('created-here') });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    const location = created.headers.get('location')!;
    expect((await api('GET', location)).json).toEqual(created.json);
  });

  it('refuse a stale If-Match with 412 and the stored record, and a write without one with 428', async () => {
    const created = (await api('POST', '/admin/custom-pages', { body: pageInput('versioned') })).json;
    const path = `/admin/custom-pages/${created.id}`;
    const updated = await api('PUT', path, { body: pageInput('versioned'), headers: { 'if-match': '"1"' } });
    expect(updated.headers.get('etag')).toBe('"2"');
    const stale = await api('PUT', path, { body: pageInput('versioned'), headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ kind: 'conflict', current: { id: created.id, version: 2 } });
    expect((await api('PUT', path, { body: pageInput('versioned') })).status).toBe(428);
    expect((await api('DELETE', path)).status).toBe(428);
    expect((await api('DELETE', path, { headers: { 'if-match': 'W/"2"' } })).status).toBe(400);
    expect((await api('DELETE', path, { headers: { 'if-match': '"1"' } })).status).toBe(412);
    expect((await api('DELETE', path, { headers: { 'if-match': '"2"' } })).status).toBe(204);
    expect((await api('DELETE', path, { headers: { 'if-match': '"2"' } })).status).toBe(404);
  });

  it('save a one-of-a-kind record for the first time only with If-None-Match: *', async () => {
    const scripts = { externalScripts: [], inlineScripts: [], additionalOrigins: {} };
    expect((await api('PUT', '/admin/script-settings', { body: scripts }, empty)).status).toBe(428);
    expect((await api('PUT', '/admin/script-settings', { body: scripts, headers: { 'if-match': '"1"' } }, empty)).status).toBe(404);
    const first = await api('PUT', '/admin/script-settings', { body: scripts, headers: { 'if-none-match': '*' } }, empty);
    expect(first.json.version).toBe(1);
    expect((await api('PUT', '/admin/script-settings', { body: scripts, headers: { 'if-none-match': '*' } }, empty)).status).toBe(412);
    expect((await api('PUT', '/admin/script-settings', { body: scripts, headers: { 'if-none-match': '*', 'if-match': '"1"' } }, empty)).status).toBe(400);
  });

  it('refuse invalid records with 422 and every field error by path', async () => {
    const response = await api('POST', '/admin/custom-pages', {
      body: { ...pageInput('Not A Slug'), content: { de: { title: 'x'.repeat(301), body: '' } } },
    });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'slug', code: 'pattern' }), expect.objectContaining({ path: 'content.de.title', code: 'max_length' })]),
    );
    // What JSON Schema cannot say, the model still checks: a title of spaces, a duplicate category.
    const blank = await api('POST', '/admin/custom-pages', { body: { ...pageInput('blank-title'), internalTitle: '   ' } });
    expect(blank.json.errors).toEqual([expect.objectContaining({ path: 'internalTitle' })]);
    const taken = await api('POST', '/admin/custom-pages', { body: pageInput('created-here') });
    expect(taken.json.errors).toEqual([expect.objectContaining({ path: 'slug', code: 'duplicate' })]);
    const [category] = (await api('GET', '/admin/catalog/categories?perPage=1')).json.data!;
    const item = await api('POST', '/admin/catalog/items', {
      body: { internalTitle: 'Twice', validity: 'valid', categoryIds: [category!.id, category!.id], image: null, order: 0, content: { en: { title: 'x', text: '', links: [] } } },
    });
    expect(item.json.errors).toEqual([expect.objectContaining({ path: 'categoryIds' })]);
  });

  it('refuse malformed requests: unknown parameters, broken JSON, another media type, prototype keys, huge bodies', async () => {
    expect((await api('GET', '/admin/custom-pages?sortBy=slug')).json.errors).toEqual([expect.objectContaining({ path: 'query.sortBy' })]);
    expect((await api('GET', '/admin/custom-pages?perPage=5000')).status).toBe(400);
    expect((await api('POST', '/admin/custom-pages', { body: '{"slug": ', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await api('POST', '/admin/custom-pages', { body: 'slug=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    const poisoned = await api('POST', '/admin/custom-pages', { body: `{"__proto__": {"admin": true}, ${JSON.stringify(pageInput('proto')).slice(1)}`, headers: { 'content-type': 'application/json' } });
    expect(poisoned.status).toBe(400);
    const huge = await api('POST', '/admin/custom-pages', { body: { ...pageInput('huge'), internalTitle: 'x'.repeat(300 * 1024) } }, empty);
    expect(huge.status).toBe(413);
  });

  it('store hostile text as text', async () => {
    const hostile = `'); DROP TABLE custom_pages; -- <script>alert(1)</script> ${'\u0000'}`;
    const created = await api('POST', '/admin/custom-pages', { body: { ...pageInput('hostile'), internalTitle: hostile } });
    expect(created.json.internalTitle).toBe(hostile.trim());
    expect((await api('GET', `/admin/custom-pages?query=${encodeURIComponent("'); drop")}`)).json.data!.map((page) => page.id)).toEqual([created.json.id]);
    expect((await api('GET', '/admin/custom-pages?perPage=1')).status).toBe(200);
  });
});

describe('uploads', () => {
  const upload = (body: BodyInit, type: string | undefined, name = 'file.png', target: Server = server) =>
    api('POST', `/admin/assets?name=${encodeURIComponent(name)}`, { body: body as never, headers: type ? { 'content-type': type } : {} }, target);

  it('store a real image under a name of the server’s choosing and serve it inert', async () => {
    const created = await upload(PNG, 'image/png', '../../etc/passwd.png');
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ mediaType: 'image/png', size: PNG.length, width: 1, height: 1, name: '../../etc/passwd.png' });
    expect(readdirSync(join(server.dataDirectory, 'assets'))).toContainEqual(expect.stringMatching(/^[0-9a-f-]{36}\.png$/));
    expect(existsSync(join(server.dataDirectory, 'etc'))).toBe(false);
    expect((await api('GET', created.headers.get('location')!, { token: null })).json).toEqual(created.json);
    const file = await api('GET', new URL(created.json.url as string).pathname, { token: null });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(file.headers.get('cache-control')).toContain('immutable');
  });

  it('judge a file by its bytes, not by what the client says it is', async () => {
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    const disguised = await upload(html, 'image/png', 'innocent.png');
    expect(disguised.status).toBe(422);
    expect(disguised.json.errors).toEqual([expect.objectContaining({ path: 'file', code: 'content' })]);
    const mislabelled = await upload(PNG, 'image/jpeg', 'photo.jpg');
    expect(mislabelled.json.errors).toEqual([expect.objectContaining({ path: 'file', code: 'content_mismatch' })]);
    const declaredHtml = await upload(PNG, 'text/html', 'page.html');
    expect(declaredHtml.status).toBe(415);
    expect(declaredHtml.json.errors).toEqual([expect.objectContaining({ path: 'file', code: 'media_type' })]);
    const unlabelled = await upload(PNG, undefined, 'pixel');
    expect(unlabelled.json).toMatchObject({ mediaType: 'image/png' });
    expect((await upload(new Uint8Array(0), 'image/png')).json.errors).toEqual([expect.objectContaining({ path: 'file', code: 'empty' })]);
  });

  it('accept a plain SVG and refuse one that carries script', async () => {
    const plain = await upload(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="24" height="12"><rect width="24" height="12"/></svg>'), 'image/svg+xml', 'logo.svg');
    expect(plain.json).toMatchObject({ mediaType: 'image/svg+xml', width: 24, height: 12 });
    for (const svg of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe src="https://evil.example"/></foreignObject></svg>',
    ]) {
      const refused = await upload(new TextEncoder().encode(svg), 'image/svg+xml', 'bad.svg');
      expect(refused.status, svg).toBe(422);
      expect(refused.json.errors).toEqual([expect.objectContaining({ path: 'file', code: 'active_content' })]);
    }
  });

  it('refuse a file above the size limit with 413 on `file`', async () => {
    const big = new Uint8Array(65 * 1024);
    big.set(PNG);
    const response = await upload(big, 'image/png', 'big.png', empty);
    expect(response.status).toBe(413);
    expect(response.json.errors).toEqual([expect.objectContaining({ path: 'file', code: 'too_large' })]);
  });
});

describe('browsers on other origins', () => {
  it('may call from an allowed origin only (CORS), reading ETag and Location', async () => {
    const preflight = (origin: string) =>
      fetch(`${empty.url}/admin/custom-pages`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, if-match, content-type' },
      });
    const allowed = await preflight('https://portal.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.com');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-match');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const read = await api('GET', '/portal/custom-pages', { token: null, headers: { origin: 'https://portal.example.com' } }, empty);
    expect(read.headers.get('access-control-expose-headers')).toContain('ETag');
  });
});

describe('this file', () => {
  it('exercised every operation of the contract, and every answer matched it', () => {
    const answered = new Set(checker.seen.map((exchange) => exchange.operationId));
    expect(checker.operationIds.filter((id) => !answered.has(id))).toEqual([]);
    expect(checker.problems()).toEqual([]);
    expect([...server.contractViolations, ...empty.contractViolations]).toEqual([]);
  });
});
