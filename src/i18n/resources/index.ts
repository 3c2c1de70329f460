import { catalog } from './catalog.js';
import { common } from './common.js';
import { data } from './data.js';
import { home } from './home.js';
import { security } from './security.js';
import { shell } from './shell.js';

/**
 * The library's UI strings, one area a file (`common.ts`, `security.ts`, …), merged here
 * into one i18next namespace. Add an area: create its file with the four languages and
 * list it below; a test checks that every language has every key.
 */
// One area a line, so that parallel additions merge cleanly.
const areas = {
  common,
  data,
  home,
  security,
  catalog,
  shell,
} as const;

/** The languages the library ships UI strings for. */
export const bundledLanguages = ['en', 'de', 'fr', 'ar'] as const;
export type BundledLanguage = (typeof bundledLanguages)[number];

type Areas = typeof areas;
/** The English strings, the shape every translation follows. */
export type PortalStrings = { [Area in keyof Areas]: { [Key in keyof Areas[Area]['en']]: string } };

function collect(language: BundledLanguage): PortalStrings {
  return Object.fromEntries(
    Object.entries(areas).map(([area, byLanguage]) => [area, byLanguage[language]]),
  ) as PortalStrings;
}

/** Bundled resources per language, in the library's namespace. */
export const bundledResources: Record<BundledLanguage, PortalStrings> = {
  en: collect('en'),
  de: collect('de'),
  fr: collect('fr'),
  ar: collect('ar'),
};
