import { createDemoSeed, type PortalSeed } from '../src/adapters/index.js';

/**
 * The demo's seed: its content (pages, home page, layout, catalog) dated as of `contentTime`, its
 * tickets as of now. The build prerenders the home page from the content as of the build
 * (prerender.tsx) and the browser store is seeded with that same content, so the store's first
 * answers equal what the page was rendered from.
 */
export function demoSeed(contentTime: Date = new Date()): PortalSeed {
  const content = createDemoSeed({ now: contentTime });
  return { ...content, tickets: createDemoSeed().tickets };
}
