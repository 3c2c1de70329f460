import { describe, expect, it, vi } from 'vitest';
import { createHttpAdapters, type AdapterChange, type HttpAdaptersOptions } from '../../src/adapters/index.js';

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
}

type Reply = Response | (() => Response) | Error;

/** A `fetch` double that answers from a script and records what was sent. */
function fakeFetch(...replies: Reply[]) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (init.signal?.aborted) throw init.signal.reason;
    sent.push({ url: String(input), method: init.method ?? 'GET', headers: new Headers(init.headers), body: init.body });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply() : reply.clone();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent, calls: () => fetch.mock.calls.length };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, ...body }), { status, headers: { 'content-type': 'application/problem+json', ...headers } });

const page = { id: 'p1', version: 3, updatedAt: '2026-11-25T10:00:00.000Z', internalTitle: 'P', slug: 'p', validity: 'valid', content: { en: { title: 'T', body: '' } } };
const pageInput = { internalTitle: 'P', slug: 'p', validity: 'valid' as const, content: { en: { title: 'T', body: '' } } };

function adapters(replies: Reply[], options: Partial<HttpAdaptersOptions> = {}) {
  const double = fakeFetch(...replies);
  return { ...double, adapters: createHttpAdapters({ baseUrl: 'https://api.example.com/v1/', fetch: double.fetch, retry: { baseDelay: 1, maxDelay: 50 }, ...options }) };
}

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('Expected a rejection');
};

