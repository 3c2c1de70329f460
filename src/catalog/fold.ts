// Accent- and case-insensitive text: what the catalog search compares.

// Letters that Unicode does not decompose into a base letter and a mark, but that a reader
// still treats as "the same letter without the accent" (`straße` ↔ `strasse`). The final
// sigma is folded so that a word folds the same at the end of a string as in its middle.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ς: 'σ' };
// Marks are dropped and the special letters spelled out in one pass over the text.
const MARKS_AND_SPECIAL_LETTERS = /[\p{M}ßæœøłđħıς]/gu;

const replaceMarkOrLetter = (character: string) => SPECIAL_LETTERS[character] ?? '';

/** One lower-cased character (a code unit, or a surrogate pair) folded: decomposed, without marks. */
const foldLowerCharacter = (character: string) => character.normalize('NFKD').replace(MARKS_AND_SPECIAL_LETTERS, replaceMarkOrLetter);

// The folding of every lower-cased UTF-16 code unit, filled in as the code units occur:
// `null` where a code unit folds to itself (every ASCII one, most letters of most scripts).
// Folding a text is then one table lookup per code unit, instead of decomposing the whole text
// and running a Unicode-property expression over it.
let unitFolds: Array<string | null | undefined> | undefined;
// The same for characters outside the Basic Multilingual Plane (surrogate pairs), by pair.
const pairFolds = new Map<string, string | null>();

function foldOfUnit(table: Array<string | null | undefined>, code: number): string | null {
  let folded = table[code];
  if (folded === undefined) {
    const character = String.fromCharCode(code);
    const result = foldLowerCharacter(character);
    table[code] = folded = result === character ? null : result;
  }
  return folded;
}

function foldOfPair(pair: string): string | null {
  let folded = pairFolds.get(pair);
  if (folded === undefined) {
    const result = foldLowerCharacter(pair);
    folded = result === pair ? null : result;
    if (pairFolds.size < 4096) pairFolds.set(pair, folded);
  }
  return folded;
}

/**
 * Text folded for comparison: lower-cased, compatibility-decomposed (`ﬁ` → `fi`), without
 * combining marks (accents, Arabic vowel signs) and with a few letters spelled out (`ß` → `ss`).
 * `foldText('Réinitialiser')` → `reinitialiser`.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  const length = lower.length;
  let position = 0;
  // Most catalog text is plain ASCII, where folding is lower-casing.
  while (position < length && lower.charCodeAt(position) < 0x80) position += 1;
  if (position === length) return lower;
  // Decomposition acts on each character alone and its reordering moves only marks, which
  // are dropped: folding character by character gives what folding the whole text gives.
  const table = (unitFolds ??= new Array<string | null | undefined>(0x10000));
  let folded = '';
  let copiedTo = 0;
  for (; position < length; position += 1) {
    const code = lower.charCodeAt(position);
    if (code < 0x80) continue;
    let piece: string | null;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && position + 1 < length) {
      const next = lower.charCodeAt(position + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        width = 2;
        piece = foldOfPair(lower.slice(position, position + 2));
      } else piece = foldOfUnit(table, code);
    } else piece = foldOfUnit(table, code);
    if (piece !== null) {
      folded += lower.slice(copiedTo, position) + piece;
      copiedTo = position + width;
    }
    position += width - 1;
  }
  return copiedTo === 0 ? lower : folded + lower.slice(copiedTo);
}

const foldedCharacters = new Map<string, string>();

function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = foldText(character);
    if (foldedCharacters.size < 4096) foldedCharacters.set(character, folded);
  }
  return folded;
}

/** Folded text with, for every folded code unit, the span of the original text it came from. */
export interface FoldedText {
  /** The folded text; see {@link foldText}. */
  folded: string;
  /** `starts[i]`: where in the original text the character behind `folded[i]` starts. */
  starts: number[];
  /** `ends[i]`: where in the original text the character behind `folded[i]` ends. */
  ends: number[];
}

/**
 * Folds `text` one character at a time, remembering where each folded character came from,
 * so that a match found in the folded text can be highlighted in the original.
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const character of text) {
    const end = offset + character.length;
    const piece = foldCharacter(character);
    folded += piece;
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return { folded, starts, ends };
}

const TERM_SEPARATOR = /[^\p{L}\p{N}]+/u;

/**
 * The search terms of a query: folded, split at anything that is not a letter or a digit,
 * without duplicates and without terms contained in a longer one.
 * `searchTerms('Réinitialiser  mot-de-passe')` → `['reinitialiser', 'mot', 'de', 'passe']`.
 */
export function searchTerms(query: string): string[] {
  const terms = [...new Set(foldText(query).split(TERM_SEPARATOR).filter((term) => term !== ''))];
  // A term inside another adds no condition ("pass" in "passe"), and dropping it keeps the
  // highlighting from marking the same letters twice.
  return terms.filter((term) => !terms.some((other) => other !== term && other.includes(term)));
}

/** A highlighted span of a text: `[start, end)` in UTF-16 code units. */
export type HighlightRange = readonly [start: number, end: number];

/** The spans of `text` that match one of `terms` (folded, as {@link searchTerms} gives them), merged and in order. */
export function findHighlightRanges(text: string, terms: readonly string[]): HighlightRange[] {
  if (terms.length === 0 || text === '') return [];
  const { folded, starts, ends } = foldWithOffsets(text);
  const found: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      found.push([starts[at] as number, ends[at + term.length - 1] as number]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** One piece of a highlighted text. */
export interface TextPart {
  text: string;
  /** Whether this piece matched the search. */
  match: boolean;
}

/** `text` cut into matching and non-matching pieces, for rendering `<mark>`s. */
export function splitByRanges(text: string, ranges: readonly HighlightRange[]): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) parts.push({ text: text.slice(position, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length) parts.push({ text: text.slice(position), match: false });
  return parts;
}

/** What {@link makeExcerpt} returns: a short piece of a long text around its first match. */
export interface Excerpt {
  text: string;
  /** The matches inside `text`. */
  ranges: HighlightRange[];
}

/**
 * A piece of `text` about `length` characters long around the first match of `terms`, cut at
 * word boundaries and marked with ellipses where it was cut; the start of the text when
 * nothing matches.
 */
export function makeExcerpt(text: string, terms: readonly string[], length = 160): Excerpt {
  const all = findHighlightRanges(text, terms);
  const first = all[0];
  if (text.length <= length) return { text, ranges: all };
  let start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  // Move the cuts to the nearest spaces so that no word is shown in half.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < (first?.[0] ?? end)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= (first?.[1] ?? start)) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  const ranges = all
    .filter(([rangeStart, rangeEnd]) => rangeStart >= start && rangeEnd <= end)
    .map(([rangeStart, rangeEnd]) => [rangeStart + shift, rangeEnd + shift] as const);
  return { text: prefix + text.slice(start, end) + suffix, ranges };
}
