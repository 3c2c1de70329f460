import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogCategorySchema, CatalogItemSchema, CustomPageSchema } from '../../src/model/index.js';
import { ADMIN_TOKEN, call, startTestServer } from './harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = 12;
const BRANCHES = 6;

const folders: string[] = [];
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Starts `npm run server`'s entry as its own process and resolves with its URL. */
function spawnServer(dataDirectory: string): Promise<{ url: string; process: ChildProcess }> {
  const process_ = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--data', dataDirectory, '--seed', 'none'], {
    cwd: ROOT,
    env: { ...process.env, PORTAL_ADMIN_TOKEN: ADMIN_TOKEN, PORTAL_LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = process_;
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, process: process_ });
      }
    };
    process_.stdout!.on('data', read);
    process_.stderr!.on('data', read);
    process_.on('exit', (code) => reject(new Error(`The server exited (${code}):\n${output}`)));
  });
}

const generationOf = (text: string) => Number(/g(\d+)\b/.exec(text)?.[1] ?? Number.NaN);

const pageAt = (index: number, generation: number) => ({
  internalTitle: `Crash page ${index} g${generation}`,
  slug: `crash-${index}-g${generation}`,
  validity: generation % 2 === 0 ? 'valid' : 'invalid-temporarily',
  content: {
    en: { title: `English g${generation}`, body: `<p>Body g${generation}</p>` },
    de: { title: `Deutsch g${generation}`, body: `<p>Text g${generation}</p>` },
  },
});

