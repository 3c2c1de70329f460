import { createId } from '../../model/common.js';
import { buildRevision, type RestoredFrom, type Revision, type RevisionAuthor, type RevisionOf, type RevisionRecordKind } from '../../model/revision.js';
import type { ListResult } from '../types.js';
import { paginate } from './query.js';
import type { StorageChange } from './storage.js';

/** The write of a new revision, committed with the record it belongs to. */
export function revisionChange<Kind extends RevisionRecordKind>(
  recordKind: Kind,
  previous: RevisionOf<Kind>['snapshot'] | null,
  record: RevisionOf<Kind>['snapshot'],
  author: RevisionAuthor | null,
  restoredFrom?: RestoredFrom,
): Extract<StorageChange, { collection: 'revisions' }> {
  const revision = buildRevision({ id: createId('revision-'), recordKind, previous, record, author, restoredFrom }) as Revision;
  return { collection: 'revisions', id: revision.id, expectedVersion: null, record: revision };
}

/** A record's revisions, newest first (by version, then by time saved). */
export function listRevisions(
  revisions: readonly Revision[],
  recordKind: RevisionRecordKind,
  recordId: string,
  page: number | undefined,
  perPage: number | undefined,
): ListResult<Revision> {
  const matching = revisions
    .filter((revision) => revision.recordKind === recordKind && revision.recordId === recordId)
    .sort((a, b) => b.version - a.version || b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
  return paginate(matching, page, perPage);
}
