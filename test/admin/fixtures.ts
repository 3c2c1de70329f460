import { createMemoryAdapters } from '../../src/adapters/index.js';
import type { CustomPage, CustomPageInput } from '../../src/model/index.js';

let minute = 0;

/** A stored page for seeding, with sensible defaults. */
export function makePage(overrides: Partial<CustomPage> & { id: string }): CustomPage {
  minute += 1;
  return {
    version: 1,
    updatedAt: new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString(),
    internalTitle: `Page ${overrides.id}`,
    slug: `page-${overrides.id}`,
    validity: 'valid',
    content: { en: { title: `Title ${overrides.id}`, body: '<p>Body</p>' } },
    ...overrides,
  };
}

/** The bundled in-memory store with these pages, and levers to act "in another tab". */
export function setupPages(pages: CustomPage[] = []) {
  const adapters = createMemoryAdapters({ seed: { customPages: pages } });
  const customPages = adapters.customPages;
  return {
    adapters,
    customPages,
    /** Saves a change to a page as another tab would (its version goes up). */
    async editElsewhere(id: string, change: Partial<CustomPageInput>) {
      const stored = await customPages.get({ id });
      const { id: _id, version, updatedAt: _updatedAt, ...input } = stored;
      return customPages.update({ id, data: { ...input, ...change }, previousVersion: version });
    },
    /** Deletes a page as another tab would. */
    async deleteElsewhere(id: string) {
      const stored = await customPages.get({ id });
      await customPages.delete({ id, previousVersion: stored.version });
    },
    /** The calls of one method so far. */
    callsOf(method: string) {
      return adapters.control.calls.filter((call) => call.domain === 'customPages' && call.method === method);
    },
  };
}

/** The page shown in most editor tests: English and German. */
export const openingHours = makePage({
  id: 'p1',
  internalTitle: 'Opening hours',
  slug: 'opening-hours',
  validity: 'valid',
  content: {
    en: { title: 'Opening hours', body: '<p>We are open <strong>Monday to Friday</strong>.</p>' },
    de: { title: 'Öffnungszeiten', body: '<p>Wir haben <strong>Montag bis Freitag</strong> geöffnet.</p>' },
  },
});
