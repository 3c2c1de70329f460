import { openDB, type IDBPDatabase } from 'idb';
import { isAdapterError, UnavailableError } from '../errors.js';
import type { PortalSeed } from '../seed/types.js';
import {
  announcedId,
  assertSafeId,
  checkExpectedVersion,
  COLLECTIONS,
  seedRecords,
  type CollectionName,
  type RecordStorage,
  type StoredCollections,
} from './storage.js';

/** The schema version of the browser store's database; raise it with a migration in `upgrade`. */
export const DATABASE_VERSION = 2;

/** Options of {@link openIndexedDbStorage}. */
export interface IndexedDbStorageOptions {
  /** The IndexedDB database name. */
  databaseName: string;
  /** The content of a new database (called only when the database is created). */
  seed: () => PortalSeed;
  /** Another tab changed these records. */
  onRemoteChange: (collections: readonly CollectionName[], ids: readonly string[]) => void;
  /** Opening waits for another tab that keeps an older version of the database open. */
  onBlocked: () => void;
}

interface SyncMessage {
  collections: CollectionName[];
  ids: string[];
}

/** Turns what IndexedDB throws into an adapter error: `unavailable`, full storage said so. */
export function toStorageError(error: unknown): Error {
  if (isAdapterError(error)) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new UnavailableError('The browser has no room left to store the portal’s data', { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new UnavailableError(`The browser store failed${typeof name === 'string' ? ` (${name})` : ''}: ${detail}`, { cause: error });
}

/**
 * Records in IndexedDB, one object store per collection, seeded when the database is created.
 * Each tab keeps a read cache; writes check versions inside one transaction (so a stale write
 * from another tab is a conflict) and tell other tabs through a BroadcastChannel, whose
 * caches then reload.
 */
export async function openIndexedDbStorage(options: IndexedDbStorageOptions): Promise<RecordStorage> {
  let closed = false;
  const db: IDBPDatabase = await openDB(options.databaseName, DATABASE_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      // Version 2 added the `revisions` store; creating every missing store covers each step.
      for (const collection of COLLECTIONS) {
        if (!database.objectStoreNames.contains(collection)) database.createObjectStore(collection, { keyPath: 'id' });
      }
      if (oldVersion === 0) {
        const records = seedRecords(options.seed());
        for (const collection of COLLECTIONS) {
          const store = transaction.objectStore(collection);
          for (const record of records[collection]) void store.put(record);
        }
      }
    },
    blocked: () => options.onBlocked(),
    // A newer version of the app wants to upgrade the database: let it, instead of blocking it.
    blocking: (_current, _blocked, event) => {
      closed = true;
      (event.target as IDBDatabase).close();
    },
    terminated: () => {
      closed = true;
    },
  });

  const cache = new Map<CollectionName, Promise<Map<string, unknown>>>();
  const load = (collection: CollectionName) => {
    let loaded = cache.get(collection);
    if (!loaded) {
      loaded = (async () => {
        if (closed) throw new UnavailableError('The browser store was closed; reload the page');
        try {
          const records = (await db.getAll(collection)) as Array<{ id: string }>;
          return new Map<string, unknown>(records.map((record) => [record.id, record]));
        } catch (error) {
          throw toStorageError(error);
        }
      })();
      cache.set(collection, loaded);
      loaded.catch(() => cache.delete(collection));
    }
    return loaded;
  };

  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`helpdesk-portal-kit:${options.databaseName}`);
  (channel as { unref?: () => void } | undefined)?.unref?.();
  channel?.addEventListener('message', (event: MessageEvent<SyncMessage>) => {
    const { collections, ids } = event.data ?? { collections: [], ids: [] };
    const known = (collections ?? []).filter((collection) => COLLECTIONS.includes(collection));
    for (const collection of known) cache.delete(collection);
    if (known.length > 0) options.onRemoteChange(known, ids ?? []);
  });

  return {
    async getAll<Collection extends CollectionName>(collection: Collection) {
      return [...(await load(collection)).values()] as StoredCollections[Collection][];
    },
    async get<Collection extends CollectionName>(collection: Collection, id: string) {
      return (await load(collection)).get(id) as StoredCollections[Collection] | undefined;
    },
    async commit(changes) {
      if (changes.length === 0) return;
      for (const change of changes) assertSafeId(change.id);
      if (closed) throw new UnavailableError('The browser store was closed; reload the page');
      const collections = [...new Set(changes.map((change) => change.collection))];
      let transaction;
      try {
        transaction = db.transaction(collections, 'readwrite');
      } catch (error) {
        throw toStorageError(error);
      }
      try {
        for (const change of changes) {
          checkExpectedVersion((await transaction.objectStore(change.collection).get(change.id)) as object | undefined, change);
        }
        for (const change of changes) {
          const store = transaction.objectStore(change.collection);
          if (change.record === null) await store.delete(change.id);
          else await store.put(change.record);
        }
        await transaction.done;
      } catch (error) {
        try {
          transaction.abort();
        } catch {
          // already finished or aborted
        }
        transaction.done.catch(() => undefined);
        throw toStorageError(error);
      }
      for (const change of changes) {
        const table = cache.get(change.collection);
        if (!table) continue;
        void table.then((records) => {
          if (change.record === null) records.delete(change.id);
          else records.set(change.id, structuredClone(change.record));
        });
      }
      channel?.postMessage({ collections, ids: [...new Set(changes.map(announcedId))] } satisfies SyncMessage);
    },
    close() {
      closed = true;
      channel?.close();
      db.close();
    },
  };
}
