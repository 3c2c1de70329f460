import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserAdapters, createDemoSeed, type AdapterChange, type BrowserAdapters } from '../../src/adapters/index.js';

let counter = 0;
const open: BrowserAdapters[] = [];
const createTab = (databaseName: string, options: Parameters<typeof createBrowserAdapters>[0] = {}) => {
  const tab = createBrowserAdapters({ databaseName, ...options });
  open.push(tab);
  return tab;
};
const freshName = () => `browser-test-${(counter += 1)}`;

const editable = async (tab: BrowserAdapters, slug = 'opening-hours') => {
  const { id, version, updatedAt: _updatedAt, ...data } = await tab.customPages.getBySlug({ slug });
  return { id, version, data };
};

describe('createBrowserAdapters', () => {
  afterEach(() => {
    for (const tab of open.splice(0)) tab.close();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('seeds a new database once and keeps its data across reloads', async () => {
    const name = freshName();
    const seed = vi.fn(() => createDemoSeed());
    const first = createTab(name, { seed });
    expect(await first.ready).toEqual({ mode: 'persistent' });
    const { id, version, data } = await editable(first);
    await first.customPages.update({ id, data: { ...data, internalTitle: 'Renamed before reload' }, previousVersion: version });
    first.close();

    const reloaded = createTab(name, { seed });
    expect((await reloaded.customPages.get({ id })).internalTitle).toBe('Renamed before reload');
    expect(seed).toHaveBeenCalledTimes(1);
  });

  it('shows an edit made in one tab in another tab without reload', async () => {
    const name = freshName();
    const admin = createTab(name);
    const portal = createTab(name);
    await Promise.all([admin.ready, portal.ready]);
    expect((await portal.customPages.getBySlug({ slug: 'opening-hours' })).content.en?.title).toBe('Opening hours');

    const changes: AdapterChange[] = [];
    const received = new Promise<void>((resolve) => {
      portal.subscribe((change) => {
        changes.push(change);
        resolve();
      });
    });
    const { id, version, data } = await editable(admin);
    await admin.customPages.update({ id, data: { ...data, content: { ...data.content, en: { title: 'Opening hours (winter)', body: '<p>New</p>' } } }, previousVersion: version });
    await received;

    // The save kept a revision too: the page's history is announced by the page's id.
    expect(changes).toEqual([
      { domain: 'customPages', ids: [id], origin: 'remote' },
      { domain: 'revisions', ids: [id], origin: 'remote' },
    ]);
    expect((await portal.customPages.getBySlug({ slug: 'opening-hours' })).content.en?.title).toBe('Opening hours (winter)');
  });

  it('refuses a write based on a version another tab has replaced', async () => {
    const name = freshName();
    const first = createTab(name);
    const second = createTab(name);
    const fromFirst = await editable(first);
    const fromSecond = await editable(second);
    const saved = await first.customPages.update({ id: fromFirst.id, data: { ...fromFirst.data, internalTitle: 'First wins' }, previousVersion: fromFirst.version });
    const error = await second.customPages
      .update({ id: fromSecond.id, data: { ...fromSecond.data, internalTitle: 'Second loses' }, previousVersion: fromSecond.version })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'conflict', current: { version: saved.version, internalTitle: 'First wins' } });
  });

  it('falls back to memory, and says so, when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const tab = createTab(freshName());
    expect(await tab.ready).toEqual({ mode: 'memory', reason: 'unsupported' });
    expect(tab.persistence.getSnapshot()).toEqual({ mode: 'memory', reason: 'unsupported' });
    expect((await tab.tickets.list({})).total).toBe(60);
  });

  it('falls back to memory when the browser refuses to open the database (private mode)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const tab = createTab(freshName());
    const updates: string[] = [];
    tab.persistence.subscribe(() => updates.push(tab.persistence.getSnapshot().mode));
    expect(await tab.ready).toEqual({ mode: 'memory', reason: 'denied' });
    expect(updates).toEqual(['memory']);
    const { id, version, data } = await editable(tab);
    await expect(tab.customPages.update({ id, data, previousVersion: version })).resolves.toMatchObject({ version: version + 1 });
  });

  it('rejects a write with `unavailable` when the storage is full, and keeps the stored record', async () => {
    const tab = createTab(freshName());
    await tab.ready;
    const { id, version, data } = await editable(tab);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await tab.customPages.update({ id, data: { ...data, internalTitle: 'Too big' }, previousVersion: version }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('no room left') });
    put.mockRestore();
    expect((await tab.customPages.get({ id })).version).toBe(version);
    await expect(tab.customPages.update({ id, data, previousVersion: version })).resolves.toMatchObject({ version: version + 1 });
  });
});
