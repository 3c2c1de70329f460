import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import cors from '@fastify/cors';
import type Database from 'better-sqlite3';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { createDemoSeed } from '../src/adapters/seed/demoSeed.js';
import type { PortalSeed } from '../src/adapters/seed/types.js';
import type { CustomerGroup, Viewer } from '../src/model/audience.js';
import { openDatabase } from './db/database.js';
import { loadContract, type ContractOperation, type JsonSchema } from './http/contract.js';
import { createHandlers, ProblemError, type HandlerInput } from './http/handlers.js';
import { issuesFromAjv, problem, problemFromAdapterError, validationProblem, type Problem } from './http/problem.js';
import { createSqliteStore, seedDatabase, type SqliteStore } from './store/sqliteStore.js';

/** Options of {@link startPortalServer}. */
export interface PortalServerOptions {
  /** Where the database (`portal.sqlite`) and uploaded files (`assets/`) live; created when missing. */
  dataDirectory: string;
  /** The admin's bearer token (at least 16 characters). */
  adminToken: string;
  /**
   * A signed-in customer's bearer token for the ticket routes (the admin token works too): a
   * customer in no group. Sent with portal reads, it shows what is limited to signed-in customers.
   */
  customerToken?: string | undefined;
  /**
   * Signed-in customers, each with their bearer token (at least 16 characters) and the customer
   * groups they are in. A portal read with one's token shows what that customer's audience
   * allows; without a token (or with any other) the portal reads are an anonymous visitor's.
   * Their tokens open the ticket routes too.
   */
  customers?: readonly PortalServerCustomer[] | undefined;
  /**
   * The customer groups admins may limit content to (`GET /admin/customer-groups`).
   * @default the seed's `customerGroups` (the demo's groups with the default seed)
   */
  customerGroups?: readonly CustomerGroup[] | undefined;
  /** The content of a new database; `null` for an empty one. @default createDemoSeed() */
  seed?: PortalSeed | null | undefined;
  /** The address to listen on. @default '127.0.0.1' */
  host?: string | undefined;
  /** The port; 0 picks a free one. @default 8787 */
  port?: number | undefined;
  /** The server's address as clients see it (for asset URLs). @default the address it listens on */
  publicUrl?: string | undefined;
  /** Largest accepted upload in bytes. @default 2 MiB */
  maxUploadBytes?: number | undefined;
  /** Largest accepted JSON body in bytes. @default 4 MiB */
  bodyLimit?: number | undefined;
  /** Seconds a CDN or browser may serve a portal read without asking again. @default 60 */
  portalMaxAge?: number | undefined;
  /** Origins allowed to call the API from a browser (CORS). @default none */
  corsOrigins?: readonly string[] | undefined;
  /**
   * Check every JSON response against the contract before it is sent; a mismatch is logged and
   * recorded in `contractViolations`. @default true unless NODE_ENV is `production`
   */
  validateResponses?: boolean | undefined;
  /** Fastify's logger option. @default false */
  logger?: FastifyServerOptions['logger'];
  /** The clock for `updatedAt`. @default () => new Date() */
  now?: (() => Date) | undefined;
}

/** A signed-in customer the reference backend knows by bearer token. */
export interface PortalServerCustomer {
  /** The customer's bearer token (at least 16 characters). */
  token: string;
  /** The host's id for the customer. */
  id: string;
  /** Display name. */
  name: string;
  /** The customer groups the customer is in (ids). @default none */
  groups?: readonly string[] | undefined;
}

/** A running reference backend. */
export interface PortalServer {
  /** The base URL it listens on, e.g. `http://127.0.0.1:8787`. */
  url: string;
  app: FastifyInstance;
  store: SqliteStore;
  db: Database.Database;
  /** Responses that did not match the contract (with `validateResponses`). */
  contractViolations: string[];
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    operation?: ContractOperation;
  }
}

const MEBIBYTE = 1024 * 1024;

