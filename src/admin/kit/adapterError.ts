import { toAdapterError, type AdapterErrorKind } from '../../adapters/index.js';
import type { FieldIssue } from '../../model/index.js';

/** What an adapter error says went wrong. */
export type AdminErrorKind = AdapterErrorKind;

/**
 * The parts of an adapter error the admin screens act on: its kind, the field issues of a
 * `validation` error, and the stored record of a `conflict`. A plain value (editors also use
 * it for their own client-side "the form is invalid" state).
 */
export interface AdminError {
  kind: AdminErrorKind;
  message: string;
  /** `validation`: every problem with its field path (`content.de.title`). */
  issues: readonly FieldIssue[];
  /** `conflict`: the record as stored now, when the adapter knows it. */
  current: unknown;
}

/**
 * Reads any rejection as an {@link AdminError} through the adapters' `toAdapterError`:
 * adapter errors keep their kind, anything else (a failed `fetch`, a bug) is `unavailable`.
 */
export function toAdminError(error: unknown): AdminError {
  const adapterError = toAdapterError(error);
  const { issues, current } = adapterError as { issues?: readonly FieldIssue[]; current?: unknown };
  return {
    kind: adapterError.kind,
    message: adapterError.message,
    issues: adapterError.kind === 'validation' && Array.isArray(issues) ? issues : [],
    current: adapterError.kind === 'conflict' ? (current ?? null) : null,
  };
}

export { isAbortError } from '../../adapters/index.js';
