import { createBrowserAdapters, createHttpAdapters, type PortalAdapters } from '../src/adapters/index.js';
import { demoApiConfig, type DemoApiConfig } from './apiConfig.js';

/** The backend the demo runs against, if any: named by the server at run time, else at build time. */
export const demoApi: DemoApiConfig | undefined = demoApiConfig(document, {
  VITE_PORTAL_API_URL: import.meta.env.VITE_PORTAL_API_URL as string | undefined,
  VITE_PORTAL_ADMIN_TOKEN: import.meta.env.VITE_PORTAL_ADMIN_TOKEN as string | undefined,
  VITE_PORTAL_CUSTOMER_TOKEN: import.meta.env.VITE_PORTAL_CUSTOMER_TOKEN as string | undefined,
});

function backendAdapters({ url, adminToken, customerToken }: DemoApiConfig): PortalAdapters {
  // The demo's sign-in is simulated, so it holds the admin token and reads every route as the
  // admin (portal components still show valid records only); the ticket routes get the
  // customer's token, as they would in a real portal.
  const admin = createHttpAdapters({ baseUrl: url, access: 'admin', getToken: () => adminToken });
  const customer = createHttpAdapters({ baseUrl: url, getToken: () => customerToken ?? adminToken });
  return { ...admin, tickets: customer.tickets };
}

/**
 * The demo's data. By default the bundled browser-persistent store (IndexedDB, seeded with the
 * demo content on first visit, kept across reloads and in sync between tabs). Against the
 * reference backend (`npm run serve:demo -- --api <url>`, or `npm run start:server`) the HTTP
 * adapters over its contract instead. Created once, before the first render, as the library asks.
 */
export const demoAdapters: PortalAdapters = demoApi ? backendAdapters(demoApi) : createBrowserAdapters({ databaseName: 'helpdesk-portal-demo' });
