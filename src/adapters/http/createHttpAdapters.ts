import type { AssetReference } from '../../model/asset.js';
import type { CustomerGroup } from '../../model/audience.js';
import type { CatalogCategory, CatalogItem } from '../../model/catalog.js';
import type { Validity } from '../../model/common.js';
import type { CustomPage } from '../../model/customPage.js';
import type { HomePageConfig } from '../../model/homePage.js';
import type { LayoutSettings } from '../../model/layout.js';
import type { Revision, RevisionAuthor, RevisionRecordKind } from '../../model/revision.js';
import type { ScriptSettings } from '../../model/scripts.js';
import type { Ticket } from '../../model/ticket.js';
import type {
  AdapterChange,
  AdapterDomain,
  AssetAdapter,
  CatalogAdapter,
  CompletePortalAdapters,
  CustomerGroupAdapter,
  CustomPageAdapter,
  HomePageAdapter,
  LayoutAdapter,
  ListParams,
  ListResult,
  ReadParams,
  RevisionAdapter,
  ScriptSettingsAdapter,
  SearchAdapter,
  SingletonUpdateParams,
  TicketAdapter,
} from '../types.js';
import { createHttpClient, type HttpRequest, type MaybePromise, type QueryValues, type RetryOptions } from './client.js';

/** Options of {@link createHttpAdapters}. */
export interface HttpAdaptersOptions {
  /**
   * Where the API lives: the URL its paths (`/portal/…`, `/admin/…`) are appended to, absolute
   * (`https://helpdesk.example.com/api`) or relative to the page (`/api`).
   */
  baseUrl: string;
  /**
   * The bearer token sent with admin routes (every write, and reads with `access: 'admin'`),
   * with the customer's ticket routes and, with `access: 'portal'`, with the portal's reads (the
   * signed-in customer's token: the backend shows what the customer's audience allows, and such
   * answers are never shared by caches). Called before each request that sends it, so a host can
   * refresh it; return `null` when nobody is signed in (the portal reads are then anonymous).
   * Never sent for assets.
   */
  getToken?: (() => MaybePromise<string | null | undefined>) | undefined;
  /**
   * Which routes reads use. `portal`: the public, cacheable routes, which serve valid records
   * only (what a customer may see). `admin`: the admin routes, which serve every record and are
   * never cached (what the admin editors need). Writes always use the admin routes.
   * @default 'portal'
   */
  access?: 'portal' | 'admin' | undefined;
  /** The `fetch` to use (a host's instrumented one, or a test double). @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /**
   * Retries of reads while the server is unavailable (network failure, 429, 5xx), with
   * exponential backoff and jitter, honouring `Retry-After`. `false` never retries. Writes are
   * never retried: the server may have applied one whose answer was lost.
   * @default { retries: 2, baseDelay: 300, maxDelay: 5000 }
   */
  retry?: RetryOptions | false | undefined;
  /**
   * The admin who saves, sent with every write (`authorId`, `authorName`) for the revision
   * history when the write names no `author`. A backend that knows the admin from its sign-in may
   * ignore what the client names; the reference backend records it.
   */
  currentAuthor?: (() => RevisionAuthor | null | undefined) | undefined;
}

/** Every adapter over the HTTP contract (openapi/portal.yaml). */
export type HttpAdapters = CompletePortalAdapters;

type Side = '/portal' | '/admin';

const encode = encodeURIComponent;

/** `If-Match` for a version: the record's ETag. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

function listQuery(params: ListParams<unknown, string>): QueryValues {
  return {
    page: params.page === undefined ? undefined : Math.max(1, Math.floor(params.page)),
    // The bundled stores clamp the page size the same way; the contract refuses anything else.
    perPage: params.perPage === undefined ? undefined : Math.min(1000, Math.max(1, Math.floor(params.perPage))),
    sort: params.sort?.field,
    order: params.sort?.order,
  };
}

const EMPTY = <Record>(): ListResult<Record> => ({ data: [], total: 0 });

/** Whether a filter's list of allowed values rules out every record. */
const excludesAll = (...lists: Array<readonly unknown[] | undefined>) => lists.some((list) => list !== undefined && list.length === 0);

