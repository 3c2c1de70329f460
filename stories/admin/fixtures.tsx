import { useState, type ReactNode } from 'react';
import { createMemoryAdapters, type CustomerGroupAdapter, type MemoryAdapters } from '../../src/adapters/index.js';
import { PortalDataProvider } from '../../src/data/index.js';
import type { CustomPage } from '../../src/model/index.js';

/** Pages the admin stories start with. */
export const storyPages: CustomPage[] = [
  {
    id: 'opening-hours',
    version: 3,
    updatedAt: '2026-11-20T09:30:00.000Z',
    internalTitle: 'Opening hours',
    slug: 'opening-hours',
    validity: 'valid',
    content: {
      en: { title: 'Opening hours', body: '<p>We are open <strong>Monday to Friday</strong>, 8:00–18:00.</p><ul><li>Phone: <a href="tel:+49301234567">+49 30 1234567</a></li></ul>' },
      de: { title: 'Öffnungszeiten', body: '<p>Wir haben <strong>Montag bis Freitag</strong> von 8 bis 18 Uhr geöffnet.</p>' },
      fr: { title: 'Horaires', body: '' },
    },
  },
  {
    id: 'terms',
    version: 1,
    updatedAt: '2026-10-02T14:00:00.000Z',
    internalTitle: 'Terms of service',
    slug: 'terms',
    validity: 'invalid',
    content: { en: { title: 'Terms of service', body: '<h2>Scope</h2><p>These terms apply to every request.</p>' } },
  },
  {
    id: 'holidays',
    version: 2,
    updatedAt: '2026-11-24T17:05:00.000Z',
    internalTitle: 'Holiday notice 2026',
    slug: 'holidays-2026',
    validity: 'invalid-temporarily',
    content: { en: { title: 'Holidays', body: '<p>Closed from 24 to 26 December.</p>' }, de: { title: 'Feiertage', body: '<p>Vom 24. bis 26. Dezember geschlossen.</p>' } },
  },
];

/** Many pages, for paging. */
export function manyPages(count: number): CustomPage[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `page-${index}`,
    version: 1,
    updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString(),
    internalTitle: `Knowledge article ${String(index + 1).padStart(4, '0')}`,
    slug: `article-${index + 1}`,
    validity: (['valid', 'invalid', 'invalid-temporarily'] as const)[index % 3] ?? 'valid',
    content: { en: { title: `Article ${index + 1}`, body: '<p>Text</p>' } },
  }));
}

/** Fresh in-memory adapters per story render, set up by `prepare` (latency, faults). */
export function WithAdapters({
  pages = storyPages,
  prepare,
  customerGroups,
  children,
}: {
  pages?: CustomPage[];
  prepare?: (adapters: MemoryAdapters) => void;
  /** The host's customer groups, for audiences; none by default. */
  customerGroups?: CustomerGroupAdapter;
  children: (adapters: MemoryAdapters) => ReactNode;
}) {
  const [adapters] = useState(() => {
    const created = createMemoryAdapters({ seed: { customPages: pages } });
    prepare?.(created);
    return created;
  });
  const [withGroups] = useState(() => (customerGroups ? { ...adapters, customerGroups } : adapters));
  return <PortalDataProvider adapters={withGroups}>{children(adapters)}</PortalDataProvider>;
}
