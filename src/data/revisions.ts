import type { ListResult, RestoreRevisionParams, RevisionListParams } from '../adapters/types.js';
import type { Revision } from '../model/revision.js';
import { useAdapterMutation, useAdapterQuery, useRequiredAdapter, type DataResult, type MutationResult, type QueryOptions } from './useAdapterQuery.js';

/** Parameters of {@link useRevisions}. */
export interface UseRevisionsParams extends Omit<RevisionListParams, 'signal'>, QueryOptions {}

/** A page of one record's revisions, newest first (admin screens). */
export function useRevisions({ enabled, ...params }: UseRevisionsParams): DataResult<ListResult<Revision>> {
  const { adapter } = useRequiredAdapter('revisions', 'useRevisions');
  return useAdapterQuery('useRevisions', 'revisions', 'list', params, (signal) => adapter.list({ ...params, signal }), { enabled, keepPrevious: true });
}

/** Restores a revision as its record's next version; the record, its history and search refresh afterwards. */
export function useRestoreRevision(): MutationResult<RestoreRevisionParams, Revision> {
  const { adapter } = useRequiredAdapter('revisions', 'useRestoreRevision');
  return useAdapterMutation('useRestoreRevision', ['revisions', 'customPages', 'homePage', 'catalog', 'layout', 'scriptSettings'], (params: RestoreRevisionParams) => adapter.restore(params));
}
