import { NotFoundError } from '../../src/adapters/errors.js';
import type { ListParams, SearchResultType, SortOrder } from '../../src/adapters/types.js';
import type { Validity } from '../../src/model/common.js';
import type { RevisionAuthor, RevisionRecordKind } from '../../src/model/revision.js';
import type { HomePageConfig } from '../../src/model/homePage.js';
import { isForViewer, type AudienceLimited, type Viewer } from '../../src/model/audience.js';
import { isShownAt, isWithinWindow, type PublishWindow } from '../../src/model/schedule.js';
import type { TicketStateType } from '../../src/model/ticket.js';
import type { SqliteStore } from '../store/sqliteStore.js';
import { preconditionRequired, problem, type Problem } from './problem.js';

/** What a handler gets: the request's parts, already checked against the contract. */
export interface HandlerInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** The request body's media type, without parameters. */
  contentType: string | undefined;
  /**
   * Who asks, for the audience rules of portal reads: the customer whose token was sent (their
   * groups), or `null` for anyone else (no token, an unknown token, the admin's).
   */
  viewer: Viewer;
}

/** What a handler answers. */
export interface HandlerResult {
  status: number;
  body?: unknown;
  /** The record's version, sent as its `ETag`. */
  version?: number | undefined;
  headers?: Record<string, string>;
}

/** One handler per operation id of the contract. */
export type Handler = (input: HandlerInput) => Promise<HandlerResult>;

/** A request the handler refuses before reaching the store. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

type Query = Record<string, unknown>;

function listParams<Field extends string>(query: Query, defaultSort: { field: Field; order: SortOrder }): ListParams<never, Field> {
  const field = query.sort as Field | undefined;
  const order = query.order as SortOrder | undefined;
  return {
    page: query.page as number | undefined,
    perPage: query.perPage as number | undefined,
    sort: field === undefined && order === undefined ? undefined : { field: field ?? defaultSort.field, order: order ?? (field === undefined ? defaultSort.order : 'asc') },
  };
}

const optional = <Value>(query: Query, name: string) => query[name] as Value | undefined;

/**
 * Who saves, as the write's query names them. This backend has one admin token and trusts the
 * client's word; a backend with a sign-in takes the admin from it instead.
 */
function authorOf(query: Query): RevisionAuthor | undefined {
  const id = optional<string>(query, 'authorId');
  const name = optional<string>(query, 'authorName')?.trim();
  if (id === undefined && name === undefined) return undefined;
  if (!id || !name) throw new ProblemError(problem(400, 'Send both authorId and authorName, or neither.'));
  return { id, name };
}

/** The version named by `If-Match` (`"3"`), `undefined` when absent. */
function ifMatch(headers: HandlerInput['headers']): number | undefined {
  const value = headers['if-match'];
  if (typeof value !== 'string') return undefined;
  // The contract's pattern has already checked the shape: one quoted positive integer.
  return Number.parseInt(value.slice(1, -1), 10);
}

function requireVersion(headers: HandlerInput['headers']): number {
  const version = ifMatch(headers);
  if (version === undefined) throw new ProblemError(preconditionRequired('Send the version this write is based on in If-Match (the record’s ETag).'));
  return version;
}

/** `If-Match: "n"` → n; `If-None-Match: *` → null (first save of a one-of-a-kind record). */
function singletonVersion(headers: HandlerInput['headers']): number | null {
  const version = ifMatch(headers);
  const none = headers['if-none-match'] === '*';
  if (version !== undefined && none) throw new ProblemError(problem(400, 'Send either If-Match or If-None-Match, not both.'));
  if (version !== undefined) return version;
  if (none) return null;
  throw new ProblemError(preconditionRequired('Send If-Match with the stored version, or If-None-Match: * when nothing was saved yet.'));
}

const ok = (body: unknown, version?: number): HandlerResult => ({ status: 200, body, version });
const created = (body: { id: string; version?: number }, location: string): HandlerResult => ({
  status: 201,
  body,
  version: body.version,
  headers: { location },
});
const nothing = (status = 204): HandlerResult => ({ status });
const orNothing = (record: { version: number } | null) => (record ? ok(record, record.version) : nothing());