/**
 * Adapters that speak the library's HTTP contract (`openapi/portal.yaml`, served by the
 * reference backend in `server/`): every method is one request; statuses and Problem Details
 * bodies become the library's errors (404 `not_found`, 412 `conflict` with the stored record,
 * 400/413/415/422 `validation` with field errors, 401/403 `unauthorized`, 429/5xx and network
 * failures `unavailable`); reads honour their `AbortSignal` and are retried with backoff while
 * the server is unavailable; writes send the version they are based on in `If-Match`.
 *
 * ```ts
 * const portal = createHttpAdapters({ baseUrl: '/api' });
 * const admin = createHttpAdapters({ baseUrl: '/api', access: 'admin', getToken: () => session.token });
 * ```
 */
export function createHttpAdapters(options: HttpAdaptersOptions): HttpAdapters {
  const client = createHttpClient(options);
  const side: Side = options.access === 'admin' ? '/admin' : '/portal';
  const portal = side === '/portal';
  const listeners = new Set<(change: AdapterChange) => void>();
  const changed = (domain: AdapterDomain, ...ids: string[]) => {
    for (const listener of [...listeners]) listener({ domain, ids, origin: 'local' });
  };

  // Portal reads send the customer's token too: what a backend shows may depend on the audience.
  const read = async <Result>(request: Omit<HttpRequest, 'method' | 'auth'> & { auth?: boolean }) =>
    (await client.send({ method: 'GET', auth: true, ...request })).body as Result;
  const write = async <Result>(request: Omit<HttpRequest, 'auth'>) => (await client.send({ auth: true, ...request })).body as Result;

  /** Who saves, as the query of a write. */
  const authorQuery = (author: RevisionAuthor | undefined): QueryValues => {
    const who = author ?? options.currentAuthor?.() ?? undefined;
    return who ? { authorId: who.id, authorName: who.name } : {};
  };

  /** In the portal, records that are not valid are never served: a filter for them finds nothing. */
  const validityQuery = (validity: readonly Validity[] | undefined) => (portal ? undefined : validity);
  const excludedByValidity = (validity: readonly Validity[] | undefined) => portal && validity !== undefined && !validity.includes('valid');

  const tickets: TicketAdapter = {
    async list({ signal, filter = {}, ...params }) {
      if (excludesAll(filter.stateTypes)) return EMPTY();
      const query = { ...listQuery(params), stateType: filter.stateTypes, query: filter.query || undefined, unread: filter.unread };
      return read<ListResult<Ticket>>({ path: '/portal/tickets', query, signal, auth: true, resource: 'ticket' });
    },
    get: ({ id, signal }) => read<Ticket>({ path: `/portal/tickets/${encode(id)}`, signal, auth: true, resource: 'ticket', id }),
  };

  const customPages: CustomPageAdapter = {
    async list({ signal, filter = {}, ...params }) {
      if (excludesAll(filter.validity) || excludedByValidity(filter.validity)) return EMPTY();
      const query = { ...listQuery(params), query: filter.query || undefined, validity: validityQuery(filter.validity) };
      return read<ListResult<CustomPage>>({ path: `${side}/custom-pages`, query, signal, resource: 'custom page' });
    },
    get: ({ id, signal }) => read<CustomPage>({ path: `${side}/custom-pages/${encode(id)}`, signal, resource: 'custom page', id }),
    getBySlug: ({ slug, signal }) => read<CustomPage>({ path: `${side}/custom-pages/by-slug/${encode(slug)}`, signal, resource: 'custom page', id: slug }),
    async create({ data, author }) {
      const page = await write<CustomPage>({ method: 'POST', path: '/admin/custom-pages', query: authorQuery(author), body: data, resource: 'custom page' });
      changed('customPages', page.id);
      changed('revisions', page.id);
      return page;
    },
    async update({ id, data, previousVersion, author }) {
      const page = await write<CustomPage>({
        method: 'PUT',
        path: `/admin/custom-pages/${encode(id)}`,
        query: authorQuery(author),
        body: data,
        headers: ifMatch(previousVersion),
        resource: 'custom page',
        id,
      });
      changed('customPages', id);
      changed('revisions', id);
      return page;
    },
    async delete({ id, previousVersion }) {
      await write({ method: 'DELETE', path: `/admin/custom-pages/${encode(id)}`, headers: ifMatch(previousVersion), resource: 'custom page', id });
      changed('customPages', id);
    },
  };

  const singleton = <Record extends { id: string }>(domain: 'homePage' | 'layout' | 'scriptSettings', path: string, resource: string) => ({
    async get({ signal }: ReadParams = {}) {
      return (await read<Record | null>({ path: `${side}${path}`, signal, resource })) ?? null;
    },
    async update({ data, previousVersion, author }: SingletonUpdateParams<unknown>) {
      const headers = previousVersion === null ? { 'if-none-match': '*' } : ifMatch(previousVersion);
      const record = await write<Record>({ method: 'PUT', path: `/admin${path}`, query: authorQuery(author), body: data, headers, resource });
      changed(domain, record.id);
      changed('revisions', record.id);
      return record;
    },
  });

  const catalog: CatalogAdapter = {
    async listCategories({ signal, filter = {}, ...params }) {
      if (excludesAll(filter.validity, filter.ids) || excludedByValidity(filter.validity)) return EMPTY();
      const query = {
        ...listQuery(params),
        validity: validityQuery(filter.validity),
        parentId: filter.parentId === null ? '' : filter.parentId,
        query: filter.query || undefined,
        ids: filter.ids,
      };
      return read<ListResult<CatalogCategory>>({ path: `${side}/catalog/categories`, query, signal, resource: 'catalog category' });
    },
    getCategory: ({ id, signal }) => read<CatalogCategory>({ path: `${side}/catalog/categories/${encode(id)}`, signal, resource: 'catalog category', id }),
    async createCategory({ data, author }) {
      const category = await write<CatalogCategory>({ method: 'POST', path: '/admin/catalog/categories', query: authorQuery(author), body: data, resource: 'catalog category' });
      changed('catalog', category.id);
      changed('revisions', category.id);
      return category;
    },
    async updateCategory({ id, data, previousVersion, author }) {
      const category = await write<CatalogCategory>({
        method: 'PUT',
        path: `/admin/catalog/categories/${encode(id)}`,
        query: authorQuery(author),
        body: data,
        headers: ifMatch(previousVersion),
        resource: 'catalog category',
        id,
      });
      changed('catalog', id);
      changed('revisions', id);
      return category;
    },
    async deleteCategory({ id, previousVersion }) {
      await write({ method: 'DELETE', path: `/admin/catalog/categories/${encode(id)}`, headers: ifMatch(previousVersion), resource: 'catalog category', id });
      // Sub-categories and items changed too (and keep revisions); their ids are not known here.
      changed('catalog', id);
      changed('revisions', id);
    },
    async listItems({ signal, filter = {}, ...params }) {
      if (excludesAll(filter.validity, filter.ids, filter.categoryIds) || excludedByValidity(filter.validity)) return EMPTY();
      const query = {
        ...listQuery(params),
        validity: validityQuery(filter.validity),
        categoryId: filter.categoryId,
        categoryIds: filter.categoryIds,
        query: filter.query || undefined,
        language: filter.query ? filter.language : undefined,
        ids: filter.ids,
      };
      return read<ListResult<CatalogItem>>({ path: `${side}/catalog/items`, query, signal, resource: 'catalog item' });
    },
    getItem: ({ id, signal }) => read<CatalogItem>({ path: `${side}/catalog/items/${encode(id)}`, signal, resource: 'catalog item', id }),
    async createItem({ data, author }) {
      const item = await write<CatalogItem>({ method: 'POST', path: '/admin/catalog/items', query: authorQuery(author), body: data, resource: 'catalog item' });
      changed('catalog', item.id);
      changed('revisions', item.id);
      return item;
    },
    async updateItem({ id, data, previousVersion, author }) {
      const item = await write<CatalogItem>({
        method: 'PUT',
        path: `/admin/catalog/items/${encode(id)}`,
        query: authorQuery(author),
        body: data,
        headers: ifMatch(previousVersion),
        resource: 'catalog item',
        id,
      });
      changed('catalog', id);
      changed('revisions', id);
      return item;
    },
    async deleteItem({ id, previousVersion }) {
      await write({ method: 'DELETE', path: `/admin/catalog/items/${encode(id)}`, headers: ifMatch(previousVersion), resource: 'catalog item', id });
      changed('catalog', id);
    },
  };

  const search: SearchAdapter = {
    async search({ query, language, limit, types, signal }) {
      if (excludesAll(types)) return EMPTY();
      const values = { query, language, limit: limit === undefined ? undefined : Math.min(100, Math.max(0, Math.floor(limit))), type: types };
      // The viewer is not sent: the backend knows the requester from the token.
      return read({ path: '/portal/search', query: values, signal, resource: 'search result' });
    },
  };

  const assets: AssetAdapter = {
    async upload({ file, name, signal }) {
      const fileName = name ?? (file as Partial<File>).name;
      const asset = (
        await client.send({
          method: 'POST',
          path: '/admin/assets',
          query: { name: fileName ? fileName.slice(0, 255) : undefined },
          body: file,
          auth: true,
          signal,
          resource: 'asset',
          field: 'file',
        })
      ).body as AssetReference;
      changed('assets', asset.id);
      return asset;
    },
    get: ({ id, signal }) => read<AssetReference>({ path: `/portal/assets/${encode(id)}`, signal, auth: false, resource: 'asset', id }),
  };

  // The history is an admin matter: these routes always need the admin's token.
  const RESTORED_DOMAIN = {
    customPage: 'customPages',
    homePage: 'homePage',
    catalogItem: 'catalog',
    catalogCategory: 'catalog',
    layout: 'layout',
    scriptSettings: 'scriptSettings',
  } as const satisfies Record<RevisionRecordKind, AdapterDomain>;
  const revisions: RevisionAdapter = {
    list: ({ signal, recordKind, recordId, ...params }) =>
      read<ListResult<Revision>>({ path: '/admin/revisions', query: { ...listQuery(params), recordKind, recordId }, signal, auth: true, resource: 'revision' }),
    get: ({ id, signal }) => read<Revision>({ path: `/admin/revisions/${encode(id)}`, signal, auth: true, resource: 'revision', id }),
    async restore({ id, previousVersion, author }) {
      const revision = await write<Revision>({
        method: 'POST',
        path: `/admin/revisions/${encode(id)}/restore`,
        query: authorQuery(author),
        headers: ifMatch(previousVersion),
        resource: 'revision',
        id,
      });
      changed(RESTORED_DOMAIN[revision.recordKind], revision.recordId);
      changed('revisions', revision.recordId);
      return revision;
    },
  };

  // The groups an admin may choose: an admin matter, always with the admin's token.
  const customerGroups: CustomerGroupAdapter = {
    list: ({ signal } = {}) => read<ListResult<CustomerGroup>>({ path: '/admin/customer-groups', signal, auth: true, resource: 'customer group' }),
  };

  return {
    tickets,
    customPages,
    customerGroups,
    revisions,
    homePage: singleton<HomePageConfig>('homePage', '/home-page', 'home page') satisfies HomePageAdapter,
    layout: singleton<LayoutSettings>('layout', '/layout', 'layout settings') satisfies LayoutAdapter,
    scriptSettings: singleton<ScriptSettings>('scriptSettings', '/script-settings', 'script settings') satisfies ScriptSettingsAdapter,
    catalog,
    search,
    assets,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
