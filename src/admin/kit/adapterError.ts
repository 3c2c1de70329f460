import type { FieldIssue } from '../../model/index.js';

/** What an adapter error says went wrong (the adapters' `AdapterError['kind']`). */
export type AdminErrorKind = 'not_found' | 'conflict' | 'validation' | 'unauthorized' | 'unavailable';

/**
 * The parts of an adapter error the admin screens act on: its kind, the field issues of a
 * `validation` error, and the stored record of a `conflict`.
 */
export interface AdminError {
  kind: AdminErrorKind;
  message: string;
  /** `validation`: every problem with its field path (`content.de.title`). */
  issues: readonly FieldIssue[];
  /** `conflict`: the record as stored now, when the adapter knows it. */
  current: unknown;
}

const KINDS = new Set<string>(['not_found', 'conflict', 'validation', 'unauthorized', 'unavailable']);

/**
 * Reads any rejection as an {@link AdminError}. Errors of the library's adapters (and any
 * error shaped like them: `kind`, and `issues` / `fieldErrors` / `current` where they apply)
 * keep their kind; anything else (a failed `fetch`, a bug) is `unavailable`.
 */
export function toAdminError(error: unknown): AdminError {
  if (typeof error === 'object' && error !== null) {
    const candidate = error as { kind?: unknown; message?: unknown; issues?: unknown; fieldErrors?: unknown; current?: unknown };
    if (typeof candidate.kind === 'string' && KINDS.has(candidate.kind)) {
      return {
        kind: candidate.kind as AdminErrorKind,
        message: typeof candidate.message === 'string' ? candidate.message : '',
        issues: readIssues(candidate.issues, candidate.fieldErrors),
        current: candidate.current ?? null,
      };
    }
  }
  return { kind: 'unavailable', message: error instanceof Error ? error.message : String(error), issues: [], current: null };
}

function readIssues(issues: unknown, fieldErrors: unknown): FieldIssue[] {
  if (Array.isArray(issues)) {
    return issues
      .filter((issue): issue is FieldIssue => typeof issue === 'object' && issue !== null && typeof (issue as FieldIssue).path === 'string')
      .map((issue) => ({ path: issue.path, code: String(issue.code ?? 'invalid'), message: String(issue.message ?? '') }));
  }
  if (typeof fieldErrors === 'object' && fieldErrors !== null) {
    return Object.entries(fieldErrors as Record<string, unknown>).flatMap(([path, messages]) =>
      (Array.isArray(messages) ? messages : [messages]).map((message) => ({ path, code: 'invalid', message: String(message) })),
    );
  }
  return [];
}

/** Whether an error is the rejection of an aborted request (not an error to show). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
