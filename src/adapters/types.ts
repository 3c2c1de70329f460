import type { CustomerGroup, Viewer } from '../model/audience.js';
import type { AssetReference } from '../model/asset.js';
import type { CatalogCategory, CatalogCategoryInput, CatalogItem, CatalogItemInput } from '../model/catalog.js';
import type { Validity } from '../model/common.js';
import type { CustomPage, CustomPageInput } from '../model/customPage.js';
import type { HomePageConfig, HomePageConfigInput } from '../model/homePage.js';
import type { LayoutSettings, LayoutSettingsInput } from '../model/layout.js';
import type { Revision, RevisionAuthor, RevisionRecordKind } from '../model/revision.js';
import type { ScriptSettings, ScriptSettingsInput } from '../model/scripts.js';
import type { Ticket, TicketStateType } from '../model/ticket.js';

// Modelled on react-admin's data provider: every method takes ONE params object and returns a
// promise; reads take an AbortSignal; lists page, sort and filter and report a total; writes
// name the version they were based on and resolve with the stored record.

/** Every read accepts a signal; an aborted read rejects with an `AbortError` (not an adapter error). */
export interface ReadParams {
  /** Aborts the request when the component unmounts or asks for something else. */
  signal?: AbortSignal | undefined;
}

/** `asc`ending or `desc`ending. */
export type SortOrder = 'asc' | 'desc';

/** Sort by one field. */
export interface Sort<Field extends string> {
  /** The field to sort by. */
  field: Field;
  /** The direction. */
  order: SortOrder;
}

/** Paging, sorting and filtering of a list. */
export interface ListParams<Filter, SortField extends string> extends ReadParams {
  /** 1-based page number. @default 1 */
  page?: number | undefined;
  /** Records per page. @default 25 */
  perPage?: number | undefined;
  /** Sort order; each list documents its default. */
  sort?: Sort<SortField> | undefined;
  /** Only records matching all given criteria. */
  filter?: Filter | undefined;
}

/** One page of a list and the number of records across all pages. */
export interface ListResult<Record> {
  /** The records of the requested page. */
  data: Record[];
  /** How many records match the filter across all pages. */
  total: number;
}

/** Reads one record by id. */
export interface GetParams extends ReadParams {
  /** The record's id. */
  id: string;
}

/** Creates a record; the store assigns `id`, `version` (1) and `updatedAt`. */
export interface CreateParams<Input> {
  /** The record's fields. */
  data: Input;
  /** Who saves, for the record's history; overrides the adapter's own idea of the current admin. */
  author?: RevisionAuthor | undefined;
}

/** Replaces a record; rejects with a `conflict` when `previousVersion` is no longer the stored version. */
export interface UpdateParams<Input> {
  /** The record's id. */
  id: string;
  /** The record's new fields. */
  data: Input;
  /** The version the edit started from. */
  previousVersion: number;
  /** Who saves, for the record's history; overrides the adapter's own idea of the current admin. */
  author?: RevisionAuthor | undefined;
}

/** Deletes a record; rejects with a `conflict` when `previousVersion` is no longer the stored version. */
export interface DeleteParams {
  /** The record's id. */
  id: string;
  /** The version the admin saw when confirming. */
  previousVersion: number;
}

/** Saves a one-of-a-kind record (home page, layout, scripts). */
export interface SingletonUpdateParams<Input> {
  /** The record's new fields. */
  data: Input;
  /** The version the edit started from, or `null` when none was stored yet. */
  previousVersion: number | null;
  /** Who saves, for the record's history; overrides the adapter's own idea of the current admin. */
  author?: RevisionAuthor | undefined;
}

/** Criteria of the ticket list. */
export interface TicketFilter {
  /** Only tickets whose state is of one of these types. */
  stateTypes?: readonly TicketStateType[] | undefined;
  /** Only tickets whose number or title contains this text (case-insensitive). */
  query?: string | undefined;
  /** Only unread (`true`) or read (`false`) tickets. */
  unread?: boolean | undefined;
}

/** Fields the ticket list sorts by; default `changedAt` descending. */
export type TicketSortField = 'changedAt' | 'createdAt' | 'number' | 'title';

/** Parameters of `TicketAdapter.list`. */
export type TicketListParams = ListParams<TicketFilter, TicketSortField>;

