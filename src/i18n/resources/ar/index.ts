import type { PortalStrings } from '../index.js';
import { catalog } from './catalog.js';
import { common } from './common.js';
import { data } from './data.js';
import { home } from './home.js';
import { security } from './security.js';
import { shell } from './shell.js';

/** The library's Arabic UI strings, one area a file (the same areas and keys as `en`). */
// One area a line, so that parallel additions merge cleanly.
export const ar: PortalStrings = {
  common,
  data,
  home,
  security,
  catalog,
  shell,
};
