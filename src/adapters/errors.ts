import type { FieldIssue } from '../model/validate.js';

/** What went wrong, in terms a component can act on. */
export type AdapterErrorKind = 'not_found' | 'conflict' | 'validation' | 'unauthorized' | 'unavailable';

// A registered symbol survives two copies of the library in one page (a host bundling the
// adapters entry twice), where `instanceof` would not.
const ADAPTER_ERROR: unique symbol = Symbol.for('helpdesk-portal-kit.AdapterError');

/** Base class of every error an adapter rejects with. */
export abstract class AdapterError extends Error {
  /** What went wrong. */
  abstract readonly kind: AdapterErrorKind;
  /** @internal brand checked by {@link isAdapterError}. */
  readonly [ADAPTER_ERROR] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The record does not exist (or the portal may not show it). */
export class NotFoundError extends AdapterError {
  readonly kind = 'not_found';
  /** The kind of record looked for (`customPage`, `ticket`, …). */
  readonly resource: string;
  /** The id or slug looked for. */
  readonly id: string | undefined;

  constructor(resource: string, id?: string, message = `No ${resource}${id === undefined ? '' : ` "${id}"`} found`) {
    super(message);
    this.resource = resource;
    this.id = id;
  }
}

/** A write named a version that is no longer the stored one. */
export class ConflictError<Current = unknown> extends AdapterError {
  readonly kind = 'conflict';
  /** The record as stored now (to show the admin what changed), or `null` if unknown. */
  readonly current: Current | null;

  constructor(current: Current | null, message = 'The record was changed in the meantime') {
    super(message);
    this.current = current;
  }
}

/**
 * Data failed validation: a write the adapter refused (`origin: 'input'`, the editor puts the
 * messages on its fields), or a malformed response found at the library's boundary
 * (`origin: 'response'`, the component shows an error state).
 */
export class ValidationError extends AdapterError {
  readonly kind = 'validation';
  /** Every problem with its field path (`content.de.title`). */
  readonly issues: readonly FieldIssue[];
  /** Who is at fault: the data sent, or the data received. */
  readonly origin: 'input' | 'response';

  constructor(issues: readonly FieldIssue[], options: { origin?: 'input' | 'response'; message?: string; cause?: unknown } = {}) {
    super(options.message ?? describeIssues(issues), { cause: options.cause });
    this.issues = issues;
    this.origin = options.origin ?? 'input';
  }

  /** Messages per field path, for an edit form: `{ 'content.de.title': ['Too long'] }`. */
  get fieldErrors(): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    for (const issue of this.issues) (errors[issue.path] ??= []).push(issue.message);
    return errors;
  }
}

/** The customer or admin is not signed in, or may not do this. */
export class UnauthorizedError extends AdapterError {
  readonly kind = 'unauthorized';

  constructor(message = 'Not authorized') {
    super(message);
  }
}

/** The data source cannot be reached or refused to store (network down, storage full, rate limit). */
export class UnavailableError extends AdapterError {
  readonly kind = 'unavailable';
  /** Seconds after which a retry may succeed, when the source said so. */
  readonly retryAfter: number | undefined;

  constructor(message = 'The data source is unavailable', options: { retryAfter?: number | undefined; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.retryAfter = options.retryAfter;
  }
}

function describeIssues(issues: readonly FieldIssue[]): string {
  if (issues.length === 0) return 'Invalid data';
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Whether `error` is one of the library's adapter errors (also from another copy of the library). */
export function isAdapterError(error: unknown): error is AdapterError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[ADAPTER_ERROR] === true;
}

/**
 * Whether `error` is the rejection of an aborted request. An abort is not an error state: the
 * component that asked is gone or asked for something else.
 */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The error an aborted operation rejects with: the signal's reason if it is an AbortError, else a new one. */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('The operation was aborted', 'AbortError');
}

/** Rejects with an AbortError when `signal` is already aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}

/**
 * Any rejection as an {@link AdapterError}: adapter errors and aborts pass through, anything else
 * (a failed `fetch`, a bug in a host adapter) becomes `unavailable` with the original as `cause`.
 */
export function toAdapterError(error: unknown): AdapterError {
  if (isAdapterError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new UnavailableError(message || 'The data source failed', { cause: error });
}

/** Creates an error of `kind` with a generic message (for fault injection and tests). */
export function createAdapterError(kind: AdapterErrorKind, options: { retryAfter?: number; message?: string } = {}): AdapterError {
  switch (kind) {
    case 'not_found':
      return new NotFoundError('record', undefined, options.message ?? 'Not found');
    case 'conflict':
      return new ConflictError(null, options.message);
    case 'validation':
      return new ValidationError([{ path: '', code: 'injected', message: options.message ?? 'Invalid data' }], { origin: 'response' });
    case 'unauthorized':
      return new UnauthorizedError(options.message);
    case 'unavailable':
      return new UnavailableError(options.message, { retryAfter: options.retryAfter });
  }
}
