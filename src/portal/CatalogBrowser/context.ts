import type { TFunction } from 'i18next';
import type { CatalogModel } from '../../catalog/model.js';
import { createContext } from '../../internal/createContext.js';
import type { LinkComponent } from '../PortalProvider/LinkComponent.js';
import type { CatalogLocation, CatalogLocationChangeReason } from './types.js';

export const CATALOG_BROWSER_NAME = 'CatalogBrowser';

/** What the parts of `CatalogBrowser` share. */
export interface CatalogBrowserContextValue {
  model: CatalogModel;
  location: CatalogLocation;
  /** The category that gives the current view its place in the tree (the item's, in detail). */
  placeCategoryId: string | null;
  language: string;
  defaultLanguage: string;
  t: TFunction;
  /** Goes to `location`; `focus` says what receives focus once it is shown. */
  navigate(location: CatalogLocation, options?: { reason?: CatalogLocationChangeReason; focus?: CatalogFocusTarget }): void;
  /** The URL of a location when the host gave `getHref`. */
  hrefFor(location: CatalogLocation): string | undefined;
  linkComponent: LinkComponent;
  /** Heading level of the main heading. */
  headingLevel: 1 | 2 | 3 | 4;
  /** Remembered scroll positions of item lists, by category id, so "back" returns to the same place. */
  scrollMemory: Map<string, number>;
  virtualizeAbove: number;
  /** The item the last navigation returns to ("back" from its detail), for a long list to scroll it into view. */
  getReturnItemId(): string | undefined;
}

/** What gets focus after a navigation: the view's heading, the link of an item, or nothing. */
export type CatalogFocusTarget = { kind: 'heading' } | { kind: 'item'; itemId: string } | { kind: 'none' };

export const [CatalogBrowserContextProvider, useCatalogBrowserContext] = createContext<CatalogBrowserContextValue>(CATALOG_BROWSER_NAME);
