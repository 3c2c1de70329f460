// helpdesk-portal-kit/adapters: the data interfaces, their errors and the bundled stores.

export type {
  AdapterChange,
  AdapterDomain,
  AssetAdapter,
  AudienceFilter,
  CatalogAdapter,
  CatalogCategoryFilter,
  CatalogCategoryListParams,
  CatalogCategorySortField,
  CatalogItemFilter,
  CatalogItemListParams,
  CatalogItemSortField,
  CompletePortalAdapters,
  CustomerGroupAdapter,
  CreateParams,
  CustomPageAdapter,
  CustomPageFilter,
  CustomPageListParams,
  CustomPageSortField,
  DeleteParams,
  GetBySlugParams,
  GetParams,
  HomePageAdapter,
  LayoutAdapter,
  ListParams,
  ListResult,
  PersistenceInfo,
  PortalAdapters,
  ReadParams,
  RestoreRevisionParams,
  RevisionAdapter,
  RevisionListParams,
  ScriptSettingsAdapter,
  SearchAdapter,
  SearchParams,
  SearchResult,
  SearchResultType,
  SingletonUpdateParams,
  Sort,
  SortOrder,
  StoragePersistence,
  TicketAdapter,
  TicketFilter,
  TicketListParams,
  TicketSortField,
  UpdateParams,
  UploadParams,
  ValidityFilter,
} from './types.js';
export {
  abortError,
  AdapterError,
  ConflictError,
  createAdapterError,
  isAbortError,
  isAdapterError,
  NotFoundError,
  throwIfAborted,
  toAdapterError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
} from './errors.js';
export type { AdapterErrorKind } from './errors.js';
export { validateAdapters } from './validation.js';
export type { ValidateAdaptersOptions } from './validation.js';
export { SearchResultSchema } from './schemas.js';
export { createMemoryAdapters } from './memory.js';
export type { MemoryAdapters, MemoryAdaptersOptions } from './memory.js';
export { createBrowserAdapters } from './browser.js';
export type { BrowserAdapters, BrowserAdaptersOptions } from './browser.js';
export { createHttpAdapters, type HttpAdapters, type HttpAdaptersOptions, type RetryOptions } from './http/index.js';
export type { AdapterCall, FaultOptions, Latency, SimulationControl } from './simulation.js';
export type { SearchRoutes, StoreOptions } from './store/storeAdapters.js';
export { createDemoSeed, seededRandom } from './seed/demoSeed.js';
export type { DemoSeedOptions } from './seed/demoSeed.js';
export { createLargeSeed } from './seed/largeSeed.js';
export type { LargeSeedOptions } from './seed/largeSeed.js';
export { createDemoImages } from './seed/images.js';
export type { DemoImages } from './seed/images.js';
export type { PortalSeed } from './seed/types.js';
// The revision history's model (no React): the record, its schemas and the field diff.
export { changedPaths, diffSnapshots, flattenSnapshot, richTextToText } from '../model/revisionDiff.js';
export type { FieldChange, FieldValue, FlatField, SnapshotDiffOptions } from '../model/revisionDiff.js';
export {
  buildRevision,
  CatalogCategoryRevisionSchema,
  CatalogItemRevisionSchema,
  CustomPageRevisionSchema,
  diffRevisionSnapshots,
  HomePageRevisionSchema,
  LayoutRevisionSchema,
  REVISION_DIFF_OPTIONS,
  REVISION_RECORD_KINDS,
  RestoredFromSchema,
  RevisionActionSchema,
  RevisionAuthorSchema,
  RevisionRecordKindSchema,
  revisionInput,
  RevisionSchema,
  ScriptSettingsRevisionSchema,
} from '../model/revision.js';
export type {
  BuildRevisionParams,
  CatalogCategoryRevision,
  CatalogItemRevision,
  CustomPageRevision,
  HomePageRevision,
  LayoutRevision,
  RestoredFrom,
  Revision,
  RevisionAction,
  RevisionAuthor,
  RevisionOf,
  RevisionRecordKind,
  ScriptSettingsRevision,
} from '../model/revision.js';
