import { UnavailableError } from './errors.js';
import { createDemoSeed } from './seed/demoSeed.js';
import type { PortalSeed } from './seed/types.js';
import { openIndexedDbStorage } from './store/indexedDbStorage.js';
import { createMemoryStorage } from './store/memoryStorage.js';
import { DOMAIN_OF, type RecordStorage } from './store/storage.js';
import { createStoreAdapters, type StoreOptions } from './store/storeAdapters.js';
import type { AdapterChange, AdapterDomain, CompletePortalAdapters, PersistenceInfo, StoragePersistence } from './types.js';

/** Options of {@link createBrowserAdapters}. */
export interface BrowserAdaptersOptions extends StoreOptions {
  /** The IndexedDB database; tabs using the same name share data and sync. @default 'helpdesk-portal-kit' */
  databaseName?: string | undefined;
  /**
   * The content of a new database (used once, when the database is created; also the content
   * of the memory fallback). `null` for an empty store.
   * @default createDemoSeed
   */
  seed?: PortalSeed | (() => PortalSeed) | null | undefined;
}

/** The browser-persistent store. */
export interface BrowserAdapters extends CompletePortalAdapters {
  /** Where the data is kept: IndexedDB, or memory when the browser refused storage. */
  persistence: PersistenceInfo;
  /** Resolves once the store knows where it keeps data. */
  ready: Promise<StoragePersistence>;
  /** Closes the database connection and the sync channel. */
  close(): void;
}

const isDenied = (error: unknown) => {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError';
};

/**
 * Adapters over IndexedDB: seeded on first run, kept across reloads, versions enforced (a stale
 * write is a `conflict`), and open tabs kept in sync through a BroadcastChannel (an edit in the
 * admin tab shows in the portal tab without reload). When the browser offers no IndexedDB or
 * refuses it (some private modes), the store keeps data in memory instead and says so through
 * `persistence` (the portal shows a notice). A full disk or an upgrade blocked by another tab
 * makes writes reject with `unavailable`.
 */
export function createBrowserAdapters(options: BrowserAdaptersOptions = {}): BrowserAdapters {
  const databaseName = options.databaseName ?? 'helpdesk-portal-kit';
  const seedOf = (): PortalSeed => {
    if (options.seed === undefined) return createDemoSeed();
    if (typeof options.seed === 'function') return options.seed();
    return options.seed ?? {};
  };

  const listeners = new Set<(change: AdapterChange) => void>();
  const emit = (change: AdapterChange) => {
    for (const listener of [...listeners]) listener(change);
  };

  let persistence: StoragePersistence = { mode: 'opening' };
  const persistenceListeners = new Set<() => void>();
  const setPersistence = (next: StoragePersistence) => {
    persistence = next;
    for (const listener of [...persistenceListeners]) listener();
  };

  let storage: RecordStorage | undefined;
  let blocked = false;
  let rejectBlocked: (error: Error) => void = () => undefined;
  const whenBlocked = new Promise<never>((_resolve, reject) => {
    rejectBlocked = reject;
  });
  whenBlocked.catch(() => undefined);
  const blockedError = () =>
    new UnavailableError('The browser store is waiting for another tab of this site to close', { retryAfter: 5 });

  const opening = (async (): Promise<RecordStorage> => {
    if (typeof indexedDB === 'undefined') {
      setPersistence({ mode: 'memory', reason: 'unsupported' });
      return createMemoryStorage(seedOf());
    }
    try {
      const opened = await openIndexedDbStorage({
        databaseName,
        seed: seedOf,
        onBlocked: () => {
          blocked = true;
          rejectBlocked(blockedError());
        },
        onRemoteChange: (collections, ids) => {
          const domains = new Set<AdapterDomain>(collections.map((collection) => DOMAIN_OF[collection]));
          for (const domain of domains) emit({ domain, ids, origin: 'remote' });
        },
      });
      blocked = false;
      setPersistence({ mode: 'persistent' });
      return opened;
    } catch (error) {
      setPersistence({ mode: 'memory', reason: isDenied(error) ? 'denied' : 'error' });
      return createMemoryStorage(seedOf());
    }
  })().then((chosen) => (storage = chosen));

  const getStorage = (): Promise<RecordStorage> => {
    if (storage) return Promise.resolve(storage);
    if (blocked) return Promise.reject(blockedError());
    return Promise.race([opening, whenBlocked]);
  };

  // The groups are not stored: they come from the seed each time (the host's list of the moment).
  let groups: PortalSeed['customerGroups'];
  let groupsRead = false;
  const seedGroups = () => {
    if (!groupsRead) [groups, groupsRead] = [options.customerGroups ?? seedOf().customerGroups, true];
    return groups;
  };
  const adapters = createStoreAdapters(getStorage, emit, options, seedGroups);
  return {
    ...adapters,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    persistence: {
      getSnapshot: () => persistence,
      subscribe(listener) {
        persistenceListeners.add(listener);
        return () => persistenceListeners.delete(listener);
      },
    },
    ready: opening.then(() => persistence),
    close() {
      void opening.then((chosen) => chosen.close?.());
    },
  };
}
