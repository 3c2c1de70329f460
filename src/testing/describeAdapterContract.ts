import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdapterDomain, PortalAdapters } from '../adapters/types.js';
import { CustomerGroupSchema } from '../model/audience.js';
import { validateRecord } from '../model/validate.js';
import type { CatalogCategoryInput, CatalogItemInput } from '../model/catalog.js';
import type { CustomPageInput } from '../model/customPage.js';
import { describeRevisionContract } from './revisionContract.js';

/** Options of {@link describeAdapterContract}. */
export interface AdapterContractOptions<Adapters extends PortalAdapters> {
  /** Domains not to test (the host does not supply them). Missing domains are skipped anyway. */
  skip?: readonly AdapterDomain[] | undefined;
  /** Runs after each test, e.g. to close a database connection. */
  cleanup?: ((adapters: Adapters) => void | Promise<void>) | undefined;
  /** Timeout of each test in milliseconds. @default 10000 */
  timeout?: number | undefined;
}

const kindOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return String((error as { kind?: unknown; name?: unknown }).kind ?? (error as { name?: unknown }).name);
  }
};

const rejection = async (promise: Promise<unknown>): Promise<Record<string, unknown>> => {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('Expected the promise to reject');
};

const abortedSignal = () => {
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
};

// The smallest PNG: one transparent pixel.
const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
);

/**
 * A Vitest suite that checks adapters against the library's contract: CRUD and listing for
 * every domain, paging, sorting and filtering, validity filtering where the portal reads,
 * localized content round-trips, version conflicts, not-found and abort. Run it against your
 * own adapters:
 *
 * ```ts
 * import { describeAdapterContract } from 'helpdesk-portal-kit/testing';
 * describeAdapterContract('my REST adapters', () => createMyAdapters({ baseUrl: testServer.url }));
 * ```
 *
 * `createAdapters` runs before each test. The suite creates its own records with unique names
 * and does not depend on other content, except that the ticket adapter must already hold at
 * least three tickets of the signed-in customer (tickets are read-only).
 */
