// How the portal reaches the bundled strings of a language. This module is what servers, tests
// and bundlers without the `browser` field get: every language is imported statically, so a
// server renders any language synchronously. Browser bundles get `languageLoader.browser.ts`
// instead (package.json `browser` field), which bundles English and loads German, French and
// Arabic the first time a portal shows them. Both have the same exports.
import { bundledResources, type PortalStrings } from './index.js';
import type { BundledLanguage } from './languages.js';

/** The strings of a bundled language when they are loaded; here always. */
export function loadedStrings(language: BundledLanguage): PortalStrings | undefined {
  return bundledResources[language];
}

/** Loads the strings of a bundled language; here they are loaded already. */
export function loadStrings(language: BundledLanguage): Promise<PortalStrings> {
  return Promise.resolve(bundledResources[language]);
}