/** Portal reads show valid records only: anything else is not found, like an unknown id. */
function validOnly<Record extends { validity: Validity }>(record: Record, resource: string, id: string): Record {
  if (record.validity !== 'valid') throw new NotFoundError(resource, id);
  return record;
}

/**
 * Portal reads of a scheduled record: valid, inside its publish window at `at` and for `viewer`
 * (its audience), else not found, like an unknown id.
 */
function shownOnly<Record extends { validity: Validity } & PublishWindow & AudienceLimited>(record: Record, resource: string, id: string, at: Date, viewer: Viewer): Record {
  if (!isShownAt(record, at) || !isForViewer(record, viewer)) throw new NotFoundError(resource, id);
  return record;
}

/**
 * The home page as the portal may see it at `at` for `viewer`: blocks outside their publish
 * window or not for the viewer, and teasers outside their window, are left out, so scheduled or
 * audience-limited content never leaves the server early or to the wrong requester.
 */
function shownHomePage(config: HomePageConfig | null, at: Date, viewer: Viewer): HomePageConfig | null {
  if (!config) return config;
  const blocks = config.blocks
    .filter((block) => isWithinWindow(block, at) && isForViewer(block, viewer))
    .map((block) => {
      const teasers = block.props.teasers;
      if (block.type !== 'image-teasers' || !Array.isArray(teasers)) return block;
      return { ...block, props: { ...block.props, teasers: teasers.filter((teaser: PublishWindow) => isWithinWindow(teaser, at)) } };
    });
  return { ...config, blocks };
}

const VALID: Validity[] = ['valid'];

/**
 * The contract's operations over the store. Handlers receive input the contract has already
 * checked (types, ranges, unknown parameters); the store checks records against the model.
 */
