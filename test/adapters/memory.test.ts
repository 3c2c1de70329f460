import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLargeSeed, createMemoryAdapters, type AdapterChange } from '../../src/adapters/index.js';

describe('createMemoryAdapters', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts with the demo content unless given a seed', async () => {
    const demo = createMemoryAdapters();
    expect((await demo.tickets.list({})).total).toBe(60);
    expect((await demo.customPages.getBySlug({ slug: 'opening-hours' })).content.de?.title).toBe('Öffnungszeiten');
    const empty = createMemoryAdapters({ seed: null });
    expect((await empty.tickets.list({})).total).toBe(0);
    expect(await empty.homePage.get({})).toBeNull();
  });

  it('answers after the simulated latency, and an abort during it rejects at once', async () => {
    vi.useFakeTimers();
    const adapters = createMemoryAdapters({ latency: 500 });
    let settled = false;
    const pending = adapters.tickets.list({}).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(settled).toBe(true);

    const controller = new AbortController();
    const aborted = adapters.tickets.list({ signal: controller.signal }).catch((error: unknown) => error);
    controller.abort();
    expect(await aborted).toMatchObject({ name: 'AbortError' });
  });

  it('picks latencies from a range', async () => {
    vi.useFakeTimers();
    const adapters = createMemoryAdapters({ latency: { min: 100, max: 300 }, random: () => 0.5 });
    let settled = false;
    const pending = adapters.layout.get({}).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
  });

  it('fails exactly the next N matching calls with the injected error kind', async () => {
    const adapters = createMemoryAdapters();
    adapters.control.failNext(2, 'unavailable', { domains: ['tickets'], retryAfter: 30 });
    await expect(adapters.customPages.list({})).resolves.toBeTruthy();
    await expect(adapters.tickets.list({})).rejects.toMatchObject({ kind: 'unavailable', retryAfter: 30 });
    await expect(adapters.tickets.get({ id: 'ticket-0001' })).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(adapters.tickets.list({})).resolves.toBeTruthy();
  });

  it('injects faults into one method only, and can clear them', async () => {
    const adapters = createMemoryAdapters();
    adapters.control.failNext(Infinity, 'unauthorized', { methods: ['getBySlug'] });
    await expect(adapters.customPages.getBySlug({ slug: 'opening-hours' })).rejects.toMatchObject({ kind: 'unauthorized' });
    await expect(adapters.customPages.getBySlug({ slug: 'opening-hours' })).rejects.toMatchObject({ kind: 'unauthorized' });
    await expect(adapters.customPages.list({})).resolves.toBeTruthy();
    adapters.control.clearFaults();
    await expect(adapters.customPages.getBySlug({ slug: 'opening-hours' })).resolves.toBeTruthy();
  });

  it('logs every call', async () => {
    const adapters = createMemoryAdapters({ seed: null });
    await adapters.tickets.list({ perPage: 5 });
    await adapters.tickets.list({});
    await adapters.layout.get({});
    expect(adapters.control.callCount('tickets', 'list')).toBe(2);
    expect(adapters.control.callCount()).toBe(3);
    expect(adapters.control.calls[0]).toEqual({ domain: 'tickets', method: 'list', params: { perPage: 5 } });
  });

  it('tells subscribers about its writes, and stops after unsubscribe', async () => {
    const adapters = createMemoryAdapters();
    const changes: AdapterChange[] = [];
    const unsubscribe = adapters.subscribe((change) => changes.push(change));
    const page = await adapters.customPages.getBySlug({ slug: 'opening-hours' });
    const { id, version, updatedAt: _updatedAt, ...data } = page;
    await adapters.customPages.update({ id, data, previousVersion: version });
    unsubscribe();
    await adapters.customPages.update({ id, data, previousVersion: version + 1 });
    expect(changes).toEqual([
      { domain: 'customPages', ids: [id], origin: 'local' },
      { domain: 'revisions', ids: [id], origin: 'local' },
    ]);
  });

  it('never hands out its stored objects', async () => {
    const adapters = createMemoryAdapters();
    const page = await adapters.customPages.getBySlug({ slug: 'opening-hours' });
    page.content.en!.title = 'Mutated';
    expect((await adapters.customPages.getBySlug({ slug: 'opening-hours' })).content.en?.title).toBe('Opening hours');
  });

  it('refuses a category inside its own sub-category, an unknown parent and unknown item categories', async () => {
    const { catalog } = createMemoryAdapters();
    const hardware = await catalog.getCategory({ id: 'cat-hardware' });
    const { id, version, updatedAt: _updatedAt, ...data } = hardware;
    await expect(catalog.updateCategory({ id, data: { ...data, parentId: 'cat-accessories' }, previousVersion: version })).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'parentId', code: 'cycle' })] });
    await expect(catalog.createCategory({ data: { ...data, parentId: 'nope' } })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'parentId', code: 'not_found' })] });
    const item = await catalog.getItem({ id: 'item-webcam' });
    const { id: itemId, version: itemVersion, updatedAt: _itemUpdatedAt, ...itemData } = item;
    await expect(catalog.updateItem({ id: itemId, data: { ...itemData, categoryIds: ['nope'] }, previousVersion: itemVersion })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'categoryIds' })] });
  });

  it('searches only what the portal shows, titles first, in the customer’s language', async () => {
    const { search } = createMemoryAdapters();
    const monitors = await search.search({ query: 'monitor', language: 'de', limit: 10 });
    expect(monitors.data.map((hit) => hit.id)).toEqual(expect.arrayContaining(['item-monitor-27', 'item-second-monitor']));
    expect(monitors.data.map((hit) => hit.id)).not.toContain('item-monitor-arm'); // temporarily invalid
    expect(monitors.data.find((hit) => hit.id === 'item-monitor-27')).toMatchObject({ title: '27-Zoll-Monitor', href: '/catalog/item/item-monitor-27' });
    // An item whose only category sits below an invalid one is unreachable, so not found.
    expect((await search.search({ query: 'Schreibtischbuchung', language: 'de' })).total).toBe(0);
    // Pages link to their slug; an invalid page is never a hit.
    const pages = await search.search({ query: 'intranet', language: 'en', types: ['custom-page'] });
    expect(pages.total).toBe(0);
    const hours = await search.search({ query: 'öffnungszeiten', language: 'de', types: ['custom-page'] });
    expect(hours.data[0]).toMatchObject({ href: '/page/opening-hours', type: 'custom-page' });
  });

  it('marks search hits shown in another language than the customer’s', async () => {
    const { search } = createMemoryAdapters();
    const hit = (await search.search({ query: 'statistics', language: 'fr' })).data[0];
    expect(hit).toMatchObject({ id: 'item-statistics', language: 'en', title: 'Statistics package' });
  });

  it('links search hits where the host’s routes say', async () => {
    const { search } = createMemoryAdapters({ routes: { customPage: (page) => `/help/${page.slug}` } });
    expect((await search.search({ query: 'vpn', language: 'en', types: ['custom-page'] })).data[0]?.href).toBe('/help/vpn-remote-access');
  });

  it('reads the size of uploaded SVG, PNG and GIF images, and refuses files that are too large', async () => {
    const { assets } = createMemoryAdapters({ seed: null, maxUploadBytes: 1000 });
    const svg = await assets.upload({ file: new Blob(['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"></svg>'], { type: 'image/svg+xml' }), name: 'logo.svg' });
    expect(svg).toMatchObject({ width: 120, height: 40, name: 'logo.svg', mediaType: 'image/svg+xml' });
    expect(svg.url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x03, 0x00, 0x02, 0x00, 0, 0, 0]);
    expect(await assets.upload({ file: new Blob([gif], { type: 'image/gif' }) })).toMatchObject({ width: 3, height: 2 });
    await expect(assets.upload({ file: new Blob([new Uint8Array(2000)], { type: 'image/png' }) })).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ code: 'too_large' })] });
  });

  it('refuses ids that could pollute prototypes', async () => {
    const { homePage } = createMemoryAdapters({ seed: { homePage: { id: '__proto__', version: 1, updatedAt: '2026-11-25T18:10:00.000Z', blocks: [] } } });
    await expect(homePage.update({ data: { blocks: [] }, previousVersion: 1 })).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'id' })] });
  });

  it('stays quick on large data: pages, filters and searches 10,000 items and 5,000 tickets', async () => {
    const seed = createLargeSeed({ now: new Date('2026-11-25T12:00:00Z') });
    const wanted = seed.catalogItems?.find((item) => item.id === 'gen-item-00042');
    const adapters = createMemoryAdapters({ seed });
    const started = performance.now();
    const page = await adapters.catalog.listItems({ filter: { validity: ['valid'], categoryId: 'gen-0-0-0' }, page: 2, perPage: 20 });
    const search = await adapters.catalog.listItems({ filter: { query: wanted?.content.de?.title, language: 'de' } });
    const tickets = await adapters.tickets.list({ filter: { stateTypes: ['open'] }, page: 10, perPage: 25 });
    const again = await adapters.catalog.listItems({ filter: { query: 'imprimante', language: 'fr' }, perPage: 5 });
    const elapsed = performance.now() - started;
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((item) => item.validity === 'valid' && item.categoryIds.includes('gen-0-0-0'))).toBe(true);
    expect(search.data.map((item) => item.id)).toEqual(['gen-item-00042']);
    expect(tickets.total).toBeGreaterThan(500);
    expect(again.total).toBeGreaterThan(100);
    // Generous on a slow machine; an accidental quadratic step would take far longer.
    expect(elapsed).toBeLessThan(3000);
  });
});
