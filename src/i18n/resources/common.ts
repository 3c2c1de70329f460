import { common as ar } from './ar/common.js';
import { common as de } from './de/common.js';
import { common as en } from './en/common.js';
import { common as fr } from './fr/common.js';

/** Strings shared by every component: states, actions, accessible names. */
export const common = { en, de, fr, ar } as const;
