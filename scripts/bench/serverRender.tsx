// Measurements for `npm run bench` (scripts/bench/render.bench.mjs), run with NODE_ENV=production
// under `node --import tsx`: `renderToString` of the demo home page and of a custom page with
// rich text, with their data already in the query cache, next to a plain React render of 200
// rows, alternated round by round. Prints its figures on one line.
import { QueryClient } from '@tanstack/react-query';
import { createInstance } from 'i18next';
import { createRequire } from 'node:module';
import { Profiler, version, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { createDemoSeed, createMemoryAdapters } from '../../src/adapters/index.js';
import { CustomPage } from '../../src/portal/CustomPage/index.js';
import { HomePage } from '../../src/portal/HomePage/index.js';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
/** Renders per measurement: one `renderToString` takes well under a millisecond, too short to time alone; a hundred share out the garbage collector's pauses. */
const REPEAT = 100;
/** Renders of each page before the first measurement. */
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 300);
const customer = { id: 'demo-customer', name: 'Dana Weber', groups: ['Acme Corp'] };

/**
 * React's production build is the one in use: NODE_ENV says so, the modules Node loaded are the
 * `*.production.js` files, and <Profiler> (which only development and profiling builds call)
 * stays silent.
 */
function productionCheck() {
  const cache = createRequire(import.meta.url).cache;
  // Node's ESM loader also lists the development files it only scanned for exports: those are
  // never `loaded`.
  const loaded = Object.keys(cache).filter((file) => /[\\/]node_modules[\\/]react(-dom)?[\\/]cjs[\\/]/.test(file) && cache[file]?.loaded);
  let profilerCalls = 0;
  renderToString(
    <Profiler id="check" onRender={() => (profilerCalls += 1)}>
      <p>check</p>
    </Profiler>,
  );
  const production = process.env.NODE_ENV === 'production' && loaded.length > 0 && loaded.every((file) => file.includes('.production.'));
  return { production, reactModules: loaded.map((file) => file.slice(file.lastIndexOf('cjs') + 4)), profilerCalls };
}

/**
 * Fills the query cache as a server would before rendering: render, fetch every query the render
 * asked for, and again until a render asks for nothing new.
 */
async function loaded(ui: (client: QueryClient) => ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  for (let pass = 0; pass < 10; pass += 1) {
    renderToString(ui(client));
    const pending = client.getQueryCache().getAll().filter((query) => query.state.status === 'pending');
    if (pending.length === 0) return () => renderToString(ui(client));
    await Promise.all(pending.map((query) => query.fetch()));
  }
  throw new Error('The queries never settled');
}

function timed(render: () => string) {
  const start = performance.now();
  for (let index = 0; index < REPEAT; index += 1) render();
  return (performance.now() - start) / REPEAT;
}

const rows = Array.from({ length: 200 }, (_, index) => ({ id: `row-${index}`, title: `Ticket ${index + 1}: printer on floor ${index % 7} jams`, state: index % 3 ? 'open' : 'closed' }));
/** The baseline: a plain React table of 200 rows, no library code. */
const baseline = () =>
  renderToString(
    <table>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.title}</td>
            <td>{row.state}</td>
          </tr>
        ))}
      </tbody>
    </table>,
  );

/** The host's i18next instance, made once as the demo's is (without it every render makes one). */
const i18n = createInstance();
await i18n.init({ lng: 'en', fallbackLng: 'en', initAsync: false, resources: {} });
const adapters = createMemoryAdapters({ seed: createDemoSeed({ now: new Date('2026-11-25T12:00:00Z') }) });
const home = await loaded((client) => (
  <PortalProvider adapters={adapters} queryClient={client} customer={customer} i18n={i18n}>
    <HomePage />
  </PortalProvider>
));
const homeOwnI18n = await loaded((client) => (
  <PortalProvider adapters={adapters} queryClient={client} customer={customer}>
    <HomePage />
  </PortalProvider>
));
const page = await loaded((client) => (
  <PortalProvider adapters={adapters} queryClient={client} customer={customer} i18n={i18n}>
    <CustomPage slug="opening-hours" />
  </PortalProvider>
));

// What was rendered: the loaded pages, not their loading states.
const homeHtml = home();
const pageHtml = page();
const content = {
  homeBytes: homeHtml.length,
  homeBlocks: (homeHtml.match(/data-slot="home-page-block"/g) ?? []).length,
  homeTicketRows: (homeHtml.match(/data-slot="ticket-list-row"/g) ?? []).length,
  homeLoading: homeHtml.includes('data-slot="loading-state"'),
  pageBytes: pageHtml.length,
  pageTable: pageHtml.includes('<table'),
  pageLoading: pageHtml.includes('data-slot="loading-state"'),
};

const series: Record<'home' | 'homeOwnI18n' | 'page' | 'baseline', number[]> = { home: [], homeOwnI18n: [], page: [], baseline: [] };
// Warm-up: the JIT optimizes a render after some hundred runs of it, the baseline's small loop far
// sooner; 20 runs each (one round) left the pages' code half-optimized and their ratio too high.
for (let run = 0; run < WARM_UP; run += 1) {
  home();
  baseline();
  page();
  homeOwnI18n();
}
for (let round = 0; round <= ROUNDS; round += 1) {
  // Round 0 is not recorded either.
  const figures = { home: timed(home), baseline: timed(baseline), page: timed(page), homeOwnI18n: timed(homeOwnI18n) };
  if (round > 0) for (const key of ['home', 'homeOwnI18n', 'page', 'baseline'] as const) series[key].push(figures[key]);
}

console.log(`SERVER_RENDER_BENCH ${JSON.stringify({ react: version, ...productionCheck(), content, repeat: REPEAT, ...series })}`);
