import { abortError, isAbortError, throwIfAborted, UnavailableError, ValidationError, type AdapterError } from '../errors.js';
import { errorFromResponse, type RequestContext } from './errors.js';

/** How reads are retried when the server is unavailable. Writes are never retried. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  retries?: number | undefined;
  /** The first wait in milliseconds; each further wait doubles it (with jitter). @default 300 */
  baseDelay?: number | undefined;
  /** The longest wait in milliseconds; a `Retry-After` asking for longer is not waited for. @default 5000 */
  maxDelay?: number | undefined;
}

/** A value that is ready now or later. */
export type MaybePromise<Value> = Value | Promise<Value>;

/** What {@link createHttpClient} needs. */
export interface HttpClientOptions {
  baseUrl: string;
  getToken?: (() => MaybePromise<string | null | undefined>) | undefined;
  fetch?: typeof fetch | undefined;
  retry?: RetryOptions | false | undefined;
  /** Random numbers for the jitter (tests pass a fixed one). @default Math.random */
  random?: (() => number) | undefined;
}

/** Query parameters; arrays repeat the name, `undefined` leaves it out. */
export type QueryValues = Record<string, string | number | boolean | readonly string[] | undefined>;

/** One request. */
export interface HttpRequest extends RequestContext {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: QueryValues | undefined;
  /** A JSON body, or a Blob sent as it is. */
  body?: unknown;
  headers?: Record<string, string> | undefined;
  /** Send the bearer token. */
  auth: boolean;
  signal?: AbortSignal | undefined;
}

/** A successful response: its status and parsed JSON body (`null` when it has none). */
export interface HttpResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    function onAbort() {
      clearTimeout(timer);
      reject(abortError(signal));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function queryString(query: QueryValues | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, item);
    else params.append(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 304) return null;
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (!JSON_TYPE.test(type)) {
    if (response.ok) {
      throw new ValidationError([{ path: '', code: 'content_type', message: `Expected JSON, received "${type || 'no content type'}"` }], { origin: 'response' });
    }
    return null;
  }
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (!response.ok) return null;
    throw new ValidationError([{ path: '', code: 'json', message: 'The response is not valid JSON' }], { origin: 'response', cause: error });
  }
}

/**
 * `fetch` with the contract's conventions: the base URL, the bearer token, JSON in and out,
 * statuses and problem bodies turned into the library's errors, aborts passed through, and
 * reads retried with backoff while the server is unavailable.
 */
export function createHttpClient(options: HttpClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  // Called as a plain function: `window.fetch` must not be called as a method of another object.
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const retry = options.retry === false ? { retries: 0, baseDelay: 0, maxDelay: 0 } : options.retry ?? {};
  const retries = Math.max(0, Math.floor(retry.retries ?? 2));
  const baseDelay = Math.max(0, retry.baseDelay ?? 300);
  const maxDelay = Math.max(0, retry.maxDelay ?? 5000);
  const random = options.random ?? Math.random;

  async function once(request: HttpRequest): Promise<HttpResponse> {
    throwIfAborted(request.signal);
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...request.headers };
    if (request.auth) {
      const token = await options.getToken?.();
      if (token) headers.authorization = `Bearer ${token}`;
    }
    let body: BodyInit | undefined;
    if (request.body instanceof Blob) {
      body = request.body;
      if (request.body.type) headers['content-type'] = request.body.type;
    } else if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['content-type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await doFetch(`${base}${request.path}${queryString(request.query)}`, { method: request.method, headers, body, signal: request.signal });
    } catch (error) {
      if (request.signal?.aborted) throw abortError(request.signal);
      if (isAbortError(error)) throw error;
      throw new UnavailableError(`Could not reach the server: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    let parsed: unknown;
    try {
      parsed = await readBody(response);
    } catch (error) {
      if (request.signal?.aborted) throw abortError(request.signal);
      throw error;
    }
    if (response.ok || response.status === 304) return { status: response.status, body: parsed, headers: response.headers };
    throw errorFromResponse(response.status, parsed, response.headers, request);
  }

  /** Sends `request`; a GET is retried while the server is unavailable. */
  async function send(request: HttpRequest): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await once(request);
      } catch (error) {
        const unavailable = (error as AdapterError).kind === 'unavailable';
        if (request.method !== 'GET' || !unavailable || attempt >= retries) throw error;
        const asked = (error as UnavailableError).retryAfter;
        // Equal jitter: half the backoff for sure, the other half at random, so clients that
        // failed together do not all come back at the same moment.
        const backoff = Math.min(maxDelay, baseDelay * 2 ** attempt);
        const delay = asked !== undefined ? asked * 1000 : backoff / 2 + (random() * backoff) / 2;
        if (delay > maxDelay) throw error;
        await wait(delay, request.signal);
      }
    }
  }

  return { send };
}

/** The client made by {@link createHttpClient}. */
export type HttpClient = ReturnType<typeof createHttpClient>;