describe('createHttpAdapters', () => {
  describe('when the server refuses', () => {
    it.each([
      [400, 'validation'],
      [401, 'unauthorized'],
      [403, 'unauthorized'],
      [404, 'not_found'],
      [409, 'conflict'],
      [412, 'conflict'],
      [413, 'validation'],
      [415, 'validation'],
      [422, 'validation'],
      [428, 'validation'],
      [429, 'unavailable'],
      [500, 'unavailable'],
      [502, 'unavailable'],
      [503, 'unavailable'],
    ])('maps %i to a `%s` error', async (status, kind) => {
      const { adapters: api } = adapters([problem(status)], { retry: false, access: 'admin' });
      expect((await rejection(api.customPages.update({ id: 'p1', data: pageInput, previousVersion: 3 }))).kind).toBe(kind);
    });

    it('puts the field errors of a validation problem on their paths', async () => {
      const { adapters: api } = adapters([
        problem(422, { errors: [{ path: 'slug', code: 'duplicate', message: 'Taken' }, { path: 'content.de.title', code: 'max_length', message: 'Too long' }] }),
      ]);
      const error = await rejection(api.customPages.create({ data: pageInput }));
      expect(error).toMatchObject({ kind: 'validation', origin: 'input', fieldErrors: { slug: ['Taken'], 'content.de.title': ['Too long'] } });
    });

    it('carries the stored record of a version conflict', async () => {
      const { adapters: api } = adapters([problem(412, { detail: 'Changed', current: { ...page, version: 4 } })]);
      const error = await rejection(api.customPages.update({ id: 'p1', data: pageInput, previousVersion: 3 }));
      expect(error).toMatchObject({ kind: 'conflict', message: 'Changed', current: { id: 'p1', version: 4 } });
    });

    it('names what was not found', async () => {
      const { adapters: api } = adapters([problem(404, {})]);
      expect(await rejection(api.catalog.getItem({ id: 'i9' }))).toMatchObject({ kind: 'not_found', resource: 'catalog item', id: 'i9' });
    });

    it('puts an upload refused without field errors on `file`', async () => {
      const { adapters: api } = adapters([new Response('Too big', { status: 413 })]);
      const error = await rejection(api.assets.upload({ file: new Blob(['x'], { type: 'image/png' }) }));
      expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'file', code: 'http_413' }] });
    });

    it('reports a success that is not JSON as a malformed response, not as data', async () => {
      const html = () => new Response('<html>proxy login</html>', { status: 200, headers: { 'content-type': 'text/html' } });
      const broken = () => new Response('{"data": [', { status: 200, headers: { 'content-type': 'application/json' } });
      for (const reply of [html, broken]) {
        const { adapters: api } = adapters([reply]);
        expect(await rejection(api.customPages.list({}))).toMatchObject({ kind: 'validation', origin: 'response' });
      }
    });
  });

  describe('when the server is unavailable', () => {
    it('retries a read with backoff and answers once the server is back', async () => {
      const { adapters: api, calls } = adapters([problem(503), new TypeError('fetch failed'), json({ data: [page], total: 1 })]);
      expect(await api.customPages.list({})).toEqual({ data: [page], total: 1 });
      expect(calls()).toBe(3);
    });

    it('gives up after a bounded number of retries with an `unavailable` error', async () => {
      const { adapters: api, calls } = adapters([new TypeError('fetch failed')], { retry: { retries: 3, baseDelay: 1 } });
      const error = await rejection(api.catalog.listItems({}));
      expect(error).toMatchObject({ kind: 'unavailable' });
      expect((error.cause as Error).message).toBe('fetch failed');
      expect(calls()).toBe(4);
    });

    it('waits as long as Retry-After asks, and not at all when it asks for longer than the longest wait', async () => {
      const quick = adapters([problem(503, {}, { 'retry-after': '0' }), json({ data: [], total: 0 })]);
      expect(await quick.adapters.tickets.list({})).toEqual({ data: [], total: 0 });
      expect(quick.calls()).toBe(2);
      const slow = adapters([problem(429, {}, { 'retry-after': '120' })]);
      expect(await rejection(slow.adapters.tickets.list({}))).toMatchObject({ kind: 'unavailable', retryAfter: 120 });
      expect(slow.calls()).toBe(1);
    });

    it('never retries a write, whose answer may have been lost after the server applied it', async () => {
      const { adapters: api, calls } = adapters([new TypeError('socket hang up')]);
      expect(await rejection(api.customPages.create({ data: pageInput }))).toMatchObject({ kind: 'unavailable' });
      expect(await rejection(api.homePage.update({ data: { blocks: [] }, previousVersion: 1 }))).toMatchObject({ kind: 'unavailable' });
      expect(calls()).toBe(2);
    });

    it('does not retry a refusal', async () => {
      const { adapters: api, calls } = adapters([problem(404)]);
      await rejection(api.customPages.get({ id: 'x' }));
      expect(calls()).toBe(1);
    });
  });

  describe('when a read is aborted', () => {
    it('rejects with an AbortError before sending', async () => {
      const { adapters: api, calls } = adapters([json({ data: [], total: 0 })]);
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(api.catalog.listCategories({ signal: controller.signal }));
      expect(error.name).toBe('AbortError');
      expect(error.kind).toBeUndefined();
      expect(calls()).toBe(0);
    });

    it('stops waiting for a retry at once', async () => {
      const { adapters: api, calls } = adapters([problem(503)], { retry: { retries: 5, baseDelay: 10_000, maxDelay: 60_000 } });
      const controller = new AbortController();
      const pending = rejection(api.customPages.list({ signal: controller.signal }));
      await vi.waitFor(() => expect(calls()).toBe(1));
      const started = Date.now();
      controller.abort();
      expect((await pending).name).toBe('AbortError');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(calls()).toBe(1);
    });

    it('passes an abort with a custom reason on as an AbortError', async () => {
      const { adapters: api } = adapters([json({ data: [], total: 0 })]);
      const controller = new AbortController();
      controller.abort('navigated away');
      expect((await rejection(api.tickets.list({ signal: controller.signal }))).name).toBe('AbortError');
    });
  });

  describe('the requests it sends', () => {
    it('follow the contract: paths, repeated query parameters, versions in If-Match, JSON bodies', async () => {
      const { adapters: api, sent } = adapters([json({ data: [], total: 0 })], { access: 'admin', getToken: async () => 'secret-token' });
      await api.catalog.listCategories({ filter: { parentId: null, validity: ['valid', 'invalid'], query: 'a b' }, page: 2, perPage: 5000, sort: { field: 'order', order: 'desc' } });
      await api.catalog.listItems({ filter: { categoryIds: ['c 1', 'c/2'], query: 'drucker', language: 'de' } });
      await api.customPages.getBySlug({ slug: 'opening-hours' });
      await api.customPages.update({ id: 'p/1', data: pageInput, previousVersion: 7 });
      await api.catalog.deleteItem({ id: 'i1', previousVersion: 2 });
      await api.layout.update({ data: {} as never, previousVersion: null });
      expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual([
        'GET https://api.example.com/v1/admin/catalog/categories?page=2&perPage=1000&sort=order&order=desc&validity=valid&validity=invalid&parentId=&query=a+b',
        'GET https://api.example.com/v1/admin/catalog/items?categoryIds=c+1&categoryIds=c%2F2&query=drucker&language=de',
        'GET https://api.example.com/v1/admin/custom-pages/by-slug/opening-hours',
        'PUT https://api.example.com/v1/admin/custom-pages/p%2F1',
        'DELETE https://api.example.com/v1/admin/catalog/items/i1',
        'PUT https://api.example.com/v1/admin/layout',
      ]);
      expect(sent[3]!.headers.get('if-match')).toBe('"7"');
      expect(sent[3]!.headers.get('content-type')).toBe('application/json');
      expect(JSON.parse(sent[3]!.body as string)).toEqual(pageInput);
      expect(sent[4]!.headers.get('if-match')).toBe('"2"');
      expect(sent[5]!.headers.get('if-none-match')).toBe('*');
      expect(sent.every((request) => request.headers.get('authorization') === 'Bearer secret-token')).toBe(true);
    });

    it('send the signed-in customer’s token to portal reads (audiences), ticket and admin routes, asking for it each time', async () => {
      let token: string | null = 'first-token';
      const { adapters: api, sent } = adapters([json({ data: [], total: 0 })], { baseUrl: '/api', getToken: () => token });
      await api.customPages.list({});
      await api.search.search({ query: 'x', language: 'en' });
      await api.tickets.list({});
      token = 'second-token';
      await api.customPages.delete({ id: 'p1', previousVersion: 1 }).catch(() => undefined);
      token = null;
      await api.catalog.listItems({});
      expect(sent.map((request) => [request.url.split('?')[0], request.headers.get('authorization')])).toEqual([
        ['/api/portal/custom-pages', 'Bearer first-token'],
        ['/api/portal/search', 'Bearer first-token'],
        ['/api/portal/tickets', 'Bearer first-token'],
        ['/api/admin/custom-pages/p1', 'Bearer second-token'],
        ['/api/portal/catalog/items', null],
      ]);
    });

    it('never send the viewer of a search (the backend knows the requester from the token)', async () => {
      const { adapters: api, sent } = adapters([json({ data: [], total: 0 })]);
      await api.search.search({ query: 'x', language: 'en', viewer: { groups: ['gold'] } });
      await api.customPages.list({ filter: { viewer: { groups: ['gold'] } } });
      expect(sent.map((request) => request.url)).toEqual(['https://api.example.com/v1/portal/search?query=x&language=en', 'https://api.example.com/v1/portal/custom-pages']);
    });

    it('read the customer groups from the admin route with the admin’s token', async () => {
      const groups = { data: [{ id: 'gold', name: 'Gold' }], total: 1 };
      const { adapters: api, sent } = adapters([json(groups)], { getToken: () => 'admin-token' });
      expect(await api.customerGroups.list()).toEqual(groups);
      expect(sent[0]!.url).toBe('https://api.example.com/v1/admin/customer-groups');
      expect(sent[0]!.headers.get('authorization')).toBe('Bearer admin-token');
    });

    it('upload the file itself with its type and name', async () => {
      const asset = { id: 'a1', url: 'https://api.example.com/v1/portal/assets/a1/file', mediaType: 'image/png', size: 3 };
      const { adapters: api, sent } = adapters([json(asset, 201)]);
      const file = new File([new Uint8Array([1, 2, 3])], 'logo.png', { type: 'image/png' });
      expect(await api.assets.upload({ file })).toEqual(asset);
      expect(sent[0]).toMatchObject({ method: 'POST', url: 'https://api.example.com/v1/admin/assets?name=logo.png', body: file });
      expect(sent[0]!.headers.get('content-type')).toBe('image/png');
    });

    it('send nothing for a filter that can match nothing', async () => {
      const { adapters: api, calls } = adapters([json({ data: [], total: 0 })]);
      expect(await api.customPages.list({ filter: { validity: ['invalid'] } })).toEqual({ data: [], total: 0 });
      expect(await api.catalog.listItems({ filter: { ids: [] } })).toEqual({ data: [], total: 0 });
      expect(await api.tickets.list({ filter: { stateTypes: [] } })).toEqual({ data: [], total: 0 });
      expect(calls()).toBe(0);
    });
  });

  it('reads a one-of-a-kind record that was never saved as null', async () => {
    const { adapters: api } = adapters([new Response(null, { status: 204 })]);
    expect(await api.homePage.get({})).toBeNull();
    expect(await api.scriptSettings.get({})).toBeNull();
  });

  it('tells subscribers about its own successful writes (the record and its revision), not about failed ones', async () => {
    const { adapters: api } = adapters([json(page, 201), problem(422), new Response(null, { status: 204 })]);
    const changes: AdapterChange[] = [];
    const unsubscribe = api.subscribe((change) => changes.push(change));
    await api.customPages.create({ data: pageInput });
    await rejection(api.customPages.create({ data: pageInput }));
    unsubscribe();
    await api.customPages.delete({ id: 'p1', previousVersion: 3 });
    expect(changes).toEqual([
      { domain: 'customPages', ids: ['p1'], origin: 'local' },
      { domain: 'revisions', ids: ['p1'], origin: 'local' },
    ]);
  });
});
