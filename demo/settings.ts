import { PSEUDO_LOCALE, type PortalCustomer } from '../src/index.js';
import { API_CONFIG_META } from './apiConfig.js';
import type { PrerenderGateKeys } from './prerenderGate.js';

/** The languages the demo offers (the library's bundled ones). */
export const demoLanguages = ['en', 'de', 'fr', 'ar'] as const;
/** A language of the demo, or the pseudo-locale. */
export type DemoLanguage = (typeof demoLanguages)[number] | typeof PSEUDO_LOCALE;

/**
 * `?pseudo=1` in the address adds the pseudo-locale `en-XA` (English accented, bracketed and
 * about 40 % longer, made at run time) to the language switcher: a testing aid for layouts that
 * cannot grow and strings that are not translated. Without it the switcher is unchanged.
 */
export const pseudoLocaleEnabled = typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('pseudo') === '1';

/** The switcher's languages: the demo's, and the pseudo-locale with `?pseudo=1`. */
export const switcherLanguages: readonly DemoLanguage[] = pseudoLocaleEnabled ? [...demoLanguages, PSEUDO_LOCALE] : demoLanguages;

/** Each language's name in itself, for the language switcher. */
export const languageNames: Record<DemoLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  ar: 'العربية',
  [PSEUDO_LOCALE]: 'Pseudo (en-XA)',
};

/** The customer the simulated sign-in signs in: of Acme Corp with the Gold service level (the demo seed's groups), so signing in shows the Gold support page, the roaming item and the welcome block. */
export const demoCustomer: PortalCustomer = { id: 'demo-customer', name: 'Dana Weber', groups: ['acme', 'gold'] };

const LANGUAGE_KEY = 'helpdesk-portal-demo:language';
const SIGNED_IN_KEY = 'helpdesk-portal-demo:signed-in';
const EDITED_KEY = 'helpdesk-portal-demo:edited';

export const isDemoLanguage = (value: unknown): value is DemoLanguage =>
  typeof value === 'string' && (switcherLanguages as readonly string[]).includes(value);

// Storage can be unavailable (private mode, blocked cookies): the demo then simply forgets.
function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not persisted; the choice still applies until the page is reloaded.
  }
}

/**
 * The language to start in: `?lang=` in the address (a shareable link), then the last choice
 * stored in this browser, then the browser's preferred languages, then English.
 */
export function initialLanguage(): DemoLanguage {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isDemoLanguage(fromUrl)) return fromUrl;
  const stored = read(LANGUAGE_KEY);
  if (isDemoLanguage(stored)) return stored;
  const preferred = navigator.languages.map((tag) => tag.split('-')[0]).find(isDemoLanguage);
  return preferred ?? 'en';
}

export function storeLanguage(language: DemoLanguage): void {
  write(LANGUAGE_KEY, language);
}

/** Whether the simulated customer was signed in when the page was last used. */
export function initialSignedIn(): boolean {
  return read(SIGNED_IN_KEY) === 'true';
}

export function storeSignedIn(signedIn: boolean): void {
  write(SIGNED_IN_KEY, String(signedIn));
}

/**
 * Remembers that this browser's store was written to (any save in the portal or the admin
 * area): its content may differ from the seed's, so the home page rendered into the built
 * index.html no longer fits it. Clearing the site's data forgets both.
 */
export function storeEdited(): void {
  write(EDITED_KEY, 'true');
}

/** What the prerender gate reads (see prerenderGate.ts): the keys above, the languages, English. */
export const prerenderGateKeys: PrerenderGateKeys = {
  languageKey: LANGUAGE_KEY,
  signedInKey: SIGNED_IN_KEY,
  editedKey: EDITED_KEY,
  languages: demoLanguages,
  language: 'en',
  apiMeta: API_CONFIG_META,
};
