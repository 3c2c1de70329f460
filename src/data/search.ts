import type { ListResult, SearchParams, SearchResult } from '../adapters/types.js';
import { useAdapterQuery, useRequiredAdapter, type DataResult, type QueryOptions } from './useAdapterQuery.js';

/** Parameters of {@link useSearch}. */
export interface UseSearchParams extends Omit<SearchParams, 'signal'>, QueryOptions {}

/**
 * Search results for a query in the customer's language (search-driven link lists, catalog
 * search). A blank query does not search; while a new query runs the previous results stay.
 */
export function useSearch({ enabled, ...params }: UseSearchParams): DataResult<ListResult<SearchResult>> {
  const { adapter } = useRequiredAdapter('search', 'useSearch');
  const request = { ...params, query: params.query.trim() };
  return useAdapterQuery('useSearch', 'search', 'search', request, (signal) => adapter.search({ ...request, signal }), {
    enabled: (enabled ?? true) && request.query.length > 0,
    keepPrevious: true,
  });
}
