import { useState, type ReactNode } from 'react';
import { createMemoryAdapters, type CustomerGroupAdapter, type MemoryAdapters } from '../../../src/adapters/index.js';
import { PortalDataProvider } from '../../../src/index.js';
import type { HomePageConfig } from '../../../src/model/index.js';

/** A stored home page with every block type, in English and German. */
export const storyHomePage: HomePageConfig = {
  id: 'home',
  version: 1,
  updatedAt: '2026-11-20T09:00:00.000Z',
  blocks: [
    { id: 'hero', type: 'hero-unit', hidden: false, props: { image: null, overlay: 'dark-scrim', backgroundColor: '#1f3a5f', ctaHref: '/page/contact', content: { en: { title: 'How can we help?', subtitle: 'Search, browse or ask us', ctaLabel: 'Contact us' }, de: { title: 'Wie können wir helfen?', ctaLabel: 'Kontakt' } } } },
    { id: 'tickets', type: 'ticket-list', hidden: false, props: { maxCount: 5, selection: 'recent', content: {} } },
    { id: 'teasers', type: 'image-teasers', hidden: false, props: { teasers: [{ id: 't1', image: null, href: '/page/vpn', backgroundColor: '#fff3c4', content: { en: { title: 'Set up VPN', text: 'Work from anywhere' }, de: { title: 'VPN einrichten' } } }] } },
    { id: 'links', type: 'link-lists', hidden: false, props: { lists: [{ id: 'l1', content: { en: { title: 'Popular' }, de: { title: 'Beliebt' } }, source: { type: 'manual', links: [{ id: 'k1', href: '/page/faq', content: { en: { label: 'FAQ' }, de: { label: 'Häufige Fragen' } } }] } }] } },
    { id: 'cards', type: 'content-cards', hidden: false, props: { cards: [{ id: 'c1', content: { en: { title: 'Opening hours', text: 'Mon–Fri, 8–18' } } }, { id: 'c2', content: { en: { title: 'Contact', text: 'Call +49 30 1234' } } }] } },
  ],
};

/** Fresh in-memory adapters with the story home page per render, set up by `prepare` (latency, faults). */
export function WithHomePage({
  homePage = storyHomePage,
  prepare,
  customerGroups,
  children,
}: {
  homePage?: HomePageConfig;
  prepare?: (adapters: MemoryAdapters) => void;
  /** The host's customer groups, for audiences; none by default. */
  customerGroups?: CustomerGroupAdapter;
  children: ReactNode;
}) {
  const [adapters] = useState(() => {
    const created = createMemoryAdapters({ seed: { homePage } });
    prepare?.(created);
    return created;
  });
  const [withGroups] = useState(() => (customerGroups ? { ...adapters, customerGroups } : adapters));
  return <PortalDataProvider adapters={withGroups}>{children}</PortalDataProvider>;
}