/** The signed-in customer's tickets (read-only; the host's auth decides whose they are). */
export interface TicketAdapter {
  /** A page of the customer's tickets. */
  list(params: TicketListParams): Promise<ListResult<Ticket>>;
  /** One ticket; `not_found` when unknown or not the customer's. */
  get(params: GetParams): Promise<Ticket>;
}

/** Criteria of lists of records that have a validity. */
export interface ValidityFilter {
  /** Only records with one of these validities (the portal asks for `['valid']`). */
  validity?: readonly Validity[] | undefined;
}

/**
 * Audience part of a portal list filter. The bundled stores apply it; a backend that knows the
 * requester from its token (the HTTP adapter's) decides by the token instead and ignores it.
 */
export interface AudienceFilter {
  /**
   * Only records this viewer may see (`isForViewer`); `null` is an anonymous visitor.
   * @default every audience (admin reads)
   */
  viewer?: Viewer | undefined;
}

/** Criteria of the custom page list. */
export interface CustomPageFilter extends ValidityFilter, AudienceFilter {
  /** Only pages whose internal title or slug contains this text (case-insensitive). */
  query?: string | undefined;
}

/** Fields the page list sorts by; default `internalTitle` ascending. */
export type CustomPageSortField = 'internalTitle' | 'slug' | 'updatedAt';

/** Parameters of `CustomPageAdapter.list`. */
export type CustomPageListParams = ListParams<CustomPageFilter, CustomPageSortField>;

/** Reads a page by slug. */
export interface GetBySlugParams extends ReadParams {
  /** The page's slug. */
  slug: string;
}

/** Custom pages. Slugs are unique: a write with a taken slug is a `validation` error on `slug`. */
export interface CustomPageAdapter {
  list(params: CustomPageListParams): Promise<ListResult<CustomPage>>;
  get(params: GetParams): Promise<CustomPage>;
  /** The page with this slug, whatever its validity (the portal shows only valid ones). */
  getBySlug(params: GetBySlugParams): Promise<CustomPage>;
  create(params: CreateParams<CustomPageInput>): Promise<CustomPage>;
  update(params: UpdateParams<CustomPageInput>): Promise<CustomPage>;
  delete(params: DeleteParams): Promise<void>;
}

/** The home page configuration. */
export interface HomePageAdapter {
  /** The stored configuration, or `null` when none was saved yet (the portal then uses the default blocks). */
  get(params: ReadParams): Promise<HomePageConfig | null>;
  update(params: SingletonUpdateParams<HomePageConfigInput>): Promise<HomePageConfig>;
}

/** The look and feel. */
export interface LayoutAdapter {
  /** The stored settings, or `null` when none were saved yet (the default theme applies). */
  get(params: ReadParams): Promise<LayoutSettings | null>;
  update(params: SingletonUpdateParams<LayoutSettingsInput>): Promise<LayoutSettings>;
}

/** Custom scripts and CSP origins. */
export interface ScriptSettingsAdapter {
  /** The stored settings, or `null` when none were saved yet (no scripts). */
  get(params: ReadParams): Promise<ScriptSettings | null>;
  update(params: SingletonUpdateParams<ScriptSettingsInput>): Promise<ScriptSettings>;
}

/** Criteria of the category list. */
export interface CatalogCategoryFilter extends ValidityFilter {
  /** Only children of this category; `null` for top-level categories. */
  parentId?: string | null | undefined;
  /** Only categories whose internal title or name (in any language) contains this text. */
  query?: string | undefined;
  /** Only these categories. */
  ids?: readonly string[] | undefined;
}

/** Fields the category list sorts by; default `order` ascending. */
export type CatalogCategorySortField = 'order' | 'internalTitle' | 'updatedAt';

/** Parameters of `CatalogAdapter.listCategories`. */
export type CatalogCategoryListParams = ListParams<CatalogCategoryFilter, CatalogCategorySortField>;

/** Criteria of the item list. */
export interface CatalogItemFilter extends ValidityFilter, AudienceFilter {
  /** Only items in this category. */
  categoryId?: string | undefined;
  /** Only items in at least one of these categories. */
  categoryIds?: readonly string[] | undefined;
  /**
   * Only items whose title or text contains every word of this text (case-insensitive): in
   * `language` when given (the customer's search), otherwise in the internal title and every
   * language (the admin's filter).
   */
  query?: string | undefined;
  /** The language `query` searches in. */
  language?: string | undefined;
  /** Only these items. */
  ids?: readonly string[] | undefined;
}

