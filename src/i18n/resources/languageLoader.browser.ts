// The browser twin of `languageLoader.ts` (chosen by the package.json `browser` field): English,
// the fallback of every lookup, is bundled; German, French and Arabic load in a chunk each the
// first time a portal shows that language, so a page in English never downloads them. Same
// exports as `languageLoader.ts`.
import { en } from './en/index.js';
import type { PortalStrings } from './index.js';
import type { BundledLanguage } from './languages.js';

const loaded: Partial<Record<BundledLanguage, PortalStrings>> = { en };
const loading: Partial<Record<BundledLanguage, Promise<PortalStrings>>> = {};
const importers: Record<Exclude<BundledLanguage, 'en'>, () => Promise<PortalStrings>> = {
  de: () => import('./de/index.js').then((module) => module.de),
  fr: () => import('./fr/index.js').then((module) => module.fr),
  ar: () => import('./ar/index.js').then((module) => module.ar),
};

/** The strings of a bundled language once they have loaded; `undefined` before. */
export function loadedStrings(language: BundledLanguage): PortalStrings | undefined {
  return loaded[language];
}

/** Loads the strings of a bundled language (once; a failed load is tried again by the next caller). */
export function loadStrings(language: BundledLanguage): Promise<PortalStrings> {
  const ready = loaded[language];
  if (ready) return Promise.resolve(ready);
  const importer = importers[language as Exclude<BundledLanguage, 'en'>];
  loading[language] ??= importer().then(
    (strings) => (loaded[language] = strings),
    (error: unknown) => {
      delete loading[language];
      throw error;
    },
  );
  return loading[language];
}
