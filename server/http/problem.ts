import { isAdapterError, type AdapterErrorKind } from '../../src/adapters/errors.js';
import type { FieldIssue } from '../../src/model/validate.js';

/** A Problem Details body (RFC 9457) with the library's error kind. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  kind: AdapterErrorKind;
  detail?: string | undefined;
  instance?: string | undefined;
  errors?: FieldIssue[] | undefined;
  resource?: string | undefined;
  id?: string | undefined;
  current?: unknown;
}

/** A problem and the headers that go with it. */
export interface ProblemResponse {
  problem: Problem;
  headers?: Record<string, string>;
}

// Problem types this API defines; everything else is `about:blank` (the status code says it all).
const TYPE = {
  validation: 'urn:helpdesk-portal-kit:problem:validation',
  conflict: 'urn:helpdesk-portal-kit:problem:version-conflict',
  preconditionRequired: 'urn:helpdesk-portal-kit:problem:precondition-required',
  notFound: 'urn:helpdesk-portal-kit:problem:not-found',
} as const;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The library's error kind a status code stands for. */
export function kindOfStatus(status: number): AdapterErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 409 || status === 412) return 'conflict';
  if (status >= 500 || status === 429) return 'unavailable';
  return 'validation';
}

/** A problem for `status`, with the generic title of the status. */
export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, kind: kindOfStatus(status), detail, ...extra };
}

/** A `422` listing every field error. */
export function validationProblem(errors: FieldIssue[], detail = 'The request has invalid fields.', status = 422): Problem {
  return problem(status, detail, { type: TYPE.validation, title: 'Invalid fields', errors });
}

/** A `428` for a write that does not say which version it is based on. */
export function preconditionRequired(detail: string): Problem {
  return problem(428, detail, { type: TYPE.preconditionRequired, title: 'Precondition Required' });
}

/** The problem an adapter error from the store stands for. */
export function problemFromAdapterError(error: unknown): ProblemResponse | undefined {
  if (!isAdapterError(error)) return undefined;
  switch (error.kind) {
    case 'not_found': {
      const { resource, id } = error as unknown as { resource?: string; id?: string };
      return { problem: problem(404, error.message, { type: TYPE.notFound, title: 'Not Found', resource, id }) };
    }
    case 'conflict':
      return {
        problem: problem(412, error.message, { type: TYPE.conflict, title: 'Version conflict', current: (error as unknown as { current: unknown }).current ?? null }),
      };
    case 'validation':
      return { problem: validationProblem([...(error as unknown as { issues: FieldIssue[] }).issues], error.message) };
    case 'unauthorized':
      return { problem: problem(401, error.message), headers: { 'www-authenticate': 'Bearer realm="helpdesk-portal-kit"' } };
    case 'unavailable': {
      const retryAfter = (error as unknown as { retryAfter?: number }).retryAfter ?? 1;
      return { problem: problem(503, error.message), headers: { 'retry-after': String(Math.max(0, Math.ceil(retryAfter))) } };
    }
  }
}

/** Turns an Ajv error list into field issues with dot paths (`content.de.title`, `query.perPage`). */
export function issuesFromAjv(
  errors: ReadonlyArray<{ instancePath: string; keyword: string; message?: string | undefined; params: Record<string, unknown> }>,
  part: string,
): FieldIssue[] {
  const prefix = part === 'body' ? [] : [part === 'querystring' ? 'query' : part];
  return errors.map((error) => {
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') segments.push(error.params.missingProperty);
    if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') segments.push(error.params.additionalProperty);
    const code = error.keyword.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    return { path: [...prefix, ...segments].join('.'), code, message: error.message ?? 'is invalid' };
  });
}
