// A field diff between two snapshots of a record: what the history panel shows and what a
// revision's summary of changed fields is made of. Pure functions, no React: a server uses them
// to write the same summary the bundled stores write.
import { isLanguageTag, type LanguageTag } from './language.js';

/** A leaf value of a flattened snapshot, as compared and shown. */
export type FieldValue = string | number | boolean | null;

/** How one field differs between two snapshots. */
export interface FieldChange {
  /** Dot path of the field (`content.de.title`; array entries with an `id` by their id: `blocks.hero-1.props.overlay`). */
  path: string;
  /** `added`: only in the newer snapshot; `removed`: only in the older one; `changed`: in both, different. */
  kind: 'added' | 'removed' | 'changed';
  /** The value in the older snapshot (absent when `added`). */
  before?: FieldValue | undefined;
  /** The value in the newer snapshot (absent when `removed`). */
  after?: FieldValue | undefined;
  /** The language of a field inside a per-language map (`de` for `content.de.title`). */
  language?: LanguageTag | undefined;
  /** The field is rich text: `before` and `after` are its text, without markup. */
  richText?: boolean | undefined;
}

/** Options of {@link diffSnapshots} and {@link flattenSnapshot}. */
export interface SnapshotDiffOptions {
  /** Top-level keys left out (the store's `id`, `version`, `updatedAt`). @default none */
  ignore?: readonly string[] | undefined;
  /** Keys whose object maps language tags to content. @default ['content'] */
  localizedKeys?: readonly string[] | undefined;
  /** Whether the field at `path` (its keys) holds rich text (HTML), compared as text. @default none */
  isRichText?: ((path: readonly string[]) => boolean) | undefined;
}

/** One flattened leaf of a snapshot. */
export interface FlatField {
  /** The field's value (rich text as text). */
  value: FieldValue;
  /** See {@link FieldChange.language}. */
  language?: LanguageTag | undefined;
  /** See {@link FieldChange.richText}. */
  richText?: boolean | undefined;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK_BOUNDARY = /<\/?(p|div|h[1-6]|li|ul|ol|tr|td|th|table|blockquote|pre|br|hr)\b[^>]*>/gi;

/**
 * Rich text (HTML) as the text a reader sees, for comparing and showing in a diff: markup is
 * removed (block boundaries become spaces), entities decoded, white space collapsed. The result
 * is only ever compared or rendered as text, never put into the DOM as HTML.
 */
export function richTextToText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[^]*?-->/g, '')
    .replace(BLOCK_BOUNDARY, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? entity;
      if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10)) ?? entity;
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array whose entries are all objects with a unique string `id` (home page blocks, cards). */
function keyedEntries(values: readonly unknown[]): Map<string, unknown> | undefined {
  if (values.length === 0) return undefined;
  const entries = new Map<string, unknown>();
  for (const value of values) {
    if (!isPlainObject(value) || typeof value.id !== 'string' || value.id === '' || entries.has(value.id)) return undefined;
    entries.set(value.id, value);
  }
  return entries;
}

const isLeafArray = (values: readonly unknown[]) => values.every((value) => value === null || typeof value !== 'object');

/**
 * A snapshot as a map of dot paths to leaf values. Objects are walked; arrays of objects with
 * an `id` are keyed by that id (so reordering is not a change of every entry; the order itself is
 * the path's `$order` leaf); other arrays of objects by index; arrays of plain values are one
 * leaf, joined with `, `. Entries of a per-language map carry their language.
 */
export function flattenSnapshot(snapshot: unknown, options: SnapshotDiffOptions = {}): Map<string, FlatField> {
  const ignore = new Set(options.ignore ?? []);
  const localizedKeys = new Set(options.localizedKeys ?? ['content']);
  const fields = new Map<string, FlatField>();

  const visit = (value: unknown, keys: string[], language: LanguageTag | undefined) => {
    const path = keys.join('.');
    if (value === undefined) return;
    if (Array.isArray(value)) {
      if (isLeafArray(value)) {
        fields.set(path, { value: value.map((entry) => String(entry)).join(', '), ...(language ? { language } : {}) });
        return;
      }
      const keyed = keyedEntries(value);
      if (keyed) {
        fields.set(`${path}.$order`, { value: [...keyed.keys()].join(', '), ...(language ? { language } : {}) });
        for (const [id, entry] of keyed) visit(entry, [...keys, id], language);
      } else {
        value.forEach((entry, index) => visit(entry, [...keys, String(index)], language));
      }
      return;
    }
    if (isPlainObject(value)) {
      const last = keys[keys.length - 1];
      const byLanguage = last !== undefined && localizedKeys.has(last);
      for (const [key, entry] of Object.entries(value)) {
        if (keys.length === 0 && ignore.has(key)) continue;
        visit(entry, [...keys, key], byLanguage && isLanguageTag(key) ? key : language);
      }
      return;
    }
    const base = language ? { language } : {};
    if (typeof value === 'string' && options.isRichText?.(keys)) {
      fields.set(path, { ...base, value: richTextToText(value), richText: true });
    } else if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      fields.set(path, { ...base, value });
    } else {
      fields.set(path, { ...base, value: String(value) });
    }
  };

  visit(snapshot, [], undefined);
  return fields;
}

/**
 * What changed from `before` to `after`, one entry per flattened field, in the order the fields
 * appear (the newer snapshot's order first, then fields only the older one had). Rich text is
 * compared by its text, so a change of markup alone (`<b>` to `<strong>`) is no change. Pass
 * `null` as `before` for a record's first snapshot: every field is `added`.
 */
export function diffSnapshots(before: unknown, after: unknown, options: SnapshotDiffOptions = {}): FieldChange[] {
  const older = before === null || before === undefined ? new Map<string, FlatField>() : flattenSnapshot(before, options);
  const newer = flattenSnapshot(after, options);
  const changes: FieldChange[] = [];
  const describe = (field: FlatField) => ({
    ...(field.language ? { language: field.language } : {}),
    ...(field.richText ? { richText: true } : {}),
  });
  for (const [path, field] of newer) {
    const previous = older.get(path);
    if (!previous) changes.push({ path, kind: 'added', after: field.value, ...describe(field) });
    else if (previous.value !== field.value) changes.push({ path, kind: 'changed', before: previous.value, after: field.value, ...describe(field) });
  }
  for (const [path, field] of older) {
    if (!newer.has(path)) changes.push({ path, kind: 'removed', before: field.value, ...describe(field) });
  }
  return changes;
}

/** The paths of {@link diffSnapshots}, without the `.$order` suffix and without repeats: a revision's summary. */
export function changedPaths(changes: readonly FieldChange[]): string[] {
  return [...new Set(changes.map((change) => change.path.replace(/\.\$order$/, '')))];
}
