import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { HomePageEditor, type HomePageEditorProps } from '../../../src/admin/index.js';
import type { HomePageConfig } from '../../../src/model/index.js';
import { renderPortal, type PortalRenderOptions } from '../../render.js';

/** A stored home page with every block type. */
export function makeHomePage(): HomePageConfig {
  return {
    id: 'home',
    version: 1,
    updatedAt: '2026-11-20T09:00:00.000Z',
    blocks: [
      { id: 'hero', type: 'hero-unit', hidden: false, props: { image: null, overlay: 'dark-scrim', backgroundColor: '#1f3a5f', content: { en: { title: 'How can we help?' }, de: { title: 'Wie können wir helfen?' } } } },
      { id: 'tickets', type: 'ticket-list', hidden: false, props: { maxCount: 5, selection: 'recent', content: {} } },
      {
        id: 'teasers',
        type: 'image-teasers',
        hidden: false,
        props: { teasers: [{ id: 't1', image: null, href: '/page/vpn', content: { en: { title: 'Set up VPN' }, de: { title: 'VPN einrichten' } } }] },
      },
      {
        id: 'links',
        type: 'link-lists',
        hidden: false,
        props: { lists: [{ id: 'l1', content: { en: { title: 'Popular' } }, source: { type: 'manual', links: [{ id: 'k1', href: '/page/faq', content: { en: { label: 'FAQ' } } }] } }] },
      },
      {
        id: 'cards',
        type: 'content-cards',
        hidden: false,
        props: {
          cards: [
            { id: 'c1', content: { en: { title: 'Opening hours', text: 'Mon–Fri' } } },
            { id: 'c2', content: { en: { title: 'Contact', text: 'Call us' } } },
          ],
        },
      },
    ],
  };
}

/** The in-memory store with that home page, and a lever to change it "in another tab". */
export function setupHome(homePage: HomePageConfig | null = makeHomePage()) {
  const adapters = createMemoryAdapters({ seed: { homePage } });
  return {
    adapters,
    async editElsewhere(change: (config: HomePageConfig) => HomePageConfig['blocks']) {
      const stored = await adapters.homePage.get({});
      if (!stored) throw new Error('nothing stored');
      return adapters.homePage.update({ data: { blocks: change(stored) }, previousVersion: stored.version });
    },
    updates() {
      return adapters.control.calls.filter((call) => call.domain === 'homePage' && call.method === 'update');
    },
  };
}

/** Renders the editor over `adapters` as a host's `PortalProvider` would. */
export function renderHomeEditor(adapters: ReturnType<typeof setupHome>['adapters'], props: Partial<HomePageEditorProps> = {}, options: PortalRenderOptions = {}) {
  const user = userEvent.setup();
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const view = renderPortal(<HomePageEditor onSaved={onSaved} onClose={onClose} {...props} />, { ...options, provider: { adapters, ...options.provider } });
  return { user, onSaved, onClose, ...view };
}
