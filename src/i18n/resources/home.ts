import { home as ar } from './ar/home.js';
import { home as de } from './de/home.js';
import { home as en } from './en/home.js';
import { home as fr } from './fr/home.js';

/** Strings of the home page and its blocks (hero, tickets, teasers, link lists, content cards). */
export const home = { en, de, fr, ar } as const;
