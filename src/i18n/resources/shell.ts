import { shell as ar } from './ar/shell.js';
import { shell as de } from './de/shell.js';
import { shell as en } from './en/shell.js';
import { shell as fr } from './fr/shell.js';

/** Strings of the portal's frame: header, navigation, sign-in state, custom pages, not found, tickets page. */
export const shell = { en, de, fr, ar } as const;