function createAjv(coerce: boolean) {
  const ajv = new Ajv2020({ allErrors: true, coerceTypes: coerce ? 'array' : false, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv;
}

function digest(text: string) {
  return createHash('sha256').update(text).digest();
}

function tokenMatches(sent: string, expected: string | undefined): boolean {
  if (!expected) return false;
  // Compare digests in constant time: the comparison must not leak how much of a guess was right.
  return timingSafeEqual(digest(sent), digest(expected));
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

function mediaTypeOf(header: string | undefined): string | undefined {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

/**
 * Starts the reference backend: the contract in openapi/portal.yaml implemented on SQLite, every
 * request checked against the contract before a handler sees it.
 */
export async function startPortalServer(options: PortalServerOptions): Promise<PortalServer> {
  if (options.adminToken.length < 16) throw new Error('The admin token must have at least 16 characters.');
  if (options.customerToken !== undefined && options.customerToken.length < 16) throw new Error('The customer token must have at least 16 characters.');
  for (const customer of options.customers ?? []) {
    if (customer.token.length < 16) throw new Error(`The token of customer ${customer.id} must have at least 16 characters.`);
  }
  // The plain customer token is a customer in no group.
  const customers: readonly PortalServerCustomer[] = [
    ...(options.customers ?? []),
    ...(options.customerToken !== undefined ? [{ token: options.customerToken, id: 'customer', name: 'Customer' }] : []),
  ];
  /** The customer whose token was sent, if any (every token compared, so the time taken does not tell which). */
  const customerOf = (sent: string | undefined): PortalServerCustomer | undefined => {
    if (!sent) return undefined;
    let found: PortalServerCustomer | undefined;
    for (const customer of customers) if (tokenMatches(sent, customer.token) && !found) found = customer;
    return found;
  };
  const viewerOfRequest = (request: FastifyRequest): Viewer => {
    const customer = customerOf(bearerToken(request));
    return customer ? { groups: [...(customer.groups ?? [])] } : null;
  };

  mkdirSync(options.dataDirectory, { recursive: true });
  const { db, created } = openDatabase(join(options.dataDirectory, 'portal.sqlite'));
  let defaultSeed: PortalSeed | null | undefined;
  const seedOf = () => (defaultSeed ??= options.seed === undefined ? createDemoSeed() : options.seed);
  if (created) {
    const seed = seedOf();
    if (seed) seedDatabase(db, seed);
  }

  let publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? '';
  const maxUploadBytes = options.maxUploadBytes ?? 2 * MEBIBYTE;
  const store = createSqliteStore(db, {
    assetsDirectory: join(options.dataDirectory, 'assets'),
    assetUrl: (id) => `${publicUrl}/portal/assets/${encodeURIComponent(id)}/file`,
    maxUploadBytes,
    now: options.now,
    customerGroups: options.customerGroups ?? seedOf()?.customerGroups ?? [],
  });

  const { operations } = await loadContract();
  const handlers = createHandlers(store);
  const missing = operations.filter((operation) => !handlers[operation.id]).map((operation) => operation.id);
  if (missing.length > 0) throw new Error(`The contract has operations without a handler: ${missing.join(', ')}`);

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 4 * MEBIBYTE,
    // secure-json-parse refuses `__proto__` and `constructor.prototype` keys outright.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  // Path, query and header values arrive as text: they are coerced to the contract's types.
  // Bodies are JSON and must already have the right types.
  const parameterAjv = createAjv(true);
  const bodyAjv = createAjv(false);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : parameterAjv).compile(schema as JsonSchema));

  const responseAjv = createAjv(false);
  const responseValidators = new Map<string, ValidateFunction>();
  const contractViolations: string[] = [];
  const validateResponses = options.validateResponses ?? process.env.NODE_ENV !== 'production';

  const portalMaxAge = options.portalMaxAge ?? 60;
  const sendProblem = (reply: FastifyReply, response: Problem, headers: Record<string, string> = {}) =>
    reply.code(response.status).headers(headers).type('application/problem+json').send(response);

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...options.corsOrigins],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After'],
      maxAge: 600,
    });
  }

  app.addHook('onSend', async (request, reply, payload) => {
    const operation = request.routeOptions.config.operation;
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    const success = reply.statusCode < 300;
    const cacheable = success && operation?.method === 'GET' && operation.security.length === 0;
    if (!cacheable) {
      reply.header('cache-control', operation?.security.includes('customerToken') ? 'private, no-store' : 'no-store');
      return payload;
    }
    // Portal reads depend on who asks (audiences): caches keep the answers apart by
    // Authorization, and an answer to a request with a token is the requester's alone.
    reply.header('vary', 'Authorization');
    if (request.headers.authorization !== undefined) reply.header('cache-control', 'private, no-store');
    else if (!reply.hasHeader('cache-control')) reply.header('cache-control', `public, max-age=${portalMaxAge}, stale-while-revalidate=${portalMaxAge * 5}`);
    if (!reply.hasHeader('etag') && typeof payload === 'string') {
      reply.header('etag', `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`);
    }
    const etag = reply.getHeader('etag');
    const candidates = request.headers['if-none-match']?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    // GET revalidation compares weakly: a weak and a strong tag with the same value match.
    if (typeof etag === 'string' && candidates?.includes(etag.replace(/^W\//, ''))) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });

  if (validateResponses) {
    app.addHook('preSerialization', async (request, reply, payload) => {
      const operation = request.routeOptions.config.operation;
      if (!operation) return payload;
      const status = String(reply.statusCode);
      const declared = operation.responses[status];
      let message: string | undefined;
      if (!declared) message = `status ${status} is not declared`;
      else if (declared.schema) {
        const key = `${operation.id} ${status}`;
        let validate = responseValidators.get(key);
        if (!validate) responseValidators.set(key, (validate = responseAjv.compile(declared.schema)));
        if (!validate(payload)) message = responseAjv.errorsText(validate.errors);
      }
      if (message) {
        const violation = `${operation.id} (${request.method} ${request.url}) → ${status}: ${message}`;
        contractViolations.push(violation);
        request.log.error({ violation }, 'response does not match the contract');
      }
      return payload;
    });
  }

  app.setErrorHandler((error: FastifyError & { validation?: ErrorObject[]; validationContext?: string }, request, reply) => {
    const operation = request.routeOptions.config.operation;
    if (error instanceof ProblemError) return sendProblem(reply, error.problem);
    const fromStore = problemFromAdapterError(error);
    if (fromStore) return sendProblem(reply, fromStore.problem, fromStore.headers);
    if (error.validation) {
      const part = error.validationContext ?? 'body';
      const issues = issuesFromAjv(error.validation, part);
      return part === 'body'
        ? sendProblem(reply, validationProblem(issues, 'The request body does not match the contract.'))
        : sendProblem(reply, validationProblem(issues, `The request's ${part === 'querystring' ? 'query parameters' : part} do not match the contract.`, 400));
    }
    const upload = operation?.id === 'uploadAsset';
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(
          reply,
          problem(413, 'The request body is larger than the server accepts.', upload ? { errors: [{ path: 'file', code: 'too_large', message: `The file is larger than ${Math.round(maxUploadBytes / 1024)} KiB` }] } : {}),
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, problem(415, `Send ${operation?.requestTypes.join(' or ') || 'no body'}.`));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, problem(400, 'The request body is not valid JSON.'));
    }
    if (error.code?.startsWith('SQLITE_BUSY')) return sendProblem(reply, problem(503, 'The database is busy.'), { 'retry-after': '1' });
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    return sendProblem(reply, problem(status >= 400 && status < 600 ? status : 500, status >= 500 ? 'The server failed to answer.' : error.message));
  });

  app.setNotFoundHandler((request, reply) => sendProblem(reply, problem(404, `There is no ${request.method} ${request.url.split('?')[0]}.`)));

  const register = (scope: FastifyInstance, operation: ContractOperation) => {
    const handler = handlers[operation.id]!;
    scope.route({
      method: operation.method,
      url: operation.routePath,
      schema: Object.fromEntries(Object.entries(operation.schemas).filter(([, schema]) => schema !== undefined)),
      config: { operation },
      onRequest: async (request, reply) => {
        if (operation.security.length === 0) return;
        const sent = bearerToken(request);
        const accepted = (scheme: string) => (scheme === 'adminToken' ? tokenMatches(sent!, options.adminToken) : scheme === 'customerToken' && customerOf(sent) !== undefined);
        if (sent && operation.security.some(accepted)) return;
        return sendProblem(reply, problem(401, sent ? 'The bearer token is not accepted here.' : 'Send a bearer token.'), {
          'www-authenticate': 'Bearer realm="helpdesk-portal-kit"',
        });
      },
      preValidation: async (request, reply) => {
        if (operation.id !== 'uploadAsset') return;
        const type = mediaTypeOf(request.headers['content-type']);
        if (type && !operation.requestTypes.includes(type)) {
          return sendProblem(
            reply,
            problem(415, `Files of type "${type}" are not accepted.`, {
              errors: [{ path: 'file', code: 'media_type', message: `Files of type "${type}" are not accepted; use PNG, JPEG, WebP, SVG, GIF or ICO` }],
            }),
          );
        }
      },
      handler: async (request, reply) => {
        const input: HandlerInput = {
          params: request.params as Record<string, string>,
          query: request.query as Record<string, unknown>,
          headers: request.headers,
          body: request.body,
          contentType: mediaTypeOf(request.headers['content-type']),
          viewer: viewerOfRequest(request),
        };
        const result = await handler(input);
        reply.code(result.status);
        if (result.headers) reply.headers(result.headers);
        if (result.version !== undefined) reply.header('etag', `"${result.version}"`);
        return reply.send(result.body);
      },
    });
  };

  for (const operation of operations) if (operation.id !== 'uploadAsset') register(app, operation);
  await app.register(async (scope) => {
    // Uploads are raw bytes of any declared type: what they are is decided by sniffing them.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_request, body, done) => done(null, body));
    for (const operation of operations) if (operation.id === 'uploadAsset') register(scope, operation);
  });

  try {
    const address = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8787 });
    const url = address.replace('[::1]', '127.0.0.1');
    if (!publicUrl) publicUrl = url;
    return {
      url,
      app,
      store,
      db,
      contractViolations,
      async close() {
        await app.close();
        db.close();
      },
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    db.close();
    throw error;
  }
}
