import type { i18n as I18nInstance } from 'i18next';

/**
 * The pseudo-locale's tag: English made to look translated (`[Šåvé ~~]`), for spotting
 * hard-coded strings, truncated labels and layouts that do not grow. Not a customer language:
 * it is never bundled and has no strings of its own; they are made from English at run time.
 */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] as string,
  ]),
);

// Kept as they are: i18next placeholders (`{{count}}`, `{{- name}}`), nesting (`$t(key)`),
// HTML and react-i18next `Trans` tags (`<strong>`, `<0>`, `</1>`, `<br/>`) and character references.
const PROTECTED = /(\{\{[^{}]*\}\}|\$t\([^()]*\)|<\/?[A-Za-z0-9][^<>]*>|&(?:[A-Za-z]+|#\d+|#x[\da-fA-F]+);)/;

// What the transform leaves: `[` … ` ~~~]`. A string already in that shape is left as it is.
const ALREADY_PSEUDO = /^\[[\s\S]* ~+\]$/;

/**
 * English text as pseudo-locale text: letters accented, the whole bracketed (so a cut-off
 * label shows a missing `]`) and padded with `~` to about 140 % of the original length (so a
 * layout that cannot take a longer translation shows it). Placeholders, tags and character
 * references are kept exactly, so interpolation and `Trans` still work. Pure and idempotent:
 * text that already has the shape is returned unchanged; an empty string stays empty.
 */
export function pseudoLocalize(text: string): string {
  if (text === '' || ALREADY_PSEUDO.test(text)) return text;
  const accented = text
    .split(PROTECTED)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  // Brackets, a space and the tildes add 40 % of the original length (at least one tilde).
  const padding = Math.max(1, Math.ceil(text.length * 0.4) - 3);
  return `[${accented} ${'~'.repeat(padding)}]`;
}

/** A nested strings object with every string passed through {@link pseudoLocalize}. */
export function pseudoLocalizeResources<Strings>(strings: Strings): Strings {
  if (typeof strings === 'string') return pseudoLocalize(strings) as Strings;
  if (Array.isArray(strings)) return strings.map((entry: unknown) => pseudoLocalizeResources(entry)) as Strings;
  if (typeof strings === 'object' && strings !== null) {
    return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, pseudoLocalizeResources(value)])) as Strings;
  }
  return strings;
}

/** Options of {@link addPseudoLocale}. */
export interface AddPseudoLocaleOptions {
  /** The language the pseudo strings are made from. @default 'en' */
  source?: string | undefined;
  /** The tag they are added under. @default PSEUDO_LOCALE ('en-XA') */
  locale?: string | undefined;
}

/**
 * Adds the pseudo-locale to an i18next instance: every namespace of `source` as it is now,
 * and again whenever strings are added to `source` later (the admin screens add theirs when
 * they first render). Returns a function that stops following `source`.
 */
export function addPseudoLocale(i18n: I18nInstance, options: AddPseudoLocaleOptions = {}): () => void {
  const { source = 'en', locale = PSEUDO_LOCALE } = options;
  const copy = (namespace: string) => {
    const bundle = i18n.getResourceBundle(source, namespace) as Record<string, unknown> | undefined;
    if (bundle) i18n.addResourceBundle(locale, namespace, pseudoLocalizeResources(bundle), true, true);
  };
  for (const namespace of Object.keys(i18n.store.data[source] ?? {})) copy(namespace);
  const onAdded = (language: string, namespace: string) => {
    if (language === source) copy(namespace);
  };
  i18n.store.on('added', onAdded);
  return () => i18n.store.off('added', onAdded);
}
