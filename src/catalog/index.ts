// The catalog's logic without React: visibility, localization, the search index and
// highlighting. The portal's CatalogBrowser renders what these functions compute.

export { createCatalogModel, getCatalogModel, getCategoryPath, localizeCategory, localizeItem, walkCatalogTree } from './model.js';
export type { CatalogModel, LocalizedCategory, LocalizedItem } from './model.js';
export { createCatalogSearchIndex, getCatalogSearchIndex } from './searchIndex.js';
export type { CatalogSearchGroup, CatalogSearchHit, CatalogSearchIndex, CatalogSearchIndexOptions, CatalogSearchResult } from './searchIndex.js';
export { findHighlightRanges, foldText, foldWithOffsets, makeExcerpt, searchTerms, splitByRanges } from './fold.js';
export type { Excerpt, FoldedText, HighlightRange, TextPart } from './fold.js';
export { htmlToPlainText } from './plainText.js';
