import type * as idb from 'idb';
import { describe, expect, it, vi } from 'vitest';

// A blocked upgrade: another tab keeps an older version of the database open and never lets
// go. `openDB` then reports `blocked` and does not settle; the stub reproduces exactly that.
vi.mock('idb', async (importOriginal) => ({
  ...(await importOriginal<typeof idb>()),
  openDB: vi.fn((_name: string, _version: number, callbacks: { blocked?: () => void }) => {
    queueMicrotask(() => callbacks.blocked?.());
    return new Promise(() => undefined);
  }),
}));

describe('createBrowserAdapters while another tab blocks the upgrade', () => {
  it('rejects reads and writes with `unavailable` instead of hanging', async () => {
    vi.stubGlobal('indexedDB', {});
    const { createBrowserAdapters } = await import('../../src/adapters/index.js');
    const adapters = createBrowserAdapters({ databaseName: 'blocked' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(adapters.customPages.getBySlug({ slug: 'opening-hours' })).rejects.toMatchObject({ kind: 'unavailable', retryAfter: 5 });
    await expect(
      adapters.layout.update({
        data: { logo: null, favicon: null, defaultAvatar: null, primaryColor: '#000', accentColor: '#fff', customCss: '', content: {} },
        previousVersion: 1,
      }),
    ).rejects.toMatchObject({ kind: 'unavailable' });
    expect(adapters.persistence.getSnapshot()).toEqual({ mode: 'opening' });
    vi.unstubAllGlobals();
  });
});
