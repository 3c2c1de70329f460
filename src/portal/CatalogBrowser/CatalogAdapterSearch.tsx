import { useMemo } from 'react';
import type { CatalogModel } from '../../catalog/model.js';
import type { CatalogSearchGroup, CatalogSearchHit, CatalogSearchResult } from '../../catalog/searchIndex.js';
import { getCategoryPath } from '../../catalog/model.js';
import { searchTerms } from '../../catalog/fold.js';
import type { CatalogCategory } from '../../model/catalog.js';
import type { SearchResult } from '../../adapters/types.js';
import { useSearch } from '../../data/search.js';
import { ErrorState } from '../states/ErrorState.js';
import { LoadingState } from '../states/LoadingState.js';
import { useFormatters } from '../PortalProvider/useFormatters.js';
import { useCatalogBrowserContext } from './context.js';
import { VisuallyHidden } from '../../internal/visuallyHidden.js';
import { CatalogSearchResults } from './CatalogSearchResults.js';

const NAME = 'CatalogAdapterSearch';

/**
 * The hits of a server-side search, as the catalog shows them: only items the catalog shows
 * (the adapter's answer is checked against the same visibility rules), grouped by category.
 */
export function toCatalogSearchResult(model: CatalogModel, query: string, results: readonly SearchResult[]): CatalogSearchResult {
  const hits: CatalogSearchHit[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    const item = result.type === 'catalog-item' ? model.itemsById.get(result.id) : undefined;
    if (!item || seen.has(item.id)) continue;
    seen.add(item.id);
    hits.push({ item, inTitle: false });
  }
  const groups = new Map<string, CatalogSearchHit[]>();
  for (const hit of hits) {
    for (const categoryId of model.categoriesOfItem.get(hit.item.id) ?? []) {
      const group = groups.get(categoryId);
      if (group) group.push(hit);
      else groups.set(categoryId, [hit]);
    }
  }
  const grouped: CatalogSearchGroup[] = [...groups].map(([categoryId, groupHits]) => {
    const path = getCategoryPath(model, categoryId);
    return { category: path[path.length - 1] as CatalogCategory, path, hits: groupHits };
  });
  return { query, terms: searchTerms(query), hits, groups: grouped };
}

export interface CatalogAdapterSearchProps {
  /** The query to search for. */
  query: string;
  /** Hits shown at first and per "Show more results". */
  pageSize: number;
  /** The most hits asked of the adapter. */
  limit: number;
}

/** Search results from the host's `SearchAdapter` (a catalog searched on the server). */
export function CatalogAdapterSearch({ query, pageSize, limit }: CatalogAdapterSearchProps) {
  const { model, language, t } = useCatalogBrowserContext(NAME);
  const { formatNumber } = useFormatters();
  const search = useSearch({ query, language, types: ['catalog-item'], limit });
  const result = useMemo(() => (search.data ? toCatalogSearchResult(model, query, search.data.data) : undefined), [model, query, search.data]);
  if (search.status === 'error' && search.error) return <ErrorState error={search.error} onRetry={search.retry} message={t('catalog.searchUnavailable')} />;
  if (!result || search.isPlaceholderData) return <LoadingState variant="list" />;
  return (
    <>
      <VisuallyHidden role="status" data-slot="catalog-search-status">
        {t('catalog.resultCount', { query: query.trim(), count: formatNumber(result.hits.length) })}
      </VisuallyHidden>
      <CatalogSearchResults result={result} pageSize={pageSize} />
    </>
  );
}
CatalogAdapterSearch.displayName = NAME;
