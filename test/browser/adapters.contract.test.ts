import { expect } from 'vitest';
import { createBrowserAdapters } from '../../src/adapters/index.js';
import { describeAdapterContract } from '../../src/testing/index.js';

let database = 0;
const prefix = `contract-chromium-${Date.now()}`;

// The same contract as in jsdom, against Chromium's real IndexedDB and BroadcastChannel.
describeAdapterContract(
  'browser adapters (Chromium IndexedDB)',
  async () => {
    database += 1;
    const adapters = createBrowserAdapters({ databaseName: `${prefix}-${database}` });
    expect(await adapters.ready).toEqual({ mode: 'persistent' });
    return adapters;
  },
  {
    cleanup: async (adapters) => {
      adapters.close();
      indexedDB.deleteDatabase(`${prefix}-${database}`);
    },
  },
);
