import { data as ar } from './ar/data.js';
import { data as de } from './de/data.js';
import { data as en } from './en/data.js';
import { data as fr } from './fr/data.js';

/** Strings of the data states (loading, empty, error) and the storage notice. */
export const data = { en, de, fr, ar } as const;
