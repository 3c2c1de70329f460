import { createDemoSeed, type PortalSeed } from '../src/adapters/index.js';
import { createTickets, seededRandom } from '../src/adapters/seed/demoSeed.js';

/**
 * The demo's seed: its content (pages, home page, layout, catalog) dated as of `contentTime`, its
 * tickets as of now (as `createDemoSeed` makes them). The build prerenders the home page from the
 * content as of the build (prerender.tsx) and the browser store is seeded with that same
 * content, so the store's first answers equal what the page was rendered from.
 */
export function demoSeed(contentTime: Date = new Date()): PortalSeed {
  return { ...createDemoSeed({ now: contentTime }), tickets: createTickets(new Date(), 60, seededRandom(2026)) };
}
