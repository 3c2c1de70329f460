import { createBrowserAdapters } from '../src/adapters/index.js';

/**
 * The demo's data: the bundled browser-persistent store (IndexedDB, seeded with the demo
 * content on first visit, kept across reloads and in sync between tabs). Created once, before
 * the first render, as the library asks of adapters.
 */
export const demoAdapters = createBrowserAdapters({ databaseName: 'helpdesk-portal-demo' });
