import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDemoSeed, createMemoryAdapters } from '../../src/adapters/index.js';
import { describeAdapterContract } from '../../src/testing/index.js';
import { openDatabase } from '../../server/db/database.js';
import { MIGRATIONS } from '../../server/db/migrations.js';
import { createSqliteStore, seedDatabase } from '../../server/store/sqliteStore.js';
import { sortKey } from '../../server/store/text.js';

const folders: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'hpk-store-'));
  folders.push(path);
  return path;
};
afterAll(() => {
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

function openStore(directory = folder(), seed = createDemoSeed()) {
  const { db, created, migrated } = openDatabase(join(directory, 'portal.sqlite'));
  if (created && seed) seedDatabase(db, seed);
  const store = createSqliteStore(db, { assetsDirectory: join(directory, 'assets'), assetUrl: (id) => `/portal/assets/${id}/file` });
  return { db, store, created, migrated, directory };
}

// The SQLite store itself passes the suite every bundled store passes.
describeAdapterContract('SQLite store of the reference backend', () => openStore().store);

describe('the SQLite store', () => {
  describe('given a new database file', () => {
    it('runs every migration once and records the schema version; reopening runs none', () => {
      const first = openStore();
      expect(first.created).toBe(true);
      expect(first.migrated).toEqual(MIGRATIONS.map((migration) => migration.name));
      expect(first.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      first.db.close();
      const again = openStore(first.directory);
      expect(again.created).toBe(false);
      expect(again.migrated).toEqual([]);
      again.db.close();
    });

    it('refuses a database whose schema is newer than the server', () => {
      const { db, directory } = openStore();
      db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      db.close();
      expect(() => openDatabase(join(directory, 'portal.sqlite'))).toThrow(/newer than this server knows/);
    });

    it('holds exactly the demo seed the in-browser stores start with', async () => {
      const now = new Date('2026-11-25T12:00:00Z');
      const { store } = openStore(folder(), createDemoSeed({ now }));
      const memory = createMemoryAdapters({ seed: createDemoSeed({ now }) });
      const all = { perPage: 1000 };
      expect(await store.customPages.list(all)).toEqual(await memory.customPages.list(all));
      expect(await store.catalog.listItems(all)).toEqual(await memory.catalog.listItems(all));
      expect(await store.catalog.listCategories(all)).toEqual(await memory.catalog.listCategories(all));
      expect(await store.tickets.list(all)).toEqual(await memory.tickets.list(all));
      expect(await store.homePage.get({})).toEqual(await memory.homePage.get({}));
      expect(await store.layout.get({})).toEqual(await memory.layout.get({}));
    });
  });

  describe('when it filters, sorts and searches', () => {
    it('answers like the memory store for the same questions over the demo seed', async () => {
      const now = new Date('2026-11-25T12:00:00Z');
      const { store } = openStore(folder(), createDemoSeed({ now }));
      const memory = createMemoryAdapters({ seed: createDemoSeed({ now }) });
      const questions = [
        { filter: { query: 'VPN' } },
        { filter: { validity: ['valid' as const] }, sort: { field: 'slug' as const, order: 'desc' as const } },
        { sort: { field: 'updatedAt' as const, order: 'asc' as const }, page: 2, perPage: 2 },
      ];
      // Each question finds something, so equal answers are not two empty lists.
      const same = async <Result extends { total: number }>(ours: Promise<Result>, theirs: Promise<Result>) => {
        const expected = await theirs;
        expect(expected.total).toBeGreaterThan(0);
        expect(await ours).toEqual(expected);
      };
      for (const question of questions) await same(store.customPages.list(question), memory.customPages.list(question));
      const itemQuestions = [
        { filter: { query: 'laptop' } },
        { filter: { query: 'passwort', language: 'de', validity: ['valid' as const] } },
        { filter: { categoryIds: ['cat-computers', 'cat-licences'] }, sort: { field: 'internalTitle' as const, order: 'desc' as const } },
        { sort: { field: 'order' as const, order: 'asc' as const }, page: 3, perPage: 7 },
      ];
      for (const question of itemQuestions) await same(store.catalog.listItems(question), memory.catalog.listItems(question));
      for (const question of [{ filter: { parentId: null } }, { filter: { query: 'hardware' } }]) {
        await same(store.catalog.listCategories(question), memory.catalog.listCategories(question));
      }
      for (const question of [{ filter: { stateTypes: ['open' as const, 'new' as const] } }, { filter: { unread: true } }, { sort: { field: 'number' as const, order: 'asc' as const } }]) {
        await same(store.tickets.list(question), memory.tickets.list(question));
      }
      for (const [query, language] of [['vpn', 'en'], ['passwort', 'de'], ['imprimante', 'fr'], ['الطباعة', 'ar']] as const) {
        await same(store.search.search({ query, language, limit: 20 }), memory.search.search({ query, language, limit: 20 }));
      }
    });

    it('sorts titles case- and accent-insensitively, numbers by value', () => {
      const titles = ['item 10', 'Item 9', 'Éclair', 'eclair 2', 'apple'];
      expect([...titles].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))).toEqual(['apple', 'Éclair', 'eclair 2', 'Item 9', 'item 10']);
    });

    it('treats quotes, percent signs and SQL in filters as text to look for', async () => {
      const { store } = openStore(folder(), {});
      const created = await store.customPages.create({
        data: { internalTitle: "Robert'); DROP TABLE custom_pages;-- 100%", slug: 'bobby', validity: 'valid', content: { en: { title: 'x', body: '' } } },
      });
      expect((await store.customPages.list({ filter: { query: "'); drop table" } })).data.map((page) => page.id)).toEqual([created.id]);
      expect((await store.customPages.list({ filter: { query: '100%' } })).total).toBe(1);
      expect((await store.customPages.list({ filter: { query: '%' } })).total).toBe(1);
      expect((await store.customPages.list({ filter: { query: '#' } })).total).toBe(0);
      expect((await store.customPages.list({})).total).toBe(1);
    });
  });

  describe('given files left behind by a crash between writing a file and recording it', () => {
    it('removes them when it opens, and keeps the files of recorded assets', async () => {
      const first = openStore(folder(), {});
      const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
      const asset = await first.store.assets.upload({ file: new Blob([png], { type: 'image/png' }) });
      writeFileSync(join(first.directory, 'assets', 'orphan.png'), png);
      writeFileSync(join(first.directory, 'assets', 'half-written.png.partial'), png.subarray(0, 10));
      first.db.close();
      const again = openStore(first.directory);
      expect(readdirSync(join(first.directory, 'assets'))).toEqual([again.store.assetFile(asset.id)!.path.split('/').pop()]);
      again.db.close();
    });
  });
});
