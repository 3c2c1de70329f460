import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBrowserAdapters, createDemoSeed, createMemoryAdapters } from '../../src/adapters/index.js';
import type { CatalogCategory, CatalogItem, CustomPage, Viewer } from '../../src/model/index.js';

// The bundled stores apply the portal's audience rule when a list filter or a search names the
// viewer, so paging totals count only what the viewer may see; admin reads (no viewer) see all.

const updatedAt = '2026-11-01T00:00:00.000Z';
const page = (slug: string, audience?: CustomPage['audience']): CustomPage => ({
  id: `page-${slug}`,
  version: 1,
  updatedAt,
  internalTitle: slug,
  slug,
  validity: 'valid',
  content: { en: { title: `Walrus ${slug}`, body: '<p>walrus</p>' } },
  ...(audience ? { audience } : {}),
});
const category: CatalogCategory = { id: 'root', version: 1, updatedAt, internalTitle: 'Root', validity: 'valid', parentId: null, order: 0, content: { en: { name: 'Root' } } };
const item = (id: string, audience?: CatalogItem['audience']): CatalogItem => ({
  id,
  version: 1,
  updatedAt,
  internalTitle: id,
  validity: 'valid',
  categoryIds: ['root'],
  image: null,
  order: 0,
  content: { en: { title: `Walrus ${id}`, text: '<p>walrus</p>', links: [] } },
  ...(audience ? { audience } : {}),
});
const seed = {
  customPages: [page('open'), page('gold', { kind: 'groups', groups: ['gold'] }), page('guests', { kind: 'anonymous' }), page('members', { kind: 'signed-in' })],
  catalogCategories: [category],
  catalogItems: [item('open-item'), item('gold-item', { kind: 'groups', groups: ['gold'] })],
  customerGroups: [
    { id: 'gold', name: 'Gold' },
    { id: 'acme', name: 'Acme Corp' },
  ],
};

const viewers: Array<[string, Viewer | undefined, string[]]> = [
  ['every record for an admin read (no viewer)', undefined, ['gold', 'guests', 'members', 'open']],
  ['an anonymous visitor’s records', null, ['guests', 'open']],
  ['a customer’s records outside their groups', { groups: ['silver'] }, ['members', 'open']],
  ['a group customer’s records', { groups: ['gold'] }, ['gold', 'members', 'open']],
];

describe('the memory store and audiences', () => {
  it.each(viewers)('lists %s, with the total counting only those', async (_, viewer, slugs) => {
    const adapters = createMemoryAdapters({ seed });
    const all = await adapters.customPages.list({ filter: { viewer }, sort: { field: 'slug', order: 'asc' }, perPage: 1 });
    expect(all.total).toBe(slugs.length);
    const listed = await adapters.customPages.list({ filter: { viewer }, sort: { field: 'slug', order: 'asc' }, perPage: 50 });
    expect(listed.data.map((entry) => entry.slug)).toEqual(slugs);
  });

  it('lists and searches catalog items by viewer', async () => {
    const adapters = createMemoryAdapters({ seed });
    expect((await adapters.catalog.listItems({ filter: { viewer: null } })).data.map((entry) => entry.id)).toEqual(['open-item']);
    expect((await adapters.catalog.listItems({ filter: { viewer: { groups: ['gold'] } } })).total).toBe(2);
    const found = (viewer: Viewer | undefined) => adapters.search.search({ query: 'walrus', language: 'en', viewer }).then((result) => result.data.map((hit) => hit.id).sort());
    expect(await found(undefined)).toEqual(['open-item', 'page-guests', 'page-open']);
    expect(await found({ groups: [] })).toEqual(['open-item', 'page-members', 'page-open']);
    expect(await found({ groups: ['gold'] })).toEqual(['gold-item', 'open-item', 'page-gold', 'page-members', 'page-open']);
  });

  it('lists the seed’s customer groups, or the ones given in the options', async () => {
    expect(await createMemoryAdapters({ seed }).customerGroups.list()).toEqual({ data: seed.customerGroups, total: 2 });
    expect((await createMemoryAdapters({ seed, customerGroups: [{ id: 'x', name: 'X' }] }).customerGroups.list()).data).toEqual([{ id: 'x', name: 'X' }]);
    expect(await createMemoryAdapters({ seed: null }).customerGroups.list()).toEqual({ data: [], total: 0 });
    expect((await createMemoryAdapters().customerGroups.list()).data.map((group) => group.name)).toEqual(['Acme Corp', 'Gold', 'Standard']);
  });

  it('simulates faults on the customer groups like every other domain', async () => {
    const adapters = createMemoryAdapters({ seed });
    adapters.control.failNext(1, 'unavailable', { domains: ['customerGroups'] });
    await expect(adapters.customerGroups.list()).rejects.toMatchObject({ kind: 'unavailable' });
    expect((await adapters.customerGroups.list()).total).toBe(2);
  });
});

describe('the browser store and audiences', () => {
  it('filters by viewer in IndexedDB too, and takes the groups from the seed', async () => {
    const adapters = createBrowserAdapters({ databaseName: `audience-${Math.random().toString(36).slice(2)}`, seed });
    expect(await adapters.ready).toEqual({ mode: 'persistent' });
    expect((await adapters.customPages.list({ filter: { viewer: null } })).total).toBe(2);
    expect((await adapters.customerGroups.list()).data.map((group) => group.id)).toEqual(['gold', 'acme']);
  });
});

describe('the demo seed', () => {
  it('limits a page, an item and a block by audience, to groups it offers', () => {
    const demo = createDemoSeed();
    const groups = new Set(demo.customerGroups?.map((group) => group.id));
    expect(demo.customPages?.find((entry) => entry.slug === 'gold-support')?.audience).toEqual({ kind: 'groups', groups: ['gold'] });
    expect(demo.catalogItems?.filter((entry) => entry.audience).map((entry) => entry.audience)).toEqual([{ kind: 'groups', groups: ['gold'] }]);
    expect(demo.homePage?.blocks.filter((block) => block.audience).map((block) => block.audience)).toEqual([{ kind: 'signed-in' }]);
    for (const record of [...(demo.customPages ?? []), ...(demo.catalogItems ?? [])]) {
      if (record.audience?.kind === 'groups') for (const group of record.audience.groups) expect(groups.has(group)).toBe(true);
    }
  });
});
