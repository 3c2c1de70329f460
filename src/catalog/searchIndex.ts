import uFuzzy from '@leeoniya/ufuzzy';
import type { CatalogCategory, CatalogItem } from '../model/catalog.js';
import { foldText, searchTerms } from './fold.js';
import { getCategoryPath, localizeItem, type CatalogModel } from './model.js';
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

// What separates words in folded text: white space and the punctuation of Latin, Arabic and
// general text. Cheaper than "anything but a letter or digit" (a Unicode property class), and
// safe: a word that keeps some other symbol is still found, since terms match inside words.
const WORD_SEPARATOR = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f\u060c\u061b\u061f\u066a-\u066d\u06d4\ufd3e\ufd3f]+/;
const ASCII_WORD_SEPARATOR = /[^a-z\d]+/;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included.
const ASCII_TEXT = /^[\u0000-\u007f]*$/;

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
  const positionOf = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const postings: number[][] = [];

  const addWords = (folded: string, position: number) => {
    // ASCII text (after folding, most of it) splits with a much faster expression.
    const words = folded.split(ASCII_TEXT.test(folded) ? ASCII_WORD_SEPARATOR : WORD_SEPARATOR);
    for (const word of words) {
      if (word === '') continue;
      let id = wordIds.get(word);
      if (id === undefined) {
        id = vocabulary.length;
        wordIds.set(word, id);
        vocabulary.push(word);
        postings.push([position]);
        continue;
      }
      const list = postings[id] as number[];
      // Items are added in order, so a repeated word of the same item is the list's last entry.
      if (list[list.length - 1] !== position) list.push(position);
    }
  };

  for (let position = 0; position < count; position += 1) {
    const item = items[position] as CatalogItem;
    const content = localizeItem(item, language, defaultLanguage);
    const title = foldText(content.title);
    titles[position] = title;
    positionOf.set(item.id, position);
    // One split per item: title, text and link labels together (the title is folded once).
    let rest = htmlToSearchText(content.text);
    for (const link of content.links) rest += ' ' + link.label;
    const folded = title + ' ' + foldText(rest);
    haystack[position] = folded;
    addWords(folded, position);
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
  // The words containing each single letter, once asked: every search starts with one.
  const wordsWithLetter = new Map<string, number[]>();
  const wordsContaining = (term: string): number[] => {
    const known = recentTerms.get(term) ?? wordsWithLetter.get(term);
    if (known) return known;
    if (term.length === 1) {
      const words = matcher.filter(vocabulary, term) ?? [];
      wordsWithLetter.set(term, words);
      return words;
    }
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

  // Marks per item, stamped with a number per search so they never need clearing.
  const seenAt = new Int32Array(count);
  let stamp = 0;
  const everyPosition = Array.from({ length: count }, (_, position) => position);
  let last: CatalogSearchResult | undefined;
  let lastPositions: number[] | undefined;

  function search(query: string): CatalogSearchResult {
    const terms = searchTerms(query);
    if (terms.length === 0) return emptyResult(query);
    if (last && last.terms.join(' ') === terms.join(' ')) return { ...last, query };

    const key = terms.join(' ');
    let positions: number[];
    if (last && lastPositions && key.startsWith(last.terms.join(' '))) {
      // Typing only narrows: check the previous hits' text instead of searching everything.
      positions = lastPositions.filter((position) => {
        const text = haystack[position] as string;
        return terms.every((term) => text.includes(term));
      });
    } else {
      let candidates: number[] | undefined;
      const nextRecent = new Map<string, number[]>();
      for (const term of terms) {
        const words = wordsContaining(term);
        nextRecent.set(term, words);
        let total = 0;
        for (const word of words) total += (postings[word] as number[]).length;
        const pool = candidates;
        if (total > (pool ? pool.length * 4 : count)) {
          // A term in most words (one letter): reading the texts is cheaper than merging lists.
          const source = pool ?? everyPosition;
          candidates = source.filter((position) => (haystack[position] as string).includes(term));
        } else {
          stamp += 1;
          for (const word of words) for (const position of postings[word] as number[]) seenAt[position] = stamp;
          candidates = pool ? pool.filter((position) => seenAt[position] === stamp) : everyPosition.filter((position) => seenAt[position] === stamp);
        }
        if (candidates.length === 0) break;
      }
      recentTerms = nextRecent;
      positions = candidates ?? [];
    }
    lastPositions = positions;

    const titleHits: CatalogSearchHit[] = [];
    const textHits: CatalogSearchHit[] = [];
    for (const position of positions) {
      const title = titles[position] as string;
      if (terms.every((term) => title.includes(term))) titleHits.push(hitOf(position, true));
      else textHits.push(hitOf(position, false));
    }
    const hits = titleHits.concat(textHits);
    // A keystroke that leaves the hits as they were (hit objects are shared) keeps the groups.
    const previous = last;
    if (previous && previous.hits.length === hits.length && hits.every((hit, index) => hit === previous.hits[index])) {
      last = { query, terms, hits: previous.hits, groups: previous.groups };
      return last;
    }

    const groups = new Map<string, CatalogSearchHit[]>();
    for (const hit of hits) {
      for (const categoryId of model.categoriesOfItem.get(hit.item.id) ?? []) {
        const group = groups.get(categoryId);
        if (group) group.push(hit);
        else groups.set(categoryId, [hit]);
      }
    }
    last = {
      query,
      terms,
      hits,
      groups: [...groups].map(([categoryId, groupHits]) => {
        const path = pathOf(categoryId);
        return { category: path[path.length - 1] as CatalogCategory, path, hits: groupHits };
      }),
    };
    return last;
  }

  return {
    language,
    size: count,
    search,
    plainText: (itemId) => {
      const position = positionOf.get(itemId);
      return position === undefined ? '' : htmlToPlainText(localizeItem(items[position] as CatalogItem, language, defaultLanguage).text);
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
