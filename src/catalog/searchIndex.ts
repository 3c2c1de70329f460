import uFuzzy from '@leeoniya/ufuzzy';
import type { CatalogCategory, CatalogItem } from '../model/catalog.js';
import { foldText, searchTerms } from './fold.js';
import { getCategoryPath, localizeItem, resolveItemContent, type CatalogModel } from './model.js';
import { htmlToPlainText, htmlToSearchText } from './plainText.js';

/** One item found by a search. */
export interface CatalogSearchHit {
  /** The item. */
  item: CatalogItem;
  /** Whether every search term is in the item's title (such hits come first). */
  inTitle: boolean;
}

/** The hits in one category, shown under the category's path. */
export interface CatalogSearchGroup {
  /** The category. */
  category: CatalogCategory;
  /** From the top-level category down to `category`. */
  path: readonly CatalogCategory[];
  /** The hits in this category, best first. An item in several categories is in each of their groups. */
  hits: readonly CatalogSearchHit[];
}

/** What a search found. */
export interface CatalogSearchResult {
  /** The query as given. */
  query: string;
  /** The folded terms every hit contains (for highlighting). Empty: no search. */
  terms: readonly string[];
  /** Every distinct item found, best first: all terms in the title, then the rest, each in catalog order. */
  hits: readonly CatalogSearchHit[];
  /** The hits grouped by category, the group of the best hit first. */
  groups: readonly CatalogSearchGroup[];
}

/** A search index over the titles and texts of the visible catalog items in one language. */
export interface CatalogSearchIndex {
  /** The language searched (content falls back per item as in the portal). */
  language: string;
  /** The number of items indexed. */
  size: number;
  /**
   * The visible items whose title or text (in the index's language, with fallback) contains
   * every term of `query` inside a word, accent- and case-insensitively. While the customer
   * types, the words found for the previous terms narrow the next search.
   */
  search(query: string): CatalogSearchResult;
  /** The item's text as plain text (for excerpts), or `''` for an item not in the index. */
  plainText(itemId: string): string;
}

/** Options of {@link createCatalogSearchIndex}. */
export interface CatalogSearchIndexOptions {
  /** The customer's language. */
  language: string;
  /** The portal's default language, the first fallback. */
  defaultLanguage?: string | undefined;
}

// uFuzzy's settings for words in any script (its defaults know only a–z). It matches a term
// inside the catalog's vocabulary, exactly (no insertions or typos): highlighting then marks
// exactly what matched, and a result never surprises the customer.
const matcher = new uFuzzy({
  unicode: true,
  interSplit: "[^\\p{L}\\p{N}]+",
  intraSplit: null,
  intraBound: null,
  intraChars: "[\\p{L}\\p{N}]",
  intraContr: '$^',
  intraIns: 0,
  intraMode: 0,
  toLower: (text: string) => text,
});

// What separates words in folded text: white space, control characters and the punctuation
// of Latin, Arabic and general text, as a table of UTF-16 code units (1: separator). Cheaper
// than "anything but a letter or digit" (a Unicode property class), and safe: a word that keeps
// some other symbol is still found, since terms match inside words.
let separators: Uint8Array | undefined;

function separatorTable(): Uint8Array {
  if (separators) return separators;
  const table = new Uint8Array(0x10000);
  const ranges = [
    [0x00, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7f], [0xa0, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7],
    [0x60c, 0x60c], [0x61b, 0x61b], [0x61f, 0x61f], [0x66a, 0x66d], [0x6d4, 0x6d4], [0x1680, 0x1680],
    [0x2000, 0x206f], [0x3000, 0x303f], [0xfd3e, 0xfd3f], [0xfeff, 0xfeff],
  ] as const;
  for (const [from, to] of ranges) table.fill(1, from, to + 1);
  return (separators = table);
}

/** Whether `text` contains every one of `terms`. */
function containsAll(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}

/** The visible categories of the model's items, by item position, as numbers into `categoryIds`. */
interface CategoryNumbers {
  categoryIds: string[];
  categoriesOf(position: number): readonly number[];
}

// Per model, shared by the indexes of every language: the items' categories as numbers, so that
// grouping hits needs no lookups by id. Filled in as items are found.
const categoryNumbers = new WeakMap<CatalogModel, CategoryNumbers>();

function categoryNumbersOf(model: CatalogModel): CategoryNumbers {
  let known = categoryNumbers.get(model);
  if (known) return known;
  const categoryIds: string[] = [];
  const numberOf = new Map<string, number>();
  const byPosition: Array<number[] | undefined> = new Array(model.items.length);
  known = {
    categoryIds,
    categoriesOf: (position) => {
      let numbers = byPosition[position];
      if (!numbers) {
        numbers = [];
        for (const categoryId of model.categoriesOfItem.get((model.items[position] as CatalogItem).id) ?? []) {
          let number = numberOf.get(categoryId);
          if (number === undefined) {
            number = categoryIds.length;
            numberOf.set(categoryId, number);
            categoryIds.push(categoryId);
          }
          numbers.push(number);
        }
        byPosition[position] = numbers;
      }
      return numbers;
    },
  };
  categoryNumbers.set(model, known);
  return known;
}

