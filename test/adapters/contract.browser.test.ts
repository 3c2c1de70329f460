import 'fake-indexeddb/auto';
import { expect } from 'vitest';
import { createBrowserAdapters } from '../../src/adapters/index.js';
import { describeAdapterContract } from '../../src/testing/index.js';

let database = 0;

describeAdapterContract(
  'browser adapters (IndexedDB via fake-indexeddb)',
  async () => {
    database += 1;
    const adapters = createBrowserAdapters({ databaseName: `contract-jsdom-${database}` });
    // The suite must exercise IndexedDB, not the memory fallback.
    expect(await adapters.ready).toEqual({ mode: 'persistent' });
    return adapters;
  },
  { cleanup: (adapters) => adapters.close() },
);
