import * as v from 'valibot';
import { LanguageTagSchema, primaryLanguage, type LanguageTag } from './language.js';

/** Content stored once per language, keyed by BCP 47 tag: `{ en: …, de: …, ar: … }`. */
export type Localized<T> = Record<LanguageTag, T>;

/**
 * The schema of a per-language record of `value`. Keys must be language tags; unknown or
 * prototype-polluting keys (`__proto__`, `constructor`) never reach the output.
 */
export function localized<const Schema extends v.GenericSchema>(value: Schema) {
  return v.record(LanguageTagSchema, value);
}

/**
 * Like {@link localized}, but at least one language must be present: for records whose
 * content the portal shows as a whole (a page, a catalog item).
 */
export function localizedRequired<const Schema extends v.GenericSchema>(value: Schema) {
  return v.pipe(v.record(LanguageTagSchema, value), v.minEntries(1, 'Add content in at least one language'));
}

// Markup a rich-text editor leaves behind in an emptied field.
const EMPTY_MARKUP = /^(?:\s|&nbsp;|<br\s*\/?>|<(p|div|span)(\s[^>]*)?>|<\/(p|div|span)>)*$/i;

/**
 * Whether a stored value has something a reader can see: a non-blank string (an empty
 * `<p></p>` from a rich-text editor counts as blank), or an array/object with such a value
 * anywhere inside. Numbers and booleans count as content.
 */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return !EMPTY_MARKUP.test(value);
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return false;
}

/** What {@link resolveLocalizedEntry} found. */
export interface LocalizedEntry<T> {
  /** The key of the chosen entry (`pt-BR`), for the `lang` attribute of the rendered text. */
  language: LanguageTag;
  /** The chosen entry. */
  value: T;
  /** Why it was chosen: the customer's language, the configured default, or the first with content. */
  source: 'language' | 'default' | 'first';
}

/** The key in `content` that best matches `wanted` and has content, if any. */
function matchLanguage<T>(content: Localized<T>, wanted: LanguageTag): LanguageTag | undefined {
  // Content is checked only for the keys whose tag matches: every render of localized content
  // asks, and checking every language's rich text each time showed in the portal's first render.
  const keys = Object.keys(content);
  const filled = new Map<string, boolean>();
  const withContent = (key: string) => {
    let known = filled.get(key);
    if (known === undefined) filled.set(key, (known = hasContent(content[key])));
    return known;
  };
  const lower = wanted.toLowerCase();
  // 1. the exact tag (tags are case-insensitive: `pt-br` is `pt-BR`)
  const exact = keys.find((key) => key.toLowerCase() === lower && withContent(key));
  if (exact) return exact;
  // 2. the tag with trailing subtags removed: `pt-BR` → `pt`, `sr-Latn-RS` → `sr-Latn` → `sr`
  const parts = lower.split('-');
  for (let length = parts.length - 1; length >= 1; length -= 1) {
    const shorter = parts.slice(0, length).join('-');
    const match = keys.find((key) => key.toLowerCase() === shorter && withContent(key));
    if (match) return match;
  }
  // 3. another variant of the same language: `pt` or `pt-PT` → `pt-BR`
  const primary = primaryLanguage(wanted);
  return keys.find((key) => primaryLanguage(key) === primary && withContent(key));
}

/**
 * Picks the entry of `content` to show: the customer's `language`, then the configured
 * `defaultLanguage`, then the first language that has content (in stored order). Each step
 * also accepts a less specific tag (`pt-BR` → `pt`) and another regional variant of the
 * same language. Entries without content (empty strings, empty rich text) are skipped.
 * Returns `undefined` when no language has content.
 */
export function resolveLocalizedEntry<T>(
  content: Localized<T> | null | undefined,
  language: LanguageTag,
  defaultLanguage?: LanguageTag,
): LocalizedEntry<T> | undefined {
  if (!content) return undefined;
  const fromLanguage = matchLanguage(content, language);
  if (fromLanguage !== undefined) return { language: fromLanguage, value: content[fromLanguage] as T, source: 'language' };
  if (defaultLanguage) {
    const fromDefault = matchLanguage(content, defaultLanguage);
    if (fromDefault !== undefined) return { language: fromDefault, value: content[fromDefault] as T, source: 'default' };
  }
  const first = Object.keys(content).find((key) => hasContent(content[key]));
  if (first !== undefined) return { language: first, value: content[first] as T, source: 'first' };
  return undefined;
}

/**
 * The entry of `content` to show in `language`; see {@link resolveLocalizedEntry} for the
 * fallback order. `undefined` when no language has content.
 */
export function resolveLocalized<T>(
  content: Localized<T> | null | undefined,
  language: LanguageTag,
  defaultLanguage?: LanguageTag,
): T | undefined {
  return resolveLocalizedEntry(content, language, defaultLanguage)?.value;
}

/** Options of {@link findIncompleteLanguages}. */
export interface FindIncompleteLanguagesOptions {
  /**
   * The languages the record should have (e.g. the admin's language tabs). A language
   * listed here but absent from the content is incomplete.
   * @default the languages present in the content
   */
  languages?: readonly LanguageTag[] | undefined;
  /**
   * The fields every language must fill.
   * @default every field that has content in at least one language
   */
  fields?: readonly string[] | undefined;
}

/**
 * The languages whose entry misses a field: for the admin editors' "incomplete" marks.
 * `findIncompleteLanguages({ en: { title: 'Hi', body: 'x' }, de: { title: 'Hallo', body: '' } })`
 * → `['de']`.
 */
export function findIncompleteLanguages(
  content: Localized<object> | null | undefined,
  options: FindIncompleteLanguagesOptions = {},
): LanguageTag[] {
  const entries = content ?? {};
  const languages = options.languages ?? Object.keys(entries);
  const fields =
    options.fields ??
    [...new Set(Object.values(entries).flatMap((entry) => Object.keys(entry ?? {})))].filter((field) =>
      Object.values(entries).some((entry) => hasContent((entry as Record<string, unknown> | undefined)?.[field])),
    );
  return languages.filter((language) => {
    const entry = entries[language] as Record<string, unknown> | undefined;
    if (!entry) return true;
    return fields.some((field) => !hasContent(entry[field]));
  });
}
