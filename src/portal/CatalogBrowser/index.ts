export { CatalogBrowser } from './CatalogBrowser.js';
export type {
  CatalogBrowserProps,
  CatalogBrowserStatus,
  CatalogLocation,
  CatalogLocationChangeDetails,
  CatalogLocationChangeReason,
} from './types.js';
