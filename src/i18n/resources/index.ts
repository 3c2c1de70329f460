import { catalog } from './catalog.js';
import { common } from './common.js';
import { data } from './data.js';
import { home } from './home.js';
import { security } from './security.js';
import { shell } from './shell.js';
import { ar } from './ar/index.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';
import type { BundledLanguage } from './languages.js';

/**
 * The library's UI strings, one area a file (`common.ts`, `security.ts`, …), merged here
 * into one i18next namespace. An area's file puts its four languages together; each language
 * has its own folder (`en/common.ts`, `de/common.ts`, …) so that browser bundles can load the
 * languages other than English on demand (`languageLoader.browser.ts`). Add an area: create
 * its file in each language's folder and list it in that folder's `index.ts`, create its
 * four-language file here and list it below; a test checks that every language has every key.
 */
// One area a line, so that parallel additions merge cleanly. (Only its type is used: the
// strings reach `bundledResources` through each language's `index.ts`, and the type is part of
// the recorded public API.)
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used for its type only, see above
const areas = {
  common,
  data,
  home,
  security,
  catalog,
  shell,
} as const;

export { bundledLanguages } from './languages.js';
export type { BundledLanguage } from './languages.js';

type Areas = typeof areas;
/** The English strings, the shape every translation follows. */
export type PortalStrings = { [Area in keyof Areas]: { [Key in keyof Areas[Area]['en']]: string } };

/** Bundled resources per language, in the library's namespace. */
export const bundledResources: Record<BundledLanguage, PortalStrings> = { en, de, fr, ar };
