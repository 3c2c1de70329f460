import { useState, type ReactNode } from 'react';
import { createMemoryAdapters, type MemoryAdapters, type PortalSeed } from '../../../src/adapters/index.js';
import { createPortalQueryClient, PortalDataProvider } from '../../../src/data/index.js';
import type { CatalogCategory, CatalogItem, CustomPage, HomePageConfig, LayoutSettings } from '../../../src/model/index.js';

const stored = { version: 1, updatedAt: '2026-11-20T09:00:00.000Z' };

/** Two pages (one complete in en/de, one with an empty German body and no French), as stored. */
export const translationPages: CustomPage[] = [
  {
    ...stored,
    id: 'hours',
    internalTitle: 'Opening hours',
    slug: 'opening-hours',
    validity: 'valid',
    content: { en: { title: 'Opening hours', body: '<p>Mon–Fri</p>' }, de: { title: 'Öffnungszeiten', body: '<p>Mo–Fr</p>' } },
  },
  {
    ...stored,
    id: 'privacy',
    internalTitle: 'Privacy',
    slug: 'privacy',
    validity: 'valid',
    content: { en: { title: 'Privacy', body: '<p>We care.</p>' }, de: { title: 'Datenschutz', body: '<p></p>' } },
  },
];

/** A hero translated into English only, and a ticket list without a title (nothing to translate). */
export const translationHomePage: HomePageConfig = {
  ...stored,
  id: 'home',
  blocks: [
    { id: 'hero', type: 'hero-unit', hidden: false, props: { image: null, overlay: 'none', content: { en: { title: 'Welcome' } } } },
    { id: 'tickets', type: 'ticket-list', hidden: false, props: { maxCount: 5, selection: 'recent', content: {} } },
  ],
};

export const translationCategories: CatalogCategory[] = [
  { ...stored, id: 'hardware', internalTitle: 'Hardware', validity: 'valid', parentId: null, order: 0, content: { en: { name: 'Hardware' }, de: { name: 'Hardware' }, fr: { name: 'Matériel' } } },
];

export const translationItems: CatalogItem[] = [
  {
    ...stored,
    id: 'laptop',
    internalTitle: 'New laptop',
    validity: 'valid',
    categoryIds: ['hardware'],
    image: null,
    order: 0,
    content: { en: { title: 'New laptop', text: '<p>Order one.</p>', links: [] }, de: { title: 'Neuer Laptop', text: '<p> </p>', links: [] } },
  },
];

export const translationLayout: LayoutSettings = {
  ...stored,
  id: 'layout',
  logo: null,
  favicon: null,
  defaultAvatar: null,
  primaryColor: '#0b1f3a',
  accentColor: '#ffeb3b',
  customCss: '',
  content: { en: { logoAlt: 'Acme' }, de: { logoAlt: 'Acme' }, fr: { logoAlt: 'Acme' } },
};

/** The whole seed of the translation status view's tests and stories. */
export const translationSeed = {
  customPages: translationPages,
  homePage: translationHomePage,
  catalogCategories: translationCategories,
  catalogItems: translationItems,
  layout: translationLayout,
};

/**
 * Fresh in-memory adapters over `seed` per story render, set up by `prepare` (latency, faults),
 * below the toolbar's language. Reads are not retried, so an error story shows its error at once.
 */
export function WithTranslationContent({ seed = translationSeed, prepare, children }: { seed?: PortalSeed; prepare?: (adapters: MemoryAdapters) => void; children: ReactNode }) {
  const [adapters] = useState(() => {
    const created = createMemoryAdapters({ seed });
    prepare?.(created);
    return created;
  });
  const [queryClient] = useState(() => createPortalQueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <PortalDataProvider adapters={adapters} queryClient={queryClient}>
      {children}
    </PortalDataProvider>
  );
}
