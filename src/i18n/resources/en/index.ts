import type { PortalStrings } from '../index.js';
import { catalog } from './catalog.js';
import { common } from './common.js';
import { data } from './data.js';
import { home } from './home.js';
import { security } from './security.js';
import { shell } from './shell.js';

/** The library's English UI strings, one area a file: the keys every language has. */
// One area a line, so that parallel additions merge cleanly.
export const en: PortalStrings = {
  common,
  data,
  home,
  security,
  catalog,
  shell,
};
