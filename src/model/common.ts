import * as v from 'valibot';

/** A record id: any non-empty string the store chose (UUID, number as text, slug-like key). */
export const IdSchema = v.pipe(v.string(), v.minLength(1, 'An id must not be empty'), v.maxLength(200));

/** The optimistic-concurrency version of a stored record: 1 on creation, +1 on every write. */
export const VersionSchema = v.pipe(v.number(), v.integer(), v.minValue(1, 'A version is a positive integer'));

/** An ISO 8601 timestamp with time zone, e.g. `2026-11-25T18:10:00.000Z`. */
export const TimestampSchema = v.pipe(v.string(), v.isoTimestamp('Expected an ISO 8601 timestamp'));

/** The validity values, in the order admin screens list them. */
export const VALIDITIES = ['valid', 'invalid', 'invalid-temporarily'] as const;

/**
 * Whether a record is shown in the portal. Only `valid` records appear there; the others stay
 * stored and editable in admin screens.
 */
export const ValiditySchema = v.picklist(VALIDITIES, 'Expected "valid", "invalid" or "invalid-temporarily"');
/** See {@link ValiditySchema}. */
export type Validity = v.InferOutput<typeof ValiditySchema>;

/** Lowercase letters and digits in groups joined by single hyphens: `opening-hours`. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A page slug; see {@link SLUG_PATTERN}. */
export const SlugSchema = v.pipe(
  v.string(),
  v.maxLength(120, 'A slug has at most 120 characters'),
  v.regex(SLUG_PATTERN, 'Use lowercase letters, digits and single hyphens, e.g. "opening-hours"'),
);

/** Whether `value` follows the slug rule. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 120 && SLUG_PATTERN.test(value);
}

const TRANSLITERATIONS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/**
 * A slug suggested from a title: `"Öffnungszeiten & Feiertage"` → `oeffnungszeiten-feiertage`.
 * Returns an empty string when the title has no Latin letters or digits.
 */
export function suggestSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[äöüßæœøłđþ]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * A link destination as an admin entered it: a relative path (`/page/opening-hours`, opened
 * through the host's router) or an absolute URL. The protocol is checked where the link is
 * rendered (`javascript:` and the like are shown inert), not here, so that a stored bad link
 * can still be opened and corrected in the editor.
 */
export const HrefSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'Enter a link destination'), v.maxLength(2048));

// Characters a CSS colour never needs; refusing them keeps a stored colour from breaking out
// of the declaration it is placed in. Whether the rest is a real colour is checked by the
// theme when the colour is used.
const CSS_COLOR_PATTERN = /^[#a-z0-9(),.%\s/+-]+$/i;

/** A CSS colour (`#1f6feb`, `rebeccapurple`, `oklch(70% 0.2 140)`). */
export const CssColorSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'Enter a colour'),
  v.maxLength(64),
  v.regex(CSS_COLOR_PATTERN, 'Expected a CSS colour such as "#1f6feb"'),
);

/** The admin-only name of a record: required, any characters. */
export const InternalTitleSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'Enter an internal title'),
  v.maxLength(200, 'An internal title has at most 200 characters'),
);

/** The fields every stored, editable record carries. */
export const storedRecordEntries = {
  /** The store's id of the record. */
  id: IdSchema,
  /** Incremented by the store on every write; a write naming an older version is a conflict. */
  version: VersionSchema,
  /** When the record was last written. */
  updatedAt: TimestampSchema,
};

/** The keys a store sets; a write's input leaves them out. */
export const STORED_KEYS = ['id', 'version', 'updatedAt'] as const;

/** The fields every stored record carries. */
export interface StoredRecord {
  id: string;
  version: number;
  updatedAt: string;
}

let idCounter = 0;

/**
 * A new unique id for a record or block: a UUID where the runtime can make one, otherwise a
 * time-and-random id (`crypto.randomUUID` needs a secure context).
 */
export function createId(prefix = ''): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  idCounter += 1;
  return prefix + (uuid ?? `${Date.now().toString(36)}-${idCounter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
}
