// How `CatalogBrowser` reaches its search index (uFuzzy). This module is what servers, tests and
// bundlers without the `browser` field get: a static import, so a server render that arrives
// with a query shows its results. Browser bundles get `searchIndexLoader.browser.ts` instead
// (package.json `browser` field), which loads the index code when the customer first searches.
// Both have the same exports.
import { getCatalogSearchIndex } from '../../catalog/searchIndex.js';

/** Builds (or reuses) the search index of a catalog model in a language. */
export type GetCatalogSearchIndex = typeof getCatalogSearchIndex;

/** The index builder, when it is loaded; here always. */
export function loadedSearchIndex(): GetCatalogSearchIndex | undefined {
  return getCatalogSearchIndex;
}

/** Loads the index builder; here it is loaded already. */
export function loadSearchIndex(): Promise<GetCatalogSearchIndex> {
  return Promise.resolve(getCatalogSearchIndex);
}
