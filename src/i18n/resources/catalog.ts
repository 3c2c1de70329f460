import { catalog as ar } from './ar/catalog.js';
import { catalog as de } from './de/catalog.js';
import { catalog as en } from './en/catalog.js';
import { catalog as fr } from './fr/catalog.js';

/** Strings of the service catalog (`CatalogBrowser`). No plural forms: counts read as "Services: 12". */
export const catalog = { en, de, fr, ar } as const;
