import type { FieldIssue } from '../../model/validate.js';
import { ConflictError, NotFoundError, UnauthorizedError, UnavailableError, ValidationError, type AdapterError } from '../errors.js';

/** What the request was about, for errors whose body does not say. */
export interface RequestContext {
  /** The kind of record (`custom page`). */
  resource: string;
  /** The id or slug asked for. */
  id?: string | undefined;
  /** Field errors of a refused body go on this field when the server names none (`file` for uploads). */
  field?: string | undefined;
}

/** The parts of an RFC 9457 problem body the client uses. */
interface ProblemBody {
  detail?: unknown;
  title?: unknown;
  errors?: unknown;
  current?: unknown;
  resource?: unknown;
  id?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value.slice(0, 2000) : undefined);

function fieldIssues(errors: unknown): FieldIssue[] {
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((error): error is Record<string, unknown> => typeof error === 'object' && error !== null)
    .map((error) => ({
      path: typeof error.path === 'string' ? error.path : '',
      code: text(error.code) ?? 'invalid',
      message: text(error.message) ?? 'Invalid value',
    }));
}

/** Seconds from a `Retry-After` header (delay-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number.parseInt(header, 10);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The library's error for a response that is not a success: the status decides the kind, the
 * problem body (RFC 9457) adds field errors, the stored record of a conflict and messages.
 */
export function errorFromResponse(status: number, body: unknown, headers: Headers, context: RequestContext): AdapterError {
  const problem: ProblemBody = typeof body === 'object' && body !== null ? (body as ProblemBody) : {};
  const detail = text(problem.detail) ?? text(problem.title);
  if (status === 401 || status === 403) return new UnauthorizedError(detail);
  if (status === 404 || status === 410) {
    return new NotFoundError(text(problem.resource) ?? context.resource, text(problem.id) ?? context.id, detail);
  }
  if (status === 409 || status === 412) {
    return new ConflictError(typeof problem.current === 'object' ? problem.current : null, detail);
  }
  if (status === 429 || status >= 500 || status < 400) {
    return new UnavailableError(detail ?? `The server answered ${status}`, { retryAfter: parseRetryAfter(headers.get('retry-after')) });
  }
  const issues = fieldIssues(problem.errors);
  if (issues.length === 0) issues.push({ path: context.field ?? '', code: `http_${status}`, message: detail ?? `The server refused the request (${status})` });
  return new ValidationError(issues, { origin: 'input', message: detail });
}
