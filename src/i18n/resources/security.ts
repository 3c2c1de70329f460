import { security as ar } from './ar/security.js';
import { security as de } from './de/security.js';
import { security as en } from './en/security.js';
import { security as fr } from './fr/security.js';

/**
 * Strings of the security pieces: the marker of a refused link, and the reasons behind the
 * codes `sanitizeCss` (`css_<code>`) and `validateOrigin` (`origin_<code>`) return, for the
 * admin editors: `t(\`security.css_${removal.code}\`)`.
 */
export const security = { en, de, fr, ar } as const;