describe('given the server is killed in the middle of a batch of writes', () => {
  it('every record in the database is either fully as it was or fully as written, and no acknowledged write is lost', async () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), 'hpk-crash-'));
    folders.push(dataDirectory);
    const { url, process: server } = await spawnServer(dataDirectory);
    const target = { url };
    const post = async (path: string, body: unknown) => {
      const response = await call(target, 'POST', path, { body });
      expect(response.status, response.text).toBe(201);
      return response.json as { id: string; version: number };
    };

    // Records to write to: pages, and a tree root → branch → leaf with an item in root and branch.
    const pages: Array<{ id: string; version: number }> = [];
    for (let index = 0; index < PAGES; index += 1) pages.push(await post('/admin/custom-pages', pageAt(index, 0)));
    const category = (name: string, parentId: string | null) => ({ internalTitle: name, validity: 'valid', parentId, order: 0, content: { en: { name } } });
    const root = await post('/admin/catalog/categories', category('Root', null));
    const branches: Array<{ branch: { id: string; version: number }; leaf: { id: string }; item: { id: string } }> = [];
    for (let index = 0; index < BRANCHES; index += 1) {
      const branch = await post('/admin/catalog/categories', category(`Branch ${index}`, root.id));
      const leaf = await post('/admin/catalog/categories', category(`Leaf ${index}`, branch.id));
      const item = await post('/admin/catalog/items', {
        internalTitle: `Item ${index}`,
        validity: 'valid',
        categoryIds: [branch.id, root.id],
        image: null,
        order: index,
        content: { en: { title: `Item ${index}`, text: '', links: [] } },
      });
      branches.push({ branch, leaf, item });
    }

    // The load: every page rewritten again and again by its own writer, and now and then a
    // category deleted (which rewrites its sub-category and its item in the same transaction).
    const acknowledged = new Array<number>(PAGES).fill(0);
    const attempted = new Array<number>(PAGES).fill(0);
    const deleted = new Set<string>();
    let writes = 0;
    let nextBranch = 0;
    let killed = false;
    const writer = async (index: number) => {
      while (!killed) {
        const generation = attempted[index]! + 1;
        attempted[index] = generation;
        try {
          const response = await fetch(`${url}/admin/custom-pages/${pages[index]!.id}`, {
            method: 'PUT',
            headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json', 'if-match': `"${generation}"` },
            body: JSON.stringify(pageAt(index, generation)),
          });
          if (response.status !== 200) throw new Error(`PUT answered ${response.status}: ${await response.text()}`);
          acknowledged[index] = generation;
          writes += 1;
          if (writes % 25 === 0 && nextBranch < BRANCHES - 1) void removeBranch(nextBranch++);
        } catch (error) {
          if (killed) return;
          throw error;
        }
      }
    };
    const removeBranch = async (index: number) => {
      const { branch } = branches[index]!;
      const response = await fetch(`${url}/admin/catalog/categories/${branch.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'if-match': `"${branch.version}"` },
      }).catch(() => undefined);
      if (response?.status === 204) deleted.add(branch.id);
    };
    const load = Promise.all(pages.map((_, index) => writer(index)));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (writes >= 200) {
          clearInterval(poll);
          resolve();
        }
      }, 2);
    });
    killed = true;
    server.kill('SIGKILL');
    await new Promise((resolve) => server.once('exit', resolve));
    await load;

    // What survived.
    const db = new Database(join(dataDirectory, 'portal.sqlite'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);

      const pageRows = db.prepare('SELECT id, slug, version, validity, data FROM custom_pages').all() as Array<{ id: string; slug: string; version: number; validity: string; data: string }>;
      expect(pageRows).toHaveLength(PAGES);
      let unacknowledgedButStored = 0;
      for (const row of pageRows) {
        const page = v.parse(CustomPageSchema, JSON.parse(row.data));
        const index = pages.findIndex((created) => created.id === page.id);
        const generation = generationOf(page.internalTitle);
        // Every field of the record comes from the same write…
        expect(page).toMatchObject({ ...pageAt(index, generation), version: generation + 1 });
        // …and so do the columns derived from it.
        expect(row).toMatchObject({ slug: page.slug, version: page.version, validity: page.validity });
        // No write the server acknowledged is missing; nothing appears that was never sent.
        expect(generation).toBeGreaterThanOrEqual(acknowledged[index]!);
        expect(generation).toBeLessThanOrEqual(attempted[index]!);
        if (generation > acknowledged[index]!) unacknowledgedButStored += 1;
      }
      // At most the writes in flight at the kill were applied without an answer.
      expect(unacknowledgedButStored).toBeLessThanOrEqual(PAGES);

      const categories = new Map(
        (db.prepare('SELECT id, parent_id, version, data FROM catalog_categories').all() as Array<{ id: string; parent_id: string | null; version: number; data: string }>).map((row) => {
          const record = v.parse(CatalogCategorySchema, JSON.parse(row.data));
          expect(row).toMatchObject({ id: record.id, parent_id: record.parentId, version: record.version });
          return [row.id, record];
        }),
      );
      const itemCategories = db.prepare('SELECT category_id FROM catalog_item_categories WHERE item_id = ? ORDER BY position');
      let removed = 0;
      for (const { branch, leaf, item: created } of branches) {
        const item = v.parse(CatalogItemSchema, JSON.parse((db.prepare('SELECT data FROM catalog_items WHERE id = ?').get(created.id) as { data: string }).data));
        expect((itemCategories.all(item.id) as Array<{ category_id: string }>).map((row) => row.category_id)).toEqual(item.categoryIds);
        const child = categories.get(leaf.id)!;
        if (categories.has(branch.id)) {
          // Not deleted: nothing of the deletion happened.
          expect(deleted.has(branch.id)).toBe(false);
          expect(child).toMatchObject({ parentId: branch.id, version: 1 });
          expect(item).toMatchObject({ categoryIds: [branch.id, root.id], version: 1 });
        } else {
          // Deleted: all of it happened.
          removed += 1;
          expect(child).toMatchObject({ parentId: root.id, version: 2 });
          expect(item).toMatchObject({ categoryIds: [root.id], version: 2 });
        }
      }
      expect(removed).toBeGreaterThanOrEqual(deleted.size);
      expect(deleted.size).toBeGreaterThan(0);
    } finally {
      db.close();
    }

    // The server starts again on the same files and serves them.
    const restarted = await startTestServer({ dataDirectory });
    try {
      expect((await call(restarted, 'GET', '/admin/custom-pages?perPage=100')).json.total).toBe(PAGES);
    } finally {
      await restarted.close();
    }
  });
});
