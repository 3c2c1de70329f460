// Seed-like home page content for stories and tests: several languages, one of each block.
import type { BlockEntry, HomePageConfig, Ticket, TicketStateType } from '../../../src/index.js';

const svg = (body: string, width = 1600, height = 600) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`)}`;

/** A bright landscape: light sky, pale hills. White text needs a scrim on it. */
export const heroImageUrl = svg(
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#bfe3ff"/><stop offset="1" stop-color="#f4f9ff"/></linearGradient></defs>` +
    `<rect width="1600" height="600" fill="url(#sky)"/><circle cx="1280" cy="150" r="80" fill="#fff6c8"/>` +
    `<path d="M0 420 Q400 300 800 400 T1600 380 V600 H0Z" fill="#9fd3a8"/><path d="M0 500 Q500 420 1000 500 T1600 480 V600 H0Z" fill="#6fb47c"/>`,
);

export const heroImage = { id: 'asset-hero', url: heroImageUrl, mediaType: 'image/svg+xml', size: 900, width: 1600, height: 600, name: 'hero.svg' };

const teaserImage = (id: string, color: string) => ({
  id,
  url: svg(`<rect width="800" height="450" fill="${color}"/><circle cx="400" cy="225" r="120" fill="#ffffff" opacity="0.5"/>`, 800, 450),
  mediaType: 'image/svg+xml',
  size: 300,
  width: 800,
  height: 450,
});

export const heroBlock: BlockEntry = {
  id: 'block-hero',
  type: 'hero-unit',
  hidden: false,
  props: {
    image: heroImage,
    overlay: 'dark-scrim',
    ctaHref: '/page/new-request',
    content: {
      en: { title: 'How can we help?', subtitle: 'Our service desk is here for you', text: 'Search the catalog, follow your tickets or contact us.', ctaLabel: 'Open a request', imageAlt: '' },
      de: { title: 'Wie können wir helfen?', subtitle: 'Unser Service-Desk ist für Sie da', text: 'Durchsuchen Sie den Katalog, verfolgen Sie Ihre Tickets oder schreiben Sie uns.', ctaLabel: 'Anfrage stellen', imageAlt: '' },
      fr: { title: 'Comment pouvons-nous vous aider ?', subtitle: 'Notre centre de services est là pour vous', ctaLabel: 'Faire une demande', imageAlt: '' },
      ar: { title: 'كيف يمكننا مساعدتك؟', subtitle: 'مكتب الخدمة هنا من أجلك', ctaLabel: 'تقديم طلب', imageAlt: '' },
    },
  },
};

export const ticketListBlock: BlockEntry = {
  id: 'block-tickets',
  type: 'ticket-list',
  hidden: false,
  props: { maxCount: 5, selection: 'recent', content: { en: { title: 'Your recent tickets' }, de: { title: 'Ihre letzten Tickets' } } },
};

export const teasersBlock: BlockEntry = {
  id: 'block-teasers',
  type: 'image-teasers',
  hidden: false,
  props: {
    teasers: [
      {
        id: 'teaser-vpn',
        image: teaserImage('asset-vpn', '#2b6cb0'),
        href: '/page/vpn',
        content: {
          en: { title: 'Working remotely', text: 'Set up the VPN in five minutes.', imageAlt: 'A laptop on a kitchen table' },
          de: { title: 'Mobil arbeiten', text: 'VPN in fünf Minuten einrichten.', imageAlt: 'Ein Laptop auf einem Küchentisch' },
        },
      },
      {
        id: 'teaser-hardware',
        image: teaserImage('asset-hardware', '#805ad5'),
        href: '/page/hardware',
        backgroundColor: '#1d3557',
        textColor: '#f1faee',
        content: { en: { title: 'New hardware', text: 'Order a laptop, a phone or a headset.', imageAlt: '' }, de: { title: 'Neue Hardware', text: 'Laptop, Telefon oder Headset bestellen.', imageAlt: '' } },
      },
      {
        id: 'teaser-status',
        image: null,
        href: 'https://status.example.com/',
        content: { en: { title: 'System status', text: 'See planned maintenance and outages.' }, fr: { title: 'État des systèmes', text: 'Maintenances prévues et incidents.' } },
      },
    ],
  },
};

