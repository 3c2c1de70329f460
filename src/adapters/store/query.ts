import type { ListResult, Sort } from '../types.js';

/** Default and largest page size of the bundled stores. */
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 1000;

/** One page of already filtered and sorted records. */
export function paginate<Record>(records: readonly Record[], page: number | undefined, perPage: number | undefined): ListResult<Record> {
  const size = Math.min(Math.max(Math.floor(perPage ?? DEFAULT_PER_PAGE), 1), MAX_PER_PAGE);
  const number = Math.max(Math.floor(page ?? 1), 1);
  const start = (number - 1) * size;
  return { data: records.slice(start, start + size).map((record) => structuredClone(record)), total: records.length };
}

type Comparable = string | number | boolean | null | undefined;

/** Sorts a copy by one field (ties broken by id, so pages never overlap), `asc` unless told. */
export function sortRecords<Record extends { id: string }, Field extends string>(
  records: readonly Record[],
  sort: Sort<Field> | undefined,
  fallback: Sort<Field>,
  read: (record: Record, field: Field) => Comparable,
): Record[] {
  const { field, order } = sort ?? fallback;
  const direction = order === 'desc' ? -1 : 1;
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...records].sort((a, b) => {
    const left = read(a, field);
    const right = read(b, field);
    let result = 0;
    if (typeof left === 'string' && typeof right === 'string') result = collator.compare(left, right);
    else if (left !== right) result = (left ?? '') < (right ?? '') ? -1 : 1;
    return result * direction || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** Lower case without accents, for matching typed search text: `Réseau` → `reseau`. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Rich text as plain text, for matching and excerpts. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search text, folded. */
export function queryWords(query: string | undefined): string[] {
  return foldText(query ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** Whether folded `text` contains every word. */
export function containsAll(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}