const emptyResult = (query: string): CatalogSearchResult => ({ query, terms: [], hits: [], groups: [] });

/**
 * Builds the search index of `model` for one language: the items' titles, plain texts and
 * link labels, folded once (see `foldText`) and split into words; each distinct word lists the
 * items it occurs in. A search finds the words that contain a term (uFuzzy over the
 * vocabulary, which is far smaller than the text) and merges their item lists.
 */
export function createCatalogSearchIndex(model: CatalogModel, options: CatalogSearchIndexOptions): CatalogSearchIndex {
  const { language, defaultLanguage } = options;
  const items = model.items;
  const count = items.length;
  const titles: string[] = new Array(count);
  // Each item's folded title, text and link labels: what a narrowing search reads.
  const haystack: string[] = new Array(count);
  const vocabulary: string[] = [];
  const postings: number[][] = [];
  const separator = separatorTable();

  // The vocabulary's lookup: an open-addressing hash table of word numbers (plus one; 0: free),
  // hashed while the text is scanned, so that a word already known (most words of most
  // items) is found by comparing it in place, without cutting it out of the text.
  let slots = new Int32Array(1 << 14);
  const hashes: number[] = [];
  const insertSlot = (hash: number, id: number) => {
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  };
  const addWord = (text: string, start: number, end: number, hash: number, position: number) => {
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) break;
      const id = entry - 1;
      const word = vocabulary[id] as string;
      if (hashes[id] === hash && word.length === length && text.startsWith(word, start)) {
        const list = postings[id] as number[];
        // Items are added in order, so a repeated word of the same item is the list's last entry.
        if (list[list.length - 1] !== position) list.push(position);
        return;
      }
    }
    const id = vocabulary.length;
    vocabulary.push(text.slice(start, end));
    hashes.push(hash);
    postings.push([position]);
    if ((id + 1) * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2);
      for (let known = 0; known <= id; known += 1) insertSlot(hashes[known] as number, known);
    } else insertSlot(hash, id);
  };

  for (let position = 0; position < count; position += 1) {
    const content = resolveItemContent(items[position] as CatalogItem, language, defaultLanguage)?.value;
    const title = foldText(content?.title ?? '');
    titles[position] = title;
    // Title, text and link labels together (the title is folded once).
    let rest = htmlToSearchText(content?.text ?? '');
    if (content) for (const link of content.links) rest += ' ' + link.label;
    const folded = title + ' ' + foldText(rest);
    haystack[position] = folded;
    // Split into words at the separators, one code unit at a time, hashing as it goes (FNV-1a).
    let start = 0;
    let hash = 0x811c9dc5;
    for (let at = 0, length = folded.length; at <= length; at += 1) {
      const code = at < length ? folded.charCodeAt(at) : 0;
      if (separator[code] === 0) {
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      if (at > start) addWord(folded, start, at, hash, position);
      start = at + 1;
      hash = 0x811c9dc5;
    }
  }

  const paths = new Map<string, readonly CatalogCategory[]>();
  const pathOf = (categoryId: string) => {
    let path = paths.get(categoryId);
    if (!path) {
      path = getCategoryPath(model, categoryId);
      paths.set(categoryId, path);
    }
    return path;
  };

  // The words matching each recently searched term: typing extends a term, and the words
  // containing "lapt" are among those containing "lap".
  let recentTerms = new Map<string, number[]>();
  const wordsContaining = (term: string): number[] => {
    const known = recentTerms.get(term);
    if (known) return known;
    let narrowest: number[] | undefined;
    for (const [previous, words] of recentTerms) {
      if (term.includes(previous) && (!narrowest || words.length < narrowest.length)) narrowest = words;
    }
    return matcher.filter(vocabulary, term, narrowest) ?? [];
  };

  // Hits are immutable: made once per item and kind, so a keystroke allocates little.
  const hitsInTitle: Array<CatalogSearchHit | undefined> = new Array(count);
  const hitsInText: Array<CatalogSearchHit | undefined> = new Array(count);
  const hitOf = (position: number, inTitle: boolean): CatalogSearchHit => {
    const cache = inTitle ? hitsInTitle : hitsInText;
    let hit = cache[position];
    if (!hit) cache[position] = hit = { item: items[position] as CatalogItem, inTitle };
    return hit;
  };

  // Marks per item and per category, stamped with a number per search so they never need clearing.
  const seenAt = new Int32Array(count);
  let stamp = 0;
  const { categoryIds, categoriesOf } = categoryNumbersOf(model);
  const groupSeenAt: number[] = [];
  const groupAt: number[] = [];
  let groupStamp = 0;
  const everyPosition: number[] = new Array(count);
  for (let position = 0; position < count; position += 1) everyPosition[position] = position;
  let last: CatalogSearchResult | undefined;
  let lastKey = '';
  let lastPositions: number[] | undefined;

  /**
   * The positions of the items whose text contains `term`, from `pool` (all items without one),
   * given the words that contain it; a single letter is looked up without words.
   */
  const positionsWith = (term: string, words: readonly number[] | undefined, pool: readonly number[] | undefined): number[] => {
    if (words) {
      let total = 0;
      for (const word of words) total += (postings[word] as number[]).length;
      if (total <= (pool ? pool.length * 4 : count)) {
        stamp += 1;
        for (const word of words) for (const position of postings[word] as number[]) seenAt[position] = stamp;
        return (pool ?? everyPosition).filter((position) => seenAt[position] === stamp);
      }
    }
    // A term in most words (a single letter is): reading the texts is cheaper than merging lists.
    return (pool ?? everyPosition).filter((position) => (haystack[position] as string).includes(term));
  };

  function search(query: string): CatalogSearchResult {
    const terms = searchTerms(query);
    if (terms.length === 0) return emptyResult(query);
    const key = terms.join(' ');
    if (last && key === lastKey) return { ...last, query };

    let positions: number[];
    if (last && lastPositions && key.startsWith(lastKey)) {
      // Typing only narrows: check the previous hits' text instead of searching everything,
      // and only for the terms the previous search did not have.
      const previousTerms = last.terms;
      const added = terms.filter((term) => !previousTerms.includes(term));
      positions = lastPositions.filter((position) => containsAll(haystack[position] as string, added));
    } else {
      let candidates: number[] | undefined;
      const nextRecent = new Map<string, number[]>();
      for (const term of terms) {
        // A single letter is in most words: finding those words would cost more than reading the texts.
        const words = term.length > 1 ? wordsContaining(term) : undefined;
        if (words) nextRecent.set(term, words);
        candidates = positionsWith(term, words, candidates);
        if (candidates.length === 0) break;
      }
      recentTerms = nextRecent;
      positions = candidates ?? [];
    }
    lastPositions = positions;
    lastKey = key;

    // All terms in the title first, then the rest, each in catalog order.
    const inTitle: number[] = [];
    const inText: number[] = [];
    for (const position of positions) (containsAll(titles[position] as string, terms) ? inTitle : inText).push(position);
    const ordered = inTitle.length === 0 ? inText : inText.length === 0 ? inTitle : inTitle.concat(inText);
    const titleCount = inTitle.length;
    const hits = ordered.map((position, rank) => hitOf(position, rank < titleCount));
    // A keystroke that leaves the hits as they were (hit objects are shared) keeps the groups.
    const previous = last;
    if (previous && previous.hits.length === hits.length && hits.every((hit, index) => hit === previous.hits[index])) {
      last = { query, terms, hits: previous.hits, groups: previous.groups };
      return last;
    }

    // Groups in the order their first hit comes, each with its hits in order.
    groupStamp += 1;
    const groupCategories: number[] = [];
    const groupHits: CatalogSearchHit[][] = [];
    for (let rank = 0; rank < ordered.length; rank += 1) {
      const hit = hits[rank] as CatalogSearchHit;
      for (const category of categoriesOf(ordered[rank] as number)) {
        if (groupSeenAt[category] === groupStamp) (groupHits[groupAt[category] as number] as CatalogSearchHit[]).push(hit);
        else {
          groupSeenAt[category] = groupStamp;
          groupAt[category] = groupCategories.length;
          groupCategories.push(category);
          groupHits.push([hit]);
        }
      }
    }
    last = {
      query,
      terms,
      hits,
      groups: groupCategories.map((category, index) => {
        const path = pathOf(categoryIds[category] as string);
        return { category: path[path.length - 1] as CatalogCategory, path, hits: groupHits[index] as CatalogSearchHit[] };
      }),
    };
    return last;
  }

  return {
    language,
    size: count,
    search,
    plainText: (itemId) => {
      // The model holds exactly the visible items, which are the ones indexed.
      const item = model.itemsById.get(itemId);
      return item ? htmlToPlainText(localizeItem(item, language, defaultLanguage).text) : '';
    },
  };
}

const indexes = new WeakMap<CatalogModel, Map<string, CatalogSearchIndex>>();

/** {@link createCatalogSearchIndex}, built once per model and language pair and then reused. */
export function getCatalogSearchIndex(model: CatalogModel, options: CatalogSearchIndexOptions): CatalogSearchIndex {
  let byLanguage = indexes.get(model);
  if (!byLanguage) {
    byLanguage = new Map();
    indexes.set(model, byLanguage);
  }
  const key = `${options.language}|${options.defaultLanguage ?? ''}`;
  let index = byLanguage.get(key);
  if (!index) {
    index = createCatalogSearchIndex(model, options);
    byLanguage.set(key, index);
  }
  return index;
}
