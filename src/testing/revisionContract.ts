import { describe, expect } from 'vitest';
import type { AdapterDomain, PortalAdapters } from '../adapters/types.js';
import type { CatalogCategoryInput, CatalogItemInput } from '../model/catalog.js';
import type { CustomPageInput } from '../model/customPage.js';
import type { LayoutSettingsInput } from '../model/layout.js';
import type { ScriptSettingsInput } from '../model/scripts.js';

/** What the revision cases borrow from {@link describeAdapterContract}'s run. */
export interface RevisionContractContext {
  /** Registers a case that is skipped when one of `domains` is skipped or missing. */
  test: (domains: readonly AdapterDomain[], title: string, body: () => Promise<void>) => void;
  /** The adapters of the current case. */
  adapters: () => PortalAdapters;
  /** A suffix unique to the current case. */
  run: () => string;
  /** A valid page input with a unique slug. */
  page: (slug: string) => CustomPageInput;
}

const rejection = async (promise: Promise<unknown>): Promise<Record<string, unknown>> => {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('Expected the promise to reject');
};

/** The revision history cases of the adapter contract. */
export function describeRevisionContract({ test, adapters, run, page }: RevisionContractContext): void {
  describe('revisions', () => {
    const author = (name: string) => ({ id: `admin-${name.toLowerCase().replace(/\W+/g, '-')}-${run()}`, name });

    test(['customPages', 'revisions'], 'keeps a revision of every save, newest first, with author, time, snapshot and changed fields', async () => {
      const { customPages: pages, revisions } = adapters() as Required<PortalAdapters>;
      const ana = author('Ana Müller');
      const karim = author('كريم');
      const created = await pages.create({ data: page('history'), author: ana });
      const first = await revisions.list({ recordKind: 'customPage', recordId: created.id });
      expect(first.total).toBe(1);
      expect(first.data[0]).toMatchObject({ recordKind: 'customPage', recordId: created.id, version: 1, action: 'create', author: ana, changes: [] });
      expect(first.data[0]!.snapshot).toEqual(created);
      expect(first.data[0]!.savedAt).toBe(created.updatedAt);

      const input = page('history');
      const changed = { ...input, validity: 'invalid' as const, content: { ...input.content, de: { title: 'Geändert', body: '<p>Neu</p>' } } };
      const updated = await pages.update({ id: created.id, data: changed, previousVersion: created.version, author: karim });
      const history = await revisions.list({ recordKind: 'customPage', recordId: created.id });
      expect(history.total).toBe(2);
      expect(history.data.map((revision) => revision.version)).toEqual([2, 1]);
      expect(history.data[0]).toMatchObject({ action: 'update', author: karim, snapshot: updated });
      expect([...history.data[0]!.changes].sort()).toEqual(['content.de.body', 'content.de.title', 'validity']);
      expect(await revisions.get({ id: history.data[0]!.id })).toEqual(history.data[0]);
    });

    test(['customPages', 'revisions'], 'pages through a long history, newest first', async () => {
      const { customPages: pages, revisions } = adapters() as Required<PortalAdapters>;
      let current = await pages.create({ data: page('paged') });
      for (const validity of ['invalid', 'valid', 'invalid-temporarily'] as const) {
        current = await pages.update({ id: current.id, data: { ...page('paged'), validity }, previousVersion: current.version });
      }
      const second = await revisions.list({ recordKind: 'customPage', recordId: current.id, page: 2, perPage: 1 });
      expect(second.total).toBe(4);
      expect(second.data.map((revision) => revision.version)).toEqual([3]);
      expect((await revisions.list({ recordKind: 'customPage', recordId: `missing-${run()}` })).total).toBe(0);
    });

    test(['customPages', 'revisions'], 'restores an old revision as a new version and a new revision, leaving the history as it was', async () => {
      const { customPages: pages, revisions } = adapters() as Required<PortalAdapters>;
      const original = await pages.create({ data: page('restore') });
      const edited = await pages.update({
        id: original.id,
        data: { ...page('restore'), internalTitle: `Edited ${run()}`, content: { en: { title: 'Edited', body: '<p>Edited</p>' } } },
        previousVersion: original.version,
      });
      const [, oldest] = (await revisions.list({ recordKind: 'customPage', recordId: original.id })).data;
      const restorer = author('Zoë');
      const restored = await revisions.restore({ id: oldest!.id, previousVersion: edited.version, author: restorer });
      expect(restored).toMatchObject({ recordId: original.id, version: 3, action: 'restore', author: restorer, restoredFrom: { revisionId: oldest!.id, version: 1 } });
      expect(restored.changes).toContain('internalTitle');
      expect(restored.changes).toContain('content.de.title');

      const page3 = await pages.get({ id: original.id });
      expect(page3.version).toBe(3);
      expect(page3.content).toEqual(original.content);
      expect(page3.internalTitle).toBe(original.internalTitle);
      expect(restored.snapshot).toEqual(page3);

      const history = await revisions.list({ recordKind: 'customPage', recordId: original.id });
      expect(history.data.map((revision) => revision.version)).toEqual([3, 2, 1]);
      expect(await revisions.get({ id: oldest!.id })).toEqual(oldest);
    });

    test(['customPages', 'revisions'], 'refuses a restore based on a stale version with a conflict carrying the stored record', async () => {
      const { customPages: pages, revisions } = adapters() as Required<PortalAdapters>;
      const created = await pages.create({ data: page('stale') });
      const updated = await pages.update({ id: created.id, data: { ...page('stale'), validity: 'invalid' }, previousVersion: created.version });
      const [, first] = (await revisions.list({ recordKind: 'customPage', recordId: created.id })).data;
      const error = await rejection(revisions.restore({ id: first!.id, previousVersion: created.version }));
      expect(error.kind).toBe('conflict');
      expect(error.current).toMatchObject({ id: created.id, version: updated.version });
      expect(await pages.get({ id: created.id })).toEqual(updated);
      expect((await revisions.list({ recordKind: 'customPage', recordId: created.id })).total).toBe(2);
    });

    test(['customPages', 'revisions'], 'reports an unknown revision as not found, for reading and restoring', async () => {
      const { revisions } = adapters() as Required<PortalAdapters>;
      expect((await rejection(revisions.get({ id: `missing-${run()}` }))).kind).toBe('not_found');
      expect((await rejection(revisions.restore({ id: `missing-${run()}`, previousVersion: 1 }))).kind).toBe('not_found');
    });

    test(['homePage', 'revisions'], 'keeps a revision of every home page save and restores one', async () => {
      const { homePage, revisions } = adapters() as Required<PortalAdapters>;
      const block = (title: string) => ({ id: `hero-${run()}`, type: 'hero-unit', hidden: false, props: { image: null, overlay: 'gradient', content: { en: { title } } } });
      const current = await homePage.get({});
      const first = await homePage.update({ data: { blocks: [block('First')] }, previousVersion: current?.version ?? null });
      const second = await homePage.update({ data: { blocks: [block('Second')] }, previousVersion: first.version });
      const history = await revisions.list({ recordKind: 'homePage', recordId: second.id, perPage: 2 });
      expect(history.data.map((revision) => revision.version)).toEqual([second.version, first.version]);
      expect(history.data[0]!.changes).toEqual([`blocks.hero-${run()}.props.content.en.title`]);

      const restored = await revisions.restore({ id: history.data[1]!.id, previousVersion: second.version });
      expect(restored).toMatchObject({ recordKind: 'homePage', version: second.version + 1, action: 'restore' });
      expect((await homePage.get({}))?.blocks).toEqual([block('First')]);
    });

    const heroBlock = (title: string, hidden = false) => ({
      id: `hero-${run()}`,
      type: 'hero-unit',
      hidden,
      props: { image: null, overlay: 'gradient', content: { en: { title } } },
    });

    test(['homePage', 'revisions'], 'keeps a home page revision of every save with its author, time, snapshot and action', async () => {
      const { homePage, revisions } = adapters() as Required<PortalAdapters>;
      const ana = author('Ana Müller');
      const before = await homePage.get({});
      const saved = await homePage.update({ data: { blocks: [heroBlock('Welcome')] }, previousVersion: before?.version ?? null, author: ana });
      const [latest] = (await revisions.list({ recordKind: 'homePage', recordId: saved.id, perPage: 1 })).data;
      expect(latest).toMatchObject({ recordKind: 'homePage', recordId: saved.id, version: saved.version, action: before ? 'update' : 'create', author: ana });
      expect(latest!.snapshot).toEqual(saved);
      expect(latest!.savedAt).toBe(saved.updatedAt);
      expect(await revisions.get({ id: latest!.id })).toEqual(latest);

      const hidden = await homePage.update({ data: { blocks: [heroBlock('Welcome', true)] }, previousVersion: saved.version });
      const history = await revisions.list({ recordKind: 'homePage', recordId: saved.id, perPage: 2 });
      expect(history.data.map((revision) => revision.version)).toEqual([hidden.version, saved.version]);
      expect(history.data[0]).toMatchObject({ action: 'update', changes: [`blocks.hero-${run()}.hidden`], snapshot: hidden });
    });

    test(['homePage', 'revisions'], 'restores a home page revision as a new revision naming it, leaving the older revisions as they were', async () => {
      const { homePage, revisions } = adapters() as Required<PortalAdapters>;
      const before = await homePage.get({});
      const first = await homePage.update({ data: { blocks: [heroBlock('Original')] }, previousVersion: before?.version ?? null });
      const second = await homePage.update({ data: { blocks: [heroBlock('Edited'), { ...heroBlock('Second'), id: `hero-2-${run()}` }] }, previousVersion: first.version });
      const [edited, original] = (await revisions.list({ recordKind: 'homePage', recordId: first.id, perPage: 2 })).data;
      const restorer = author('Zoë');
      const restored = await revisions.restore({ id: original!.id, previousVersion: second.version, author: restorer });
      expect(restored).toMatchObject({
        recordKind: 'homePage',
        recordId: first.id,
        version: second.version + 1,
        action: 'restore',
        author: restorer,
        restoredFrom: { revisionId: original!.id, version: first.version },
      });
      expect(restored.changes).toContain(`blocks.hero-${run()}.props.content.en.title`);
      // The second block is gone again, and with it the order of the blocks changed.
      expect(restored.changes).toContain(`blocks.hero-2-${run()}.type`);
      expect(restored.changes).toContain('blocks');
      const stored = await homePage.get({});
      expect(stored).toEqual(restored.snapshot);
      expect(stored?.blocks).toEqual(first.blocks);
      const history = await revisions.list({ recordKind: 'homePage', recordId: first.id, perPage: 3 });
      expect(history.data.map((revision) => revision.version)).toEqual([restored.version, second.version, first.version]);
      expect(await revisions.get({ id: original!.id })).toEqual(original);
      expect(await revisions.get({ id: edited!.id })).toEqual(edited);
    });

    test(['homePage', 'revisions'], 'refuses a home page restore based on a stale version with a conflict carrying the stored home page', async () => {
      const { homePage, revisions } = adapters() as Required<PortalAdapters>;
      const before = await homePage.get({});
      const first = await homePage.update({ data: { blocks: [heroBlock('One')] }, previousVersion: before?.version ?? null });
      const second = await homePage.update({ data: { blocks: [heroBlock('Two')] }, previousVersion: first.version });
      const [, older] = (await revisions.list({ recordKind: 'homePage', recordId: first.id, perPage: 2 })).data;
      const error = await rejection(revisions.restore({ id: older!.id, previousVersion: first.version }));
      expect(error.kind).toBe('conflict');
      expect(error.current).toMatchObject({ id: first.id, version: second.version });
      expect(await homePage.get({})).toEqual(second);
      expect((await revisions.list({ recordKind: 'homePage', recordId: first.id, perPage: 1 })).data[0]!.version).toBe(second.version);
    });

    const category = (title: string, parentId: string | null = null): CatalogCategoryInput => ({
      internalTitle: `${title} ${run()}`,
      validity: 'valid',
      parentId,
      order: 0,
      content: { en: { name: `${title} ${run()}` } },
    });
    const item = (title: string, categoryIds: string[], text = '<p>English text</p>'): CatalogItemInput => ({
      internalTitle: `${title} ${run()}`,
      validity: 'valid',
      categoryIds,
      image: null,
      order: 0,
      content: { en: { title: `${title} ${run()}`, text, links: [] } },
    });

    test(['catalog', 'revisions'], 'keeps a revision of every catalog item and category create and update, and restores one as a new revision', async () => {
      const { catalog, revisions } = adapters() as Required<PortalAdapters>;
      const ana = author('Ana Müller');
      const created = await catalog.createCategory({ data: category('Hardware'), author: ana });
      const renamed = await catalog.updateCategory({ id: created.id, data: { ...category('Hardware'), content: { en: { name: `Devices ${run()}` } } }, previousVersion: 1 });
      const categoryHistory = await revisions.list({ recordKind: 'catalogCategory', recordId: created.id });
      expect(categoryHistory.data.map((revision) => [revision.version, revision.action])).toEqual([
        [2, 'update'],
        [1, 'create'],
      ]);
      expect(categoryHistory.data[1]).toMatchObject({ author: ana, snapshot: created, changes: [] });
      expect(categoryHistory.data[0]).toMatchObject({ snapshot: renamed, changes: ['content.en.name'] });

      const laptop = await catalog.createItem({ data: item('Laptop', [created.id]), author: ana });
      const edited = await catalog.updateItem({ id: laptop.id, data: item('Laptop', [created.id], '<p>New <strong>text</strong></p>'), previousVersion: 1 });
      const [, first] = (await revisions.list({ recordKind: 'catalogItem', recordId: laptop.id })).data;
      expect(first).toMatchObject({ action: 'create', author: ana, snapshot: laptop });
      const restorer = author('Zoë');
      const restored = await revisions.restore({ id: first!.id, previousVersion: edited.version, author: restorer });
      expect(restored).toMatchObject({ recordKind: 'catalogItem', recordId: laptop.id, version: 3, action: 'restore', author: restorer, restoredFrom: { revisionId: first!.id, version: 1 }, changes: ['content.en.text'] });
      const stored = await catalog.getItem({ id: laptop.id });
      expect(stored).toEqual(restored.snapshot);
      expect(stored.content).toEqual(laptop.content);

      const [, originalCategory] = categoryHistory.data;
      const restoredCategory = await revisions.restore({ id: originalCategory!.id, previousVersion: renamed.version });
      expect(restoredCategory).toMatchObject({ recordKind: 'catalogCategory', version: 3, action: 'restore', restoredFrom: { revisionId: originalCategory!.id, version: 1 } });
      expect((await catalog.getCategory({ id: created.id })).content).toEqual(created.content);
      expect((await revisions.list({ recordKind: 'catalogCategory', recordId: created.id })).data.map((revision) => revision.version)).toEqual([3, 2, 1]);
    });

    test(['catalog', 'revisions'], 'keeps the history of deleted catalog records, and of the records a category deletion changes', async () => {
      const { catalog, revisions } = adapters() as Required<PortalAdapters>;
      const parent = await catalog.createCategory({ data: category('Parent') });
      const doomed = await catalog.createCategory({ data: category('Doomed', parent.id) });
      const child = await catalog.createCategory({ data: category('Child', doomed.id) });
      const keeper = await catalog.createItem({ data: item('Keeper', [parent.id, doomed.id]) });
      const gone = await catalog.createItem({ data: item('Gone', [parent.id]) });

      await catalog.deleteCategory({ id: doomed.id, previousVersion: doomed.version });
      const childHistory = await revisions.list({ recordKind: 'catalogCategory', recordId: child.id });
      expect(childHistory.data.map((revision) => revision.version)).toEqual([2, 1]);
      expect(childHistory.data[0]).toMatchObject({ action: 'update', changes: ['parentId'] });
      expect(childHistory.data[0]!.snapshot).toMatchObject({ parentId: parent.id });
      const keeperHistory = await revisions.list({ recordKind: 'catalogItem', recordId: keeper.id });
      expect(keeperHistory.data[0]).toMatchObject({ version: 2, action: 'update', changes: ['categoryIds'] });
      expect((await revisions.list({ recordKind: 'catalogCategory', recordId: doomed.id })).data.map((revision) => revision.snapshot)).toEqual([doomed]);

      await catalog.deleteItem({ id: gone.id, previousVersion: gone.version });
      const goneHistory = await revisions.list({ recordKind: 'catalogItem', recordId: gone.id });
      expect(goneHistory.total).toBe(1);
      expect(goneHistory.data[0]!.snapshot).toEqual(gone);
      // A restore writes onto the record: a deleted one is not found, and nothing is written.
      expect((await rejection(revisions.restore({ id: goneHistory.data[0]!.id, previousVersion: gone.version }))).kind).toBe('not_found');
      expect((await revisions.list({ recordKind: 'catalogItem', recordId: gone.id })).total).toBe(1);
    });

    test(['catalog', 'revisions'], 'refuses a catalog item restore based on a stale version with a conflict', async () => {
      const { catalog, revisions } = adapters() as Required<PortalAdapters>;
      const home = await catalog.createCategory({ data: category('Stale home') });
      const created = await catalog.createItem({ data: item('Stale', [home.id]) });
      const updated = await catalog.updateItem({ id: created.id, data: item('Stale', [home.id], '<p>Changed</p>'), previousVersion: 1 });
      const [, first] = (await revisions.list({ recordKind: 'catalogItem', recordId: created.id })).data;
      const error = await rejection(revisions.restore({ id: first!.id, previousVersion: created.version }));
      expect(error.kind).toBe('conflict');
      expect(error.current).toMatchObject({ id: created.id, version: updated.version });
      expect(await catalog.getItem({ id: created.id })).toEqual(updated);
    });

    const layoutInput = (color: string): LayoutSettingsInput => ({
      logo: null,
      favicon: null,
      defaultAvatar: null,
      primaryColor: color,
      accentColor: 'rebeccapurple',
      customCss: `.history-${run()} { color: red }`,
      content: { en: { logoAlt: 'Acme' } },
    });
    const scriptsInput = (url: string): ScriptSettingsInput => ({
      externalScripts: [{ id: `s-${run()}`, url }],
      inlineScripts: [],
      additionalOrigins: { 'script-src': ['https://chat.example.com'] },
    });

    // Built when a case runs: `run()` is the case's own suffix.
    const settingsCases = [
      {
        kind: 'layout',
        domain: 'layout',
        first: () => layoutInput('#0b1f3a'),
        second: () => layoutInput('#7a1f1f'),
        changed: () => 'primaryColor',
      },
      {
        kind: 'scriptSettings',
        domain: 'scriptSettings',
        first: () => scriptsInput('https://chat.example.com/one.js'),
        second: () => scriptsInput('https://chat.example.com/two.js'),
        changed: () => `externalScripts.s-${run()}.url`,
      },
    ] as const;

    for (const settings of settingsCases) {
      test([settings.domain, 'revisions'], `keeps a ${settings.kind} revision of every save, restores one as a new revision, and refuses a stale restore`, async () => {
        const all = adapters() as Required<PortalAdapters>;
        const { revisions } = all;
        const adapter = all[settings.domain] as { get: (params: object) => Promise<{ id: string; version: number } | null>; update: (params: object) => Promise<{ id: string; version: number }> };
        const ana = author('Ana Müller');
        const before = await adapter.get({});
        const first = await adapter.update({ data: settings.first(), previousVersion: before?.version ?? null, author: ana });
        const second = await adapter.update({ data: settings.second(), previousVersion: first.version });
        const history = await revisions.list({ recordKind: settings.kind, recordId: first.id, perPage: 2 });
        expect(history.data.map((revision) => revision.version)).toEqual([second.version, first.version]);
        expect(history.data[1]).toMatchObject({ recordKind: settings.kind, action: before ? 'update' : 'create', author: ana, snapshot: first });
        expect(history.data[0]!.changes).toEqual([settings.changed()]);

        const stale = await rejection(revisions.restore({ id: history.data[1]!.id, previousVersion: first.version }));
        expect(stale.kind).toBe('conflict');
        const restored = await revisions.restore({ id: history.data[1]!.id, previousVersion: second.version });
        expect(restored).toMatchObject({ recordKind: settings.kind, version: second.version + 1, action: 'restore', restoredFrom: { revisionId: history.data[1]!.id, version: first.version } });
        const stored = await adapter.get({});
        expect(stored).toEqual(restored.snapshot);
        expect(stored).toMatchObject(settings.first());
      });
    }
  });
}