export function createHandlers(store: SqliteStore): Record<string, Handler> {
  const { customPages, catalog } = store;
  const parentId = (query: Query) => {
    const value = optional<string>(query, 'parentId');
    return value === undefined ? undefined : value === '' ? null : value;
  };
  const at = () => store.clock();
  const pageFilter = (query: Query, validity?: Validity[], shownAt?: string, viewer?: Viewer) => ({ query: optional<string>(query, 'query'), validity, shownAt, viewer });
  const categoryFilter = (query: Query, validity?: Validity[]) => ({
    validity,
    parentId: parentId(query),
    query: optional<string>(query, 'query'),
    ids: optional<string[]>(query, 'ids'),
  });
  const itemFilter = (query: Query, validity?: Validity[], shownAt?: string, viewer?: Viewer) => ({
    validity,
    shownAt,
    viewer,
    categoryId: optional<string>(query, 'categoryId'),
    categoryIds: optional<string[]>(query, 'categoryIds'),
    query: optional<string>(query, 'query'),
    language: optional<string>(query, 'language'),
    ids: optional<string[]>(query, 'ids'),
  });
  const pageSort = { field: 'internalTitle', order: 'asc' } as const;
  const catalogSort = { field: 'order', order: 'asc' } as const;

  return {
    async getHealth() {
      return store.healthy() ? ok({ status: 'ok' }) : { status: 503, body: problem(503, 'The database does not answer.') };
    },

    // ---- portal ----
    async listPortalCustomPages({ query, viewer }) {
      return ok(await customPages.list({ ...listParams(query, pageSort), filter: pageFilter(query, VALID, at().toISOString(), viewer) }));
    },
    async getPortalCustomPage({ params, viewer }) {
      const page = shownOnly(await customPages.get({ id: params.id! }), 'custom page', params.id!, at(), viewer);
      return ok(page, page.version);
    },
    async getPortalCustomPageBySlug({ params, viewer }) {
      const page = shownOnly(await customPages.getBySlug({ slug: params.slug! }), 'custom page', params.slug!, at(), viewer);
      return ok(page, page.version);
    },
    async getPortalHomePage({ viewer }) {
      const stored = await store.homePage.get({});
      const shown = shownHomePage(stored, at(), viewer);
      // While a scheduled or audience-limited block or teaser is left out, the ETag is the
      // content's hash rather than the version, so a cached copy is not confirmed (304) once the
      // window opens or closes.
      if (shown && JSON.stringify(shown) !== JSON.stringify(stored)) return ok(shown);
      return orNothing(stored);
    },
    async getPortalLayout() {
      return orNothing(await store.layout.get({}));
    },
    async getPortalScriptSettings() {
      return orNothing(await store.scriptSettings.get({}));
    },
    async listPortalCatalogCategories({ query }) {
      return ok(await catalog.listCategories({ ...listParams(query, catalogSort), filter: categoryFilter(query, VALID) }));
    },
    async getPortalCatalogCategory({ params }) {
      const category = validOnly(await catalog.getCategory({ id: params.id! }), 'catalog category', params.id!);
      return ok(category, category.version);
    },
    async listPortalCatalogItems({ query, viewer }) {
      return ok(await catalog.listItems({ ...listParams(query, catalogSort), filter: itemFilter(query, VALID, at().toISOString(), viewer) }));
    },
    async getPortalCatalogItem({ params, viewer }) {
      const item = shownOnly(await catalog.getItem({ id: params.id! }), 'catalog item', params.id!, at(), viewer);
      return ok(item, item.version);
    },
    async searchPortal({ query, viewer }) {
      return ok(
        await store.search.search({
          query: query.query as string,
          language: query.language as string,
          limit: optional<number>(query, 'limit'),
          types: optional<SearchResultType[]>(query, 'type'),
          viewer,
        }),
      );
    },
    async getAsset({ params }) {
      return ok(await store.assets.get({ id: params.id! }));
    },
    async getAssetFile({ params }) {
      const file = store.assetFile(params.id!);
      if (!file) throw new NotFoundError('asset file', params.id);
      const { readFile } = await import('node:fs/promises');
      return {
        status: 200,
        body: await readFile(file.path),
        headers: {
          'content-type': file.mediaType,
          // An asset's file never changes (a new upload is a new asset).
          'cache-control': 'public, max-age=31536000, immutable',
          // Opened directly, an SVG is a document: no script, no plugins, its own origin.
          'content-security-policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
          'cross-origin-resource-policy': 'cross-origin',
          'content-disposition': 'inline',
        },
      };
    },
    async listTickets({ query }) {
      return ok(
        await store.tickets.list({
          ...listParams(query, { field: 'changedAt', order: 'desc' }),
          filter: { stateTypes: optional<TicketStateType[]>(query, 'stateType'), query: optional<string>(query, 'query'), unread: optional<boolean>(query, 'unread') },
        }),
      );
    },
    async getTicket({ params }) {
      const ticket = await store.tickets.get({ id: params.id! });
      return ok(ticket, ticket.version);
    },

    // ---- admin: custom pages ----
    async listCustomPages({ query }) {
      return ok(await customPages.list({ ...listParams(query, pageSort), filter: pageFilter(query, optional<Validity[]>(query, 'validity')) }));
    },
    async createCustomPage({ query, body }) {
      const page = await customPages.create({ data: body as never, author: authorOf(query) });
      return created(page, `/admin/custom-pages/${encodeURIComponent(page.id)}`);
    },
    async getCustomPage({ params }) {
      const page = await customPages.get({ id: params.id! });
      return ok(page, page.version);
    },
    async getCustomPageBySlug({ params }) {
      const page = await customPages.getBySlug({ slug: params.slug! });
      return ok(page, page.version);
    },
    async updateCustomPage({ params, query, headers, body }) {
      const previousVersion = requireVersion(headers);
      const page = await customPages.update({ id: params.id!, data: body as never, previousVersion, author: authorOf(query) });
      return ok(page, page.version);
    },
    async deleteCustomPage({ params, headers }) {
      await customPages.delete({ id: params.id!, previousVersion: requireVersion(headers) });
      return nothing();
    },

    // ---- admin: one-of-a-kind records ----
    async getHomePage() {
      return orNothing(await store.homePage.get({}));
    },
    async updateHomePage({ query, headers, body }) {
      const saved = await store.homePage.update({ data: body as never, previousVersion: singletonVersion(headers), author: authorOf(query) });
      return ok(saved, saved.version);
    },
    async getLayout() {
      return orNothing(await store.layout.get({}));
    },
    async updateLayout({ query, headers, body }) {
      const saved = await store.layout.update({ data: body as never, previousVersion: singletonVersion(headers), author: authorOf(query) });
      return ok(saved, saved.version);
    },
    async getScriptSettings() {
      return orNothing(await store.scriptSettings.get({}));
    },
    async updateScriptSettings({ query, headers, body }) {
      const saved = await store.scriptSettings.update({ data: body as never, previousVersion: singletonVersion(headers), author: authorOf(query) });
      return ok(saved, saved.version);
    },

    // ---- admin: catalog ----
    async listCatalogCategories({ query }) {
      return ok(await catalog.listCategories({ ...listParams(query, catalogSort), filter: categoryFilter(query, optional<Validity[]>(query, 'validity')) }));
    },
    async createCatalogCategory({ query, body }) {
      const category = await catalog.createCategory({ data: body as never, author: authorOf(query) });
      return created(category, `/admin/catalog/categories/${encodeURIComponent(category.id)}`);
    },
    async getCatalogCategory({ params }) {
      const category = await catalog.getCategory({ id: params.id! });
      return ok(category, category.version);
    },
    async updateCatalogCategory({ params, query, headers, body }) {
      const previousVersion = requireVersion(headers);
      const category = await catalog.updateCategory({ id: params.id!, data: body as never, previousVersion, author: authorOf(query) });
      return ok(category, category.version);
    },
    async deleteCatalogCategory({ params, headers }) {
      await catalog.deleteCategory({ id: params.id!, previousVersion: requireVersion(headers) });
      return nothing();
    },
    async listCatalogItems({ query }) {
      return ok(await catalog.listItems({ ...listParams(query, catalogSort), filter: itemFilter(query, optional<Validity[]>(query, 'validity')) }));
    },
    async createCatalogItem({ query, body }) {
      const item = await catalog.createItem({ data: body as never, author: authorOf(query) });
      return created(item, `/admin/catalog/items/${encodeURIComponent(item.id)}`);
    },
    async getCatalogItem({ params }) {
      const item = await catalog.getItem({ id: params.id! });
      return ok(item, item.version);
    },
    async updateCatalogItem({ params, query, headers, body }) {
      const previousVersion = requireVersion(headers);
      const item = await catalog.updateItem({ id: params.id!, data: body as never, previousVersion, author: authorOf(query) });
      return ok(item, item.version);
    },
    async deleteCatalogItem({ params, headers }) {
      await catalog.deleteItem({ id: params.id!, previousVersion: requireVersion(headers) });
      return nothing();
    },

    // ---- admin: customer groups ----
    async listCustomerGroups() {
      return ok(await store.customerGroups.list());
    },

    // ---- admin: revisions ----
    async listRevisions({ query }) {
      return ok(
        await store.revisions.list({
          recordKind: query.recordKind as RevisionRecordKind,
          recordId: query.recordId as string,
          page: optional<number>(query, 'page'),
          perPage: optional<number>(query, 'perPage'),
        }),
      );
    },
    async getRevision({ params }) {
      return ok(await store.revisions.get({ id: params.id! }));
    },
    async restoreRevision({ params, query, headers }) {
      const previousVersion = requireVersion(headers);
      const revision = await store.revisions.restore({ id: params.id!, previousVersion, author: authorOf(query) });
      return { status: 201, body: revision, headers: { location: `/admin/revisions/${encodeURIComponent(revision.id)}` } };
    },

    // ---- admin: assets ----
    async uploadAsset({ query, body, contentType }) {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const asset = await store.assets.upload({
        file: new Blob([new Uint8Array(bytes)], { type: contentType ?? '' }),
        name: optional<string>(query, 'name'),
      });
      return created(asset, `/portal/assets/${encodeURIComponent(asset.id)}`);
    },
  };
}
