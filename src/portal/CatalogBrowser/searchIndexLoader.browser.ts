// The browser twin of `searchIndexLoader.ts` (chosen by the package.json `browser` field): the
// search index code and uFuzzy load in their own chunk when the customer first focuses the
// search field or arrives with a query, so a visitor who only browses never downloads them.
import type { GetCatalogSearchIndex } from './searchIndexLoader.js';

let loaded: GetCatalogSearchIndex | undefined;
let loading: Promise<GetCatalogSearchIndex> | undefined;

/** The index builder, once it has loaded; `undefined` before. */
export function loadedSearchIndex(): GetCatalogSearchIndex | undefined {
  return loaded;
}

/** Loads the index builder (once; a failed load is tried again by the next caller). */
export function loadSearchIndex(): Promise<GetCatalogSearchIndex> {
  loading ??= import('../../catalog/searchIndex.js').then(
    (module) => (loaded = module.getCatalogSearchIndex),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
