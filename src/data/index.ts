// The React side of the adapters: the provider and the data hooks components read through.

export { PortalDataProvider, QUERY_KEY_ROOT, usePortalAdapters, usePortalData, useStoragePersistence } from './PortalDataProvider.js';
export type { PortalDataContextValue, PortalDataProviderProps } from './PortalDataProvider.js';
export { createPortalQueryClient, isRetryable, MAX_RETRIES, retryDelay } from './queryClient.js';
export { useAdapterMutation, useAdapterQuery, useRequiredAdapter } from './useAdapterQuery.js';
export type { DataResult, MutationResult, QueryOptions, Reader } from './useAdapterQuery.js';
export { useViewer, ViewerProvider } from './viewer.js';
export type { ViewerProviderProps } from './viewer.js';
export { useTicket, useTickets } from './tickets.js';
export type { UseTicketParams, UseTicketsParams } from './tickets.js';
export { useCustomPage, useCustomPages, useDeleteCustomPage, useSaveCustomPage } from './customPages.js';
export type { SaveCustomPageVariables, UseCustomPageParams, UseCustomPagesParams } from './customPages.js';
export { useHomePage, useLayoutSettings, useSaveHomePage, useSaveLayoutSettings, useSaveScriptSettings, useScriptSettings } from './settings.js';
export {
  useCatalogCategories,
  useCatalogCategory,
  useCatalogItem,
  useCatalogItems,
  useCatalogTree,
  useDeleteCatalogCategory,
  useDeleteCatalogItem,
  useSaveCatalogCategory,
  useSaveCatalogItem,
} from './catalog.js';
export type { SaveRecordVariables, UseCatalogCategoriesParams, UseCatalogItemsParams, UseCatalogRecordParams, UseCatalogTreeOptions } from './catalog.js';
export { useSearch } from './search.js';
export type { UseSearchParams } from './search.js';
export { useAsset, useUploadAsset } from './assets.js';
export type { UploadAssetVariables, UseAssetParams } from './assets.js';
