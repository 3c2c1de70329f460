import type { ComponentProps } from 'react';
import type { CatalogCategory, CatalogItem } from '../../model/catalog.js';

/**
 * Where the customer is in the catalog: the state a host's router or URL holds, so that deep
 * links and the browser's back and forward buttons work.
 */
export interface CatalogLocation {
  /** The category shown (or the one an item was opened from); `null` for the catalog's start. */
  categoryId: string | null;
  /** The item shown in detail, or `null`. */
  itemId: string | null;
  /** The search text; empty when not searching. */
  query: string;
}

/**
 * Why the location changed, so the host can choose how to record it: a new history entry for
 * `navigate`, a replaced one for `search` (one entry per keystroke would make "back" useless).
 */
export type CatalogLocationChangeReason = 'navigate' | 'search';

/** What `onValueChange` receives besides the new location. */
export interface CatalogLocationChangeDetails {
  reason: CatalogLocationChangeReason;
}

/** The status of the catalog's data, when the host loads it. */
export type CatalogBrowserStatus = 'loading' | 'error' | 'ready';

export interface CatalogBrowserProps extends Omit<ComponentProps<'div'>, 'defaultValue' | 'onChange'> {
  /**
   * The catalog's categories, any validity: only valid ones with a valid path to the top level
   * are shown. Pass the same array while the data is unchanged (the view and the search index are
   * derived from it once).
   */
  categories?: readonly CatalogCategory[] | undefined;
  /** The catalog's items, any validity: only valid items in a shown category appear. */
  items?: readonly CatalogItem[] | undefined;
  /**
   * The data's status: a loading skeleton, an error with retry, or the catalog. When none of
   * `categories`, `items` and `status` is given, the catalog is read through the `catalog`
   * adapter of the surrounding `PortalProvider` (or `PortalDataProvider`) instead.
   * @default 'ready'
   */
  status?: CatalogBrowserStatus | undefined;
  /** Why the data could not be read (an adapter error gets a message for its kind). */
  error?: unknown;
  /** Called by the error state's "Try again" button. Without it the button is not shown. */
  onRetry?: (() => void) | undefined;
  /** The location, when the host controls it (router, URL). */
  value?: CatalogLocation | undefined;
  /** The initial location when uncontrolled. @default the catalog's start, no search */
  defaultValue?: Partial<CatalogLocation> | undefined;
  /** Called with every location the customer asks for, controlled or not. */
  onValueChange?: ((value: CatalogLocation, details: CatalogLocationChangeDetails) => void) | undefined;
  /**
   * The URL of a location, for real links (open in a new tab, copy link). Without it the
   * catalog navigates with buttons and keeps its location to itself (or in `value`).
   */
  getHref?: ((location: CatalogLocation) => string) | undefined;
  /** Wait after the last keystroke before the search runs and `onValueChange` is called, in ms. @default 150 */
  searchDelay?: number | undefined;
  /** Lists longer than this are virtualized (only the rows in view are rendered). @default 100 */
  virtualizeAbove?: number | undefined;
  /** Search results shown at first and added by "Show more results". @default 50 */
  resultPageSize?: number | undefined;
  /**
   * Where the search runs: `index`, a search index over the loaded items built once per language
   * in the browser; `adapter`, the host's `SearchAdapter` (a catalog searched on the server; its
   * hits are still checked against what the catalog shows). @default 'index'
   */
  search?: 'index' | 'adapter' | undefined;
  /** The level of the view's main heading; sections use the next level. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
}
