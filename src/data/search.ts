import type { ListResult, SearchParams, SearchResult } from '../adapters/types.js';
import { useAdapterQuery, useRequiredAdapter, type DataResult, type QueryOptions } from './useAdapterQuery.js';
import { useViewer, viewerKey } from './viewer.js';

/** Parameters of {@link useSearch}. */
export interface UseSearchParams extends Omit<SearchParams, 'signal' | 'viewer'>, QueryOptions {}

/**
 * Search results for a query in the customer's language (search-driven link lists, catalog
 * search). A blank query does not search; while a new query runs the previous results stay.
 */
export function useSearch({ enabled, ...params }: UseSearchParams): DataResult<ListResult<SearchResult>> {
  const { adapter } = useRequiredAdapter('search', 'useSearch');
  const viewer = useViewer();
  const request = { ...params, query: params.query.trim() };
  // The searcher is the customer of the nearest `PortalProvider`; signing in or out searches again.
  return useAdapterQuery('useSearch', 'search', 'search', { ...request, viewer: viewerKey(viewer) }, (signal) => adapter.search({ ...request, viewer, signal }), {
    enabled: (enabled ?? true) && request.query.length > 0,
    keepPrevious: true,
  });
}
