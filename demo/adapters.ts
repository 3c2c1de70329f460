import { createBrowserAdapters, createHttpAdapters, createMemoryAdapters, type PortalAdapters, type SimulationControl } from '../src/adapters/index.js';
import { demoApiConfig, type DemoApiConfig } from './apiConfig.js';
import { readPrerenderState } from './prerenderState.js';
import { demoSeed } from './seed.js';

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
 * `?faults=1`: the demo against the in-memory store with two seconds' latency, every call failing
 * as `unavailable` until the faults are lifted, so each part of a page shows its loading and then
 * its error-with-retry state. Lift them from the browser's console with
 * `portalDemoFaults.clearFaults()`, then press "Try again". Without the parameter the demo is unchanged.
 */
function faultAdapters(): PortalAdapters {
  const adapters = createMemoryAdapters({ latency: 2000 });
  adapters.control.failNext(Infinity, 'unavailable');
  Object.assign(window, { portalDemoFaults: adapters.control satisfies SimulationControl });
  return adapters;
}

const faults = !demoApi && new URLSearchParams(window.location.search).get('faults') === '1';

/**
 * The demo's data. By default the bundled browser-persistent store (IndexedDB, seeded with the
 * demo content on first visit, kept across reloads and in sync between tabs). Against the
 * reference backend (`npm run serve:demo -- --api <url>`, or `npm run start:server`) the HTTP
 * adapters over its contract instead; with `?faults=1` the slow, failing memory store above.
 * Created once, before the first render, as the library asks. The store's content is dated as
 * the build's prerendered home page is (see seed.ts).
 */
export const demoAdapters: PortalAdapters = demoApi
  ? backendAdapters(demoApi)
  : faults
    ? faultAdapters()
    : createBrowserAdapters({
        databaseName: 'helpdesk-portal-demo',
        seed: () => {
          const seedTime = readPrerenderState(document)?.seedTime;
          return demoSeed(seedTime ? new Date(seedTime) : undefined);
        },
      });