export function describeAdapterContract<Adapters extends PortalAdapters>(
  name: string,
  createAdapters: () => Adapters | Promise<Adapters>,
  options: AdapterContractOptions<Adapters> = {},
): void {
  const timeout = options.timeout ?? 10_000;
  let adapters: Adapters;
  let run = '';
  const skipped = (domain: AdapterDomain) => options.skip?.includes(domain) ?? false;

  describe(`adapter contract: ${name}`, () => {
    beforeEach(async () => {
      adapters = await createAdapters();
      run = Math.random().toString(36).slice(2, 8);
    });
    afterEach(async () => {
      await options.cleanup?.(adapters);
    });

    const test = (domain: AdapterDomain, title: string, body: () => Promise<void>) =>
      it(
        title,
        async (context) => {
          if (skipped(domain) || !adapters[domain]) context.skip();
          await body();
        },
        timeout,
      );

    const page = (slug: string, validity: CustomPageInput['validity'] = 'valid', title = 'Contract page'): CustomPageInput => ({
      internalTitle: `${title} ${run}`,
      slug: `${slug}-${run}`,
      validity,
      content: {
        en: { title: `${title} ${run}`, body: '<p>English <strong>body</strong></p>' },
        de: { title: `Vertragsseite ${run}`, body: '<p>Deutscher Text mit Umlauten: äöüß</p>' },
        ar: { title: `صفحة ${run}`, body: '<p>نص عربي</p>' },
        'pt-BR': { title: `Página ${run}`, body: '<p>Texto em português</p>' },
      },
    });

    describe('custom pages', () => {
      test('customPages', 'creates a page with version 1 and reads it back by id and by slug, every language intact', async () => {
        const pages = adapters.customPages!;
        const input = page('round-trip');
        const created = await pages.create({ data: input });
        expect(created).toMatchObject({ ...input, version: 1 });
        expect(typeof created.id).toBe('string');
        expect(Number.isNaN(Date.parse(created.updatedAt))).toBe(false);
        expect(await pages.get({ id: created.id })).toEqual(created);
        expect(await pages.getBySlug({ slug: input.slug })).toEqual(created);
        expect(created.content).toEqual(input.content);
      });

      test('customPages', 'updates with the current version, then refuses the stale one with a conflict carrying the stored page', async () => {
        const pages = adapters.customPages!;
        const created = await pages.create({ data: page('versions') });
        const changed = { ...page('versions'), content: { ...created.content, de: { title: 'Geändert', body: '<p>Neu</p>' } } };
        const updated = await pages.update({ id: created.id, data: changed, previousVersion: created.version });
        expect(updated.version).toBe(created.version + 1);
        expect(updated.content.de).toEqual({ title: 'Geändert', body: '<p>Neu</p>' });

        const error = await rejection(pages.update({ id: created.id, data: page('versions', 'invalid'), previousVersion: created.version }));
        expect(error.kind).toBe('conflict');
        expect(error.current).toMatchObject({ id: created.id, version: updated.version });
        expect(await pages.get({ id: created.id })).toEqual(updated);
      });

      test('customPages', 'deletes only with the current version; afterwards the page is not found', async () => {
        const pages = adapters.customPages!;
        const created = await pages.create({ data: page('deleted') });
        const updated = await pages.update({ id: created.id, data: page('deleted'), previousVersion: created.version });
        expect(await kindOf(pages.delete({ id: created.id, previousVersion: created.version }))).toBe('conflict');
        await pages.delete({ id: created.id, previousVersion: updated.version });
        expect(await kindOf(pages.get({ id: created.id }))).toBe('not_found');
        expect(await kindOf(pages.getBySlug({ slug: created.slug }))).toBe('not_found');
      });

      test('customPages', 'reports unknown ids and slugs as not found', async () => {
        const pages = adapters.customPages!;
        expect(await kindOf(pages.get({ id: `missing-${run}` }))).toBe('not_found');
        expect(await kindOf(pages.getBySlug({ slug: `missing-${run}` }))).toBe('not_found');
        expect(await kindOf(pages.update({ id: `missing-${run}`, data: page('missing'), previousVersion: 1 }))).toBe('not_found');
      });

      test('customPages', 'refuses a taken slug and a malformed slug with field errors on `slug`', async () => {
        const pages = adapters.customPages!;
        await pages.create({ data: page('taken') });
        const duplicate = await rejection(pages.create({ data: { ...page('other'), slug: `taken-${run}` } }));
        expect(duplicate.kind).toBe('validation');
        expect((duplicate.issues as Array<{ path: string }>).map((issue) => issue.path)).toContain('slug');
        const malformed = await rejection(pages.create({ data: { ...page('x'), slug: 'Not A Slug' } }));
        expect(malformed.kind).toBe('validation');
        expect((malformed.issues as Array<{ path: string }>).map((issue) => issue.path)).toContain('slug');
      });

      test('customPages', 'lists with paging, sorting and filters by text and validity', async () => {
        const pages = adapters.customPages!;
        await pages.create({ data: page('list-b') });
        await pages.create({ data: page('list-a') });
        await pages.create({ data: page('list-c', 'invalid-temporarily') });
        const mine = (slug: string) => slug.endsWith(`-${run}`);

        const all = await pages.list({ filter: { query: run }, sort: { field: 'slug', order: 'asc' }, perPage: 50 });
        expect(all.data.map((record) => record.slug).filter(mine)).toEqual([`list-a-${run}`, `list-b-${run}`, `list-c-${run}`]);

        const valid = await pages.list({ filter: { query: run, validity: ['valid'] }, perPage: 50 });
        expect(valid.data.every((record) => record.validity === 'valid')).toBe(true);
        expect(valid.data.map((record) => record.slug).filter(mine).sort()).toEqual([`list-a-${run}`, `list-b-${run}`]);

        const first = await pages.list({ filter: { query: run }, sort: { field: 'slug', order: 'desc' }, page: 1, perPage: 2 });
        const second = await pages.list({ filter: { query: run }, sort: { field: 'slug', order: 'desc' }, page: 2, perPage: 2 });
        expect(first.total).toBe(3);
        expect(second.total).toBe(3);
        expect(first.data.map((record) => record.slug)).toEqual([`list-c-${run}`, `list-b-${run}`]);
        expect(second.data.map((record) => record.slug)).toEqual([`list-a-${run}`]);
      });

      test('customPages', 'keeps a publish window (UTC) and refuses one whose end is not after its start, on `visibleUntil`', async () => {
        const pages = adapters.customPages!;
        const window = { visibleFrom: '2026-03-29T01:00:00.000Z', visibleUntil: '2026-10-25T01:00:00.000Z' };
        const created = await pages.create({ data: { ...page('scheduled'), ...window } });
        expect(created).toMatchObject(window);
        expect(await pages.get({ id: created.id })).toMatchObject(window);
        const updated = await pages.update({ id: created.id, data: page('scheduled'), previousVersion: created.version });
        expect(updated.visibleFrom).toBeUndefined();
        expect(updated.visibleUntil).toBeUndefined();
        const inverted = await rejection(pages.create({ data: { ...page('inverted'), visibleFrom: window.visibleUntil, visibleUntil: window.visibleFrom } }));
        expect(inverted.kind).toBe('validation');
        expect((inverted.issues as Array<{ path: string }>).map((issue) => issue.path)).toContain('visibleUntil');
      });

      test('customPages', 'keeps an audience, drops it when saved without, and refuses an empty group list on `audience.groups`', async () => {
        const pages = adapters.customPages!;
        const audience = { kind: 'groups' as const, groups: ['gold', `group ${run}`] };
        const created = await pages.create({ data: { ...page('audience'), audience } });
        expect(created.audience).toEqual(audience);
        expect((await pages.getBySlug({ slug: created.slug })).audience).toEqual(audience);
        const signedIn = await pages.update({ id: created.id, data: { ...page('audience'), audience: { kind: 'signed-in' } }, previousVersion: created.version });
        expect((await pages.get({ id: created.id })).audience).toEqual({ kind: 'signed-in' });
        const cleared = await pages.update({ id: created.id, data: page('audience'), previousVersion: signedIn.version });
        expect(cleared.audience).toBeUndefined();
        const empty = await rejection(pages.create({ data: { ...page('no-groups'), audience: { kind: 'groups', groups: [] } } }));
        expect(empty.kind).toBe('validation');
        expect((empty.issues as Array<{ path: string }>).map((issue) => issue.path)).toContain('audience.groups');
      });

      test('customPages', 'rejects a read whose signal is aborted with an AbortError, not an adapter error', async () => {
        const error = await rejection(adapters.customPages!.list({ signal: abortedSignal() }));
        expect(error.name).toBe('AbortError');
        expect(error.kind).toBeUndefined();
      });
    });

    describe('tickets', () => {
      test('tickets', 'pages through the tickets sorted by last change, newest first, without overlap', async () => {
        const tickets = adapters.tickets!;
        const first = await tickets.list({ page: 1, perPage: 2 });
        const second = await tickets.list({ page: 2, perPage: 2 });
        expect(first.total).toBeGreaterThanOrEqual(3);
        expect(first.data).toHaveLength(2);
        const changed = [...first.data, ...second.data].map((ticket) => Date.parse(ticket.changedAt));
        expect(changed).toEqual([...changed].sort((a, b) => b - a));
        const ids = [...first.data, ...second.data].map((ticket) => ticket.id);
        expect(new Set(ids).size).toBe(ids.length);
      });

      test('tickets', 'sorts ascending when asked and filters by state type', async () => {
        const tickets = adapters.tickets!;
        const ascending = await tickets.list({ sort: { field: 'createdAt', order: 'asc' }, perPage: 10 });
        const created = ascending.data.map((ticket) => Date.parse(ticket.createdAt));
        expect(created).toEqual([...created].sort((a, b) => a - b));
        const stateType = ascending.data[0]!.stateType;
        const filtered = await tickets.list({ filter: { stateTypes: [stateType] }, perPage: 100 });
        expect(filtered.total).toBeGreaterThan(0);
        expect(filtered.data.every((ticket) => ticket.stateType === stateType)).toBe(true);
        const others = await tickets.list({ filter: { stateTypes: ['new', 'open', 'pending', 'closed'].filter((type) => type !== stateType) as never }, perPage: 1 });
        expect(filtered.total + others.total).toBe(ascending.total);
      });

      test('tickets', 'reads one ticket, and reports an unknown one as not found', async () => {
        const tickets = adapters.tickets!;
        const [ticket] = (await tickets.list({ perPage: 1 })).data;
        expect(await tickets.get({ id: ticket!.id })).toEqual(ticket);
        expect(await kindOf(tickets.get({ id: `missing-${run}` }))).toBe('not_found');
      });

      test('tickets', 'rejects an aborted read with an AbortError', async () => {
        expect((await rejection(adapters.tickets!.list({ signal: abortedSignal() }))).name).toBe('AbortError');
      });
    });

    describe('one-of-a-kind settings', () => {
      test('homePage', 'saves the home page with the current version and refuses a stale one', async () => {
        const homePage = adapters.homePage!;
        const current = await homePage.get({});
        const hero = (id: string) => ({ id: `${id}-${run}`, type: 'hero-unit', hidden: false, props: { image: null, overlay: 'gradient', content: { en: { title: 'Hello' }, ar: { title: 'مرحبا' } } } });
        // A block limited to an audience keeps it through the save.
        const blocks = [hero('hero'), { ...hero('gold-hero'), audience: { kind: 'groups' as const, groups: ['gold'] } }];
        const saved = await homePage.update({ data: { blocks }, previousVersion: current?.version ?? null });
        expect(saved.version).toBe((current?.version ?? 0) + 1);
        expect(saved.blocks).toEqual(blocks);
        expect(await homePage.get({})).toEqual(saved);
        const error = await rejection(homePage.update({ data: { blocks: [] }, previousVersion: current?.version ?? null }));
        expect(error.kind).toBe('conflict');
        expect(error.current).toMatchObject({ version: saved.version });
      });

      test('layout', 'saves layout settings with localized alt text, and refuses a stale version', async () => {
        const layout = adapters.layout!;
        const current = await layout.get({});
        const data = {
          logo: null,
          favicon: null,
          defaultAvatar: null,
          primaryColor: '#0b1f3a',
          accentColor: 'rebeccapurple',
          customCss: `.x-${run} { color: red }`,
          content: { en: { logoAlt: 'Acme' }, ar: { logoAlt: 'أكمي' } },
        };
        const saved = await layout.update({ data, previousVersion: current?.version ?? null });
        expect(saved).toMatchObject({ ...data, version: (current?.version ?? 0) + 1 });
        expect(await kindOf(layout.update({ data, previousVersion: current?.version ?? null }))).toBe('conflict');
      });

      test('scriptSettings', 'saves script settings and refuses a stale version', async () => {
        const scripts = adapters.scriptSettings!;
        const current = await scripts.get({});
        const data = {
          externalScripts: [{ id: `s-${run}`, url: 'https://chat.example.com/widget.js', async: true }],
          inlineScripts: [{ id: `i-${run}`, code: 'window.dataLayer = window.dataLayer || [];' }],
          additionalOrigins: { 'script-src': ['https://chat.example.com'] },
          allowUnsafeEval: false,
        };
        const saved = await scripts.update({ data, previousVersion: current?.version ?? null });
        expect(saved).toMatchObject(data);
        expect(await kindOf(scripts.update({ data, previousVersion: current?.version ?? null }))).toBe('conflict');
      });

      test('homePage', 'rejects an aborted read with an AbortError', async () => {
        expect((await rejection(adapters.homePage!.get({ signal: abortedSignal() }))).name).toBe('AbortError');
      });
    });

    describe('customer groups', () => {
      test('customerGroups', 'lists customer groups that pass the model’s schema, each id once, with a total', async () => {
        const result = await adapters.customerGroups!.list();
        expect(result.data.map((group) => validateRecord(CustomerGroupSchema, group)).filter((checked) => !checked.success)).toEqual([]);
        expect(new Set(result.data.map((group) => group.id)).size).toBe(result.data.length);
        expect(result.total).toBeGreaterThanOrEqual(result.data.length);
      });

      test('customerGroups', 'rejects an aborted read with an AbortError', async () => {
        expect((await rejection(adapters.customerGroups!.list({ signal: abortedSignal() }))).name).toBe('AbortError');
      });
    });

    describe('catalog', () => {
      const category = (title: string, parentId: string | null, order = 0, validity: CatalogCategoryInput['validity'] = 'valid'): CatalogCategoryInput => ({
        internalTitle: `${title} ${run}`,
        validity,
        parentId,
        order,
        content: { en: { name: `${title} ${run}` }, de: { name: `${title} (de) ${run}`, description: 'Beschreibung' } },
      });
      const item = (title: string, categoryIds: string[], validity: CatalogItemInput['validity'] = 'valid', order = 0): CatalogItemInput => ({
        internalTitle: `${title} ${run}`,
        validity,
        categoryIds,
        image: null,
        order,
        content: {
          en: { title: `${title} ${run}`, text: '<p>English text</p>', links: [{ label: 'Form', url: 'https://forms.example.com/x' }] },
          de: { title: `Zwiebelkuchen ${title} ${run}`, text: '<p>Deutscher Text</p>', links: [] },
        },
      });

      const tree = async () => {
        const catalog = adapters.catalog!;
        const root = await catalog.createCategory({ data: category('Root', null) });
        const child = await catalog.createCategory({ data: category('Child', root.id) });
        const grandchild = await catalog.createCategory({ data: category('Grandchild', child.id) });
        return { root, child, grandchild };
      };

      test('catalog', 'creates categories three levels deep and lists the children of one', async () => {
        const catalog = adapters.catalog!;
        const { root, child, grandchild } = await tree();
        expect(grandchild).toMatchObject({ parentId: child.id, version: 1 });
        expect(await catalog.getCategory({ id: child.id })).toEqual(child);
        const children = await catalog.listCategories({ filter: { parentId: root.id } });
        expect(children.data.map((record) => record.id)).toEqual([child.id]);
        expect(children.total).toBe(1);
      });

      test('catalog', 'lists an item in each of its categories and filters out invalid items for the portal', async () => {
        const catalog = adapters.catalog!;
        const { root, child } = await tree();
        const shared = await catalog.createItem({ data: item('Shared', [root.id, child.id]) });
        const hidden = await catalog.createItem({ data: item('Hidden', [child.id], 'invalid') });
        expect(shared.categoryIds).toEqual([root.id, child.id]);
        expect((await catalog.listItems({ filter: { categoryId: root.id } })).data.map((record) => record.id)).toEqual([shared.id]);
        const inChild = await catalog.listItems({ filter: { categoryId: child.id }, sort: { field: 'internalTitle', order: 'asc' } });
        expect(inChild.data.map((record) => record.id)).toEqual([hidden.id, shared.id]);
        const validInChild = await catalog.listItems({ filter: { categoryId: child.id, validity: ['valid'] } });
        expect(validInChild.data.map((record) => record.id)).toEqual([shared.id]);
        expect(validInChild.total).toBe(1);
      });

      test('catalog', 'finds items by text in the customer’s language', async () => {
        const catalog = adapters.catalog!;
        const { root } = await tree();
        const created = await catalog.createItem({ data: item('Findable', [root.id]) });
        const found = await catalog.listItems({ filter: { query: `zwiebelkuchen findable ${run}`, language: 'de', validity: ['valid'] } });
        expect(found.data.map((record) => record.id)).toEqual([created.id]);
        expect(found.data[0]!.content).toEqual(item('Findable', [root.id]).content);
      });

      test('catalog', 'pages items in display order', async () => {
        const catalog = adapters.catalog!;
        const { grandchild } = await tree();
        for (const order of [3, 1, 2]) await catalog.createItem({ data: item(`Ordered ${order}`, [grandchild.id], 'valid', order) });
        const first = await catalog.listItems({ filter: { categoryId: grandchild.id }, sort: { field: 'order', order: 'asc' }, page: 1, perPage: 2 });
        const second = await catalog.listItems({ filter: { categoryId: grandchild.id }, sort: { field: 'order', order: 'asc' }, page: 2, perPage: 2 });
        expect([...first.data, ...second.data].map((record) => record.order)).toEqual([1, 2, 3]);
        expect(first.total).toBe(3);
      });

      test('catalog', 'refuses stale writes to categories and items, and reports deleted ones as not found', async () => {
        const catalog = adapters.catalog!;
        const { root } = await tree();
        const created = await catalog.createItem({ data: item('Versioned', [root.id]) });
        const updated = await catalog.updateItem({ id: created.id, data: { ...item('Versioned', [root.id]), order: 9 }, previousVersion: created.version });
        expect(updated).toMatchObject({ order: 9, version: created.version + 1 });
        expect(await kindOf(catalog.updateItem({ id: created.id, data: item('Stale', [root.id]), previousVersion: created.version }))).toBe('conflict');
        expect(await kindOf(catalog.updateCategory({ id: root.id, data: category('Renamed', null), previousVersion: root.version + 5 }))).toBe('conflict');
        await catalog.deleteItem({ id: created.id, previousVersion: updated.version });
        expect(await kindOf(catalog.getItem({ id: created.id }))).toBe('not_found');
        expect(await kindOf(catalog.getCategory({ id: `missing-${run}` }))).toBe('not_found');
      });

      test('catalog', 'deleting a category moves its sub-categories up and removes it from its items', async () => {
        const catalog = adapters.catalog!;
        const { root, child, grandchild } = await tree();
        const created = await catalog.createItem({ data: item('Moved', [child.id, root.id]) });
        await catalog.deleteCategory({ id: child.id, previousVersion: child.version });
        expect(await kindOf(catalog.getCategory({ id: child.id }))).toBe('not_found');
        expect((await catalog.getCategory({ id: grandchild.id })).parentId).toBe(root.id);
        expect((await catalog.getItem({ id: created.id })).categoryIds).toEqual([root.id]);
      });

      test('catalog', 'keeps an item’s publish window and refuses one whose end is not after its start', async () => {
        const catalog = adapters.catalog!;
        const { root } = await tree();
        const window = { visibleFrom: '2026-04-03T00:00:00.000Z', visibleUntil: '2026-04-07T00:00:00.000Z' };
        const created = await catalog.createItem({ data: { ...item('Scheduled', [root.id]), ...window } });
        expect(await catalog.getItem({ id: created.id })).toMatchObject(window);
        const inverted = await rejection(catalog.createItem({ data: { ...item('Inverted', [root.id]), visibleFrom: window.visibleUntil, visibleUntil: window.visibleFrom } }));
        expect(inverted.kind).toBe('validation');
        expect((inverted.issues as Array<{ path: string }>).map((issue) => issue.path)).toContain('visibleUntil');
      });

      test('catalog', 'keeps an item’s audience and refuses an unknown audience kind', async () => {
        const catalog = adapters.catalog!;
        const { root } = await tree();
        const created = await catalog.createItem({ data: { ...item('For guests', [root.id]), audience: { kind: 'anonymous' } } });
        expect((await catalog.getItem({ id: created.id })).audience).toEqual({ kind: 'anonymous' });
        const listed = await catalog.listItems({ filter: { ids: [created.id] } });
        expect(listed.data[0]?.audience).toEqual({ kind: 'anonymous' });
        const unknown = await rejection(catalog.createItem({ data: { ...item('Unknown', [root.id]), audience: { kind: 'everyone' } as never } }));
        expect(unknown.kind).toBe('validation');
        expect((unknown.issues as Array<{ path: string }>).some((issue) => issue.path.startsWith('audience'))).toBe(true);
      });

      test('catalog', 'rejects an aborted read with an AbortError', async () => {
        expect((await rejection(adapters.catalog!.listItems({ signal: abortedSignal() }))).name).toBe('AbortError');
      });
    });

    describe('search', () => {
      test('search', 'finds valid pages in the customer’s language and never invalid ones', async () => {
        if (!adapters.customPages) return;
        const word = `quokka${run}`;
        const visible = await adapters.customPages.create({ data: { ...page('search-visible'), content: { en: { title: `Visible ${word}`, body: '<p>Body</p>' }, de: { title: `Sichtbar ${word}`, body: '<p>Text</p>' } } } });
        await adapters.customPages.create({ data: { ...page('search-hidden', 'invalid'), content: { en: { title: `Hidden ${word}`, body: '<p>Body</p>' } } } });
        const results = await adapters.search!.search({ query: word, language: 'de', limit: 10 });
        expect(results.data.map((result) => result.id)).toEqual([visible.id]);
        expect(results.data[0]).toMatchObject({ type: 'custom-page', title: `Sichtbar ${word}` });
        expect(results.data[0]!.href.length).toBeGreaterThan(0);
        expect(results.total).toBe(1);
      });

      test('search', 'never finds pages or items outside their publish window', async () => {
        const word = `wombat${run}`;
        const expired = { visibleUntil: '2001-01-01T00:00:00.000Z' };
        const scheduled = { visibleFrom: '2999-01-01T00:00:00.000Z' };
        const current = { visibleFrom: '2001-01-01T00:00:00.000Z', visibleUntil: '2999-01-01T00:00:00.000Z' };
        const shown: string[] = [];
        if (adapters.customPages) {
          const content = (title: string) => ({ en: { title: `${title} ${word}`, body: '<p>Body</p>' } });
          await adapters.customPages.create({ data: { ...page('search-expired'), content: content('Expired'), ...expired } });
          await adapters.customPages.create({ data: { ...page('search-scheduled'), content: content('Scheduled'), ...scheduled } });
          shown.push((await adapters.customPages.create({ data: { ...page('search-current'), content: content('Current'), ...current } })).id);
        }
        if (adapters.catalog) {
          const root = await adapters.catalog.createCategory({ data: { internalTitle: `Search ${run}`, validity: 'valid', parentId: null, order: 0, content: { en: { name: `Search ${run}` } } } });
          const entry = (title: string, window: object) => ({
            internalTitle: `${title} ${run}`,
            validity: 'valid' as const,
            categoryIds: [root.id],
            image: null,
            order: 0,
            content: { en: { title: `${title} ${word}`, text: '<p>Text</p>', links: [] } },
            ...window,
          });
          await adapters.catalog.createItem({ data: entry('Expired item', expired) });
          await adapters.catalog.createItem({ data: entry('Scheduled item', scheduled) });
          shown.push((await adapters.catalog.createItem({ data: entry('Current item', current) })).id);
        }
        const results = await adapters.search!.search({ query: word, language: 'en', limit: 10 });
        expect(results.data.map((result) => result.id).sort()).toEqual(shown.sort());
      });

      test('search', 'rejects an aborted search with an AbortError', async () => {
        expect((await rejection(adapters.search!.search({ query: 'x', language: 'en', signal: abortedSignal() }))).name).toBe('AbortError');
      });
    });

    describe('assets', () => {
      test('assets', 'uploads an image and returns a reference with URL, type, size and dimensions', async () => {
        const assets = adapters.assets!;
        const uploaded = await assets.upload({ file: new Blob([PNG_1X1], { type: 'image/png' }), name: `pixel-${run}.png` });
        expect(uploaded).toMatchObject({ mediaType: 'image/png', size: PNG_1X1.length, width: 1, height: 1 });
        expect(uploaded.url.length).toBeGreaterThan(0);
        expect(await assets.get({ id: uploaded.id })).toEqual(uploaded);
        expect(await kindOf(assets.get({ id: `missing-${run}` }))).toBe('not_found');
      });

      test('assets', 'refuses a file that is not an image with a validation error on `file`', async () => {
        const error = await rejection(adapters.assets!.upload({ file: new Blob(['<script>alert(1)</script>'], { type: 'text/html' }) }));
        expect(error.kind).toBe('validation');
        expect((error.issues as Array<{ path: string }>)[0]?.path).toBe('file');
      });
    });

    describeRevisionContract({
      test: (domains, title, body) =>
        it(
          title,
          async (context) => {
            if (domains.some((domain) => skipped(domain) || !adapters[domain])) context.skip();
            await body();
          },
          timeout,
        ),
      adapters: () => adapters,
      run: () => run,
      page: (slug) => page(slug),
    });
  });
}