/** Fields the item list sorts by; default `order` ascending. */
export type CatalogItemSortField = 'order' | 'internalTitle' | 'updatedAt';

/** Parameters of `CatalogAdapter.listItems`. */
export type CatalogItemListParams = ListParams<CatalogItemFilter, CatalogItemSortField>;

/**
 * The service catalog. Deleting a category moves its sub-categories up to its parent and removes
 * it from its items (an item left without a category stays stored but is not shown).
 */
export interface CatalogAdapter {
  listCategories(params: CatalogCategoryListParams): Promise<ListResult<CatalogCategory>>;
  getCategory(params: GetParams): Promise<CatalogCategory>;
  createCategory(params: CreateParams<CatalogCategoryInput>): Promise<CatalogCategory>;
  updateCategory(params: UpdateParams<CatalogCategoryInput>): Promise<CatalogCategory>;
  deleteCategory(params: DeleteParams): Promise<void>;
  listItems(params: CatalogItemListParams): Promise<ListResult<CatalogItem>>;
  getItem(params: GetParams): Promise<CatalogItem>;
  createItem(params: CreateParams<CatalogItemInput>): Promise<CatalogItem>;
  updateItem(params: UpdateParams<CatalogItemInput>): Promise<CatalogItem>;
  deleteItem(params: DeleteParams): Promise<void>;
}

/** What a search result points to. */
export type SearchResultType = 'custom-page' | 'catalog-item' | 'catalog-category' | 'external';

/** One search hit, ready to render as a link. */
export interface SearchResult {
  /** Unique among the results (the record's id, or the URL for external hits). */
  id: string;
  /** What the hit is. */
  type: SearchResultType;
  /** The link text, in the requested language where available. */
  title: string;
  /** Where the link leads: an internal path (`/page/opening-hours`) or an absolute URL. */
  href: string;
  /** A short plain-text extract. */
  excerpt?: string | undefined;
  /** The language of `title` and `excerpt`, when it differs from the requested one. */
  language?: string | undefined;
}

/** Parameters of `SearchAdapter.search`. */
export interface SearchParams extends ReadParams {
  /** The search text. */
  query: string;
  /** The customer's language. */
  language: string;
  /** The most results wanted. @default 10 */
  limit?: number | undefined;
  /** Only hits of these types. @default all */
  types?: readonly SearchResultType[] | undefined;
  /**
   * Who searches, for audience rules (`isForViewer`): the bundled stores leave out what this
   * viewer may not see; a backend that knows the requester from its token ignores it.
   * @default null (an anonymous visitor)
   */
  viewer?: Viewer | undefined;
}

/** Full-text search over what the portal shows (only valid records), for search-driven link lists and catalog search. */
export interface SearchAdapter {
  search(params: SearchParams): Promise<ListResult<SearchResult>>;
}

/** Parameters of `AssetAdapter.upload`. */
export interface UploadParams extends ReadParams {
  /** The file (a `File` from an input, or any `Blob`). */
  file: Blob;
  /** The file name, when `file` is not a `File`. */
  name?: string | undefined;
}

/** Uploaded files (logos, images). */
export interface AssetAdapter {
  /** Stores a file; `validation` on `file` when its type or size is refused. */
  upload(params: UploadParams): Promise<AssetReference>;
  get(params: GetParams): Promise<AssetReference>;
}

/** Parameters of `RevisionAdapter.list`: the history of one record. */
export interface RevisionListParams extends ReadParams {
  /** The kind of record. */
  recordKind: RevisionRecordKind;
  /** The record's id (`home-page` for the home page). */
  recordId: string;
  /** 1-based page number. @default 1 */
  page?: number | undefined;
  /** Revisions per page. @default 25 */
  perPage?: number | undefined;
}

