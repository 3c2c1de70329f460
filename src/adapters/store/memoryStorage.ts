import type { PortalSeed } from '../seed/types.js';
import { assertSafeId, checkExpectedVersion, COLLECTIONS, seedRecords, type CollectionName, type RecordStorage, type StoredCollections } from './storage.js';

type Tables = { [Collection in CollectionName]: Map<string, StoredCollections[Collection]> };

/** Records kept in plain maps: for tests, stories and the fallback when a browser refuses storage. */
export function createMemoryStorage(seed: PortalSeed = {}): RecordStorage {
  const records = seedRecords(seed);
  const tables = Object.fromEntries(
    COLLECTIONS.map((collection) => [
      collection,
      new Map((records[collection] as readonly { id: string }[]).map((record) => [String(record?.id), structuredClone(record)])),
    ]),
  ) as unknown as Tables;

  return {
    async getAll(collection) {
      return [...tables[collection].values()];
    },
    async get(collection, id) {
      return tables[collection].get(id);
    },
    async commit(changes) {
      for (const change of changes) assertSafeId(change.id);
      for (const change of changes) checkExpectedVersion(tables[change.collection].get(change.id), change);
      for (const change of changes) {
        const table = tables[change.collection] as Map<string, unknown>;
        if (change.record === null) table.delete(change.id);
        else table.set(change.id, structuredClone(change.record));
      }
    },
  };
}
