export { CatalogBrowser } from './catalogBrowserEntry.js';
export type {
  CatalogBrowserProps,
  CatalogBrowserStatus,
  CatalogLocation,
  CatalogLocationChangeDetails,
  CatalogLocationChangeReason,
} from './types.js';