/** Parameters of `RevisionAdapter.restore`. */
export interface RestoreRevisionParams {
  /** The revision to restore. */
  id: string;
  /**
   * The record's version the admin saw (the editor's current version); rejects with a `conflict`
   * carrying the stored record when the record has moved on since.
   */
  previousVersion: number;
  /** Who restores; overrides the adapter's own idea of the current admin. */
  author?: RevisionAuthor | undefined;
}

/**
 * The revision history of custom pages and the home page. Every create, update and restore
 * through the other adapters keeps a revision; revisions are never changed or removed (a
 * deleted record's history stays).
 */
export interface RevisionAdapter {
  /** A record's revisions, newest (highest version) first; an unknown record has none. */
  list(params: RevisionListParams): Promise<ListResult<Revision>>;
  /** One revision; `not_found` when unknown. */
  get(params: GetParams): Promise<Revision>;
  /**
   * Writes the revision's snapshot back as the record's next version (never rewriting history)
   * and resolves with the new revision, whose `snapshot` is the stored record and whose
   * `restoredFrom` names the restored revision. `not_found` when the revision or its record is
   * gone; `conflict` when `previousVersion` is stale; `validation` when the snapshot no longer
   * passes the write's checks (a slug another page took since).
   */
  restore(params: RestoreRevisionParams): Promise<Revision>;
}

/**
 * The customer groups the host offers for audiences (a customer's company, service level).
 * Read by admin screens only; the portal learns a customer's groups from `PortalCustomer.groups`.
 */
export interface CustomerGroupAdapter {
  /** Every group an admin may limit content to, in the order the host wants them listed. */
  list(params?: ReadParams): Promise<ListResult<CustomerGroup>>;
}

/** The domains of {@link PortalAdapters}. */
export type AdapterDomain =
  | 'tickets'
  | 'customPages'
  | 'homePage'
  | 'layout'
  | 'scriptSettings'
  | 'catalog'
  | 'search'
  | 'assets'
  | 'revisions'
  | 'customerGroups';

/** Something changed outside the library's own writes (another tab, a server push). */
export interface AdapterChange {
  /** Which domain changed; the library refetches what it shows of it. */
  domain: AdapterDomain;
  /** The ids that changed, when known. */
  ids?: readonly string[] | undefined;
  /** `local`: a write through these adapters; `remote`: another tab or the server. */
  origin: 'local' | 'remote';
}

/** Where a bundled store keeps its data. */
export interface StoragePersistence {
  /** `opening` until known; `persistent` (IndexedDB); `memory` when the browser refused storage. */
  mode: 'opening' | 'persistent' | 'memory';
  /** Why the store fell back to memory. */
  reason?: 'unsupported' | 'denied' | 'error' | undefined;
}

/** Lets the library show where a store keeps its data (a notice when nothing is saved). */
export interface PersistenceInfo {
  /** The current state. */
  getSnapshot(): StoragePersistence;
  /** Calls `listener` when the state changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * Everything the portal reads and the admin writes, one small interface per domain. A host
 * supplies the domains it uses; a component whose domain is missing reports it clearly.
 */
export interface PortalAdapters {
  tickets?: TicketAdapter | undefined;
  customPages?: CustomPageAdapter | undefined;
  homePage?: HomePageAdapter | undefined;
  layout?: LayoutAdapter | undefined;
  scriptSettings?: ScriptSettingsAdapter | undefined;
  catalog?: CatalogAdapter | undefined;
  search?: SearchAdapter | undefined;
  assets?: AssetAdapter | undefined;
  /** The revision history of custom pages and the home page. */
  revisions?: RevisionAdapter | undefined;
  /** The customer groups admins may limit content to (audiences). */
  customerGroups?: CustomerGroupAdapter | undefined;
  /**
   * Tells the library about changes it did not make itself (another tab, a server push) so
   * that what it shows is refetched. Returns the unsubscribe function.
   */
  subscribe?: ((listener: (change: AdapterChange) => void) => () => void) | undefined;
  /** Where the data is kept, for stores that may fall back to memory. */
  persistence?: PersistenceInfo | undefined;
}

/** {@link PortalAdapters} with every domain present, as the bundled stores provide. */
export type CompletePortalAdapters = Required<Omit<PortalAdapters, 'subscribe' | 'persistence'>> &
  Pick<PortalAdapters, 'persistence'> & {
    subscribe: (listener: (change: AdapterChange) => void) => () => void;
  };
