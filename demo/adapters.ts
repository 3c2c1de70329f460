import { createBrowserAdapters, createHttpAdapters, type PortalAdapters } from '../src/adapters/index.js';

const api = import.meta.env.VITE_PORTAL_API_URL as string | undefined;
const adminToken = import.meta.env.VITE_PORTAL_ADMIN_TOKEN as string | undefined;

/**
 * The demo's data. By default the bundled browser-persistent store (IndexedDB, seeded with the
 * demo content on first visit, kept across reloads and in sync between tabs). Under
 * `npm run start:server` the reference backend instead, over the HTTP contract: the demo's
 * sign-in is simulated, so it uses the admin token for every route (portal components still
 * show valid records only). Created once, before the first render, as the library asks.
 */
export const demoAdapters: PortalAdapters = api
  ? createHttpAdapters({ baseUrl: api, access: 'admin', getToken: () => adminToken })
  : createBrowserAdapters({ databaseName: 'helpdesk-portal-demo' });