export const linkListsBlock: BlockEntry = {
  id: 'block-links',
  type: 'link-lists',
  hidden: false,
  props: {
    lists: [
      {
        id: 'list-popular',
        content: { en: { title: 'Popular pages', showMoreLabel: 'All pages' }, de: { title: 'Beliebte Seiten', showMoreLabel: 'Alle Seiten' } },
        showMoreHref: '/pages',
        source: {
          type: 'manual',
          links: [
            { id: 'link-hours', href: '/page/opening-hours', content: { en: { label: 'Opening hours' }, de: { label: 'Öffnungszeiten' } } },
            { id: 'link-password', href: '/page/reset-password', content: { en: { label: 'Reset your password' }, de: { label: 'Passwort zurücksetzen' } } },
            { id: 'link-terms', href: 'https://example.com/terms', content: { en: { label: 'Terms of service' } } },
          ],
        },
      },
    ],
  },
};

export const contentCardsBlock: BlockEntry = {
  id: 'block-cards',
  type: 'content-cards',
  hidden: false,
  props: {
    cards: [
      { id: 'card-faq', readMoreHref: '/page/faq', content: { en: { title: 'Questions and answers', text: 'Quick answers to what most people ask.' }, de: { title: 'Fragen und Antworten', text: 'Schnelle Antworten auf häufige Fragen.' } } },
      { id: 'card-contact', readMoreHref: 'mailto:help@example.com', content: { en: { title: 'Contact', text: 'Write to us or call +49 30 1234567.', readMoreLabel: 'Write an e-mail' } } },
      { id: 'card-privacy', readMoreHref: '/page/privacy', content: { en: { title: 'Privacy', text: 'How we handle your data.' }, de: { title: 'Datenschutz', text: 'Wie wir mit Ihren Daten umgehen.' } } },
    ],
  },
};

/** A complete home page: one block of each type in the default order. */
export const homePageConfig: Pick<HomePageConfig, 'blocks'> = {
  blocks: [heroBlock, ticketListBlock, teasersBlock, linkListsBlock, contentCardsBlock],
};

export const demoCustomer = { id: 'customer-1', name: 'Nora Schmidt' };

/** "Now" for stories and tests, so relative times stay stable. */
export const fixedNow = new Date('2026-11-25T12:00:00Z');

const STATES: Array<[string, TicketStateType]> = [
  ['new', 'new'],
  ['open', 'open'],
  ['pending reminder', 'pending'],
  ['closed successful', 'closed'],
];
const SUBJECTS = ['Printer on floor 3 jams', 'VPN disconnects every hour', 'New laptop for onboarding', 'Password reset does not arrive', 'Access to the finance share', 'Headset crackles in calls'];

/** `count` tickets, changed one hour apart before {@link fixedNow}, states cycling. */
export function makeTickets(count: number): Ticket[] {
  return Array.from({ length: count }, (_, index) => {
    const [state, stateType] = STATES[index % STATES.length] ?? ['open', 'open'];
    const changed = new Date(fixedNow.getTime() - (index + 1) * 3_600_000 * 1.5).toISOString();
    return {
      id: `ticket-${index + 1}`,
      version: 1,
      number: String(2026112510000000 + index + 1),
      title: `${SUBJECTS[index % SUBJECTS.length] ?? 'Request'} (${index + 1})`,
      state,
      stateType,
      priority: '3 normal',
      queue: 'Service desk',
      createdAt: new Date(fixedNow.getTime() - (index + 48) * 3_600_000).toISOString(),
      changedAt: changed,
      unread: index % 5 === 1,
    };
  });
}
