// On its own (no strings) so that naming the bundled languages brings none of their strings.

/** The languages the library ships UI strings for. */
export const bundledLanguages = ['en', 'de', 'fr', 'ar'] as const;
export type BundledLanguage = (typeof bundledLanguages)[number];
