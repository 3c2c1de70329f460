import { useState, type ReactNode } from 'react';
import { createCatalogModel, type CatalogModel } from '../../../src/catalog/model.js';
import { CatalogBrowserContextProvider, type CatalogBrowserContextValue } from '../../../src/portal/CatalogBrowser/context.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { usePortal, usePortalTranslation } from '../../../src/portal/PortalProvider/index.js';

export interface CatalogPartContextProps {
  /** Where the customer is at first. */
  initial: CatalogLocation;
  /** Told every location a part navigates to. */
  onNavigate: (location: CatalogLocation) => void;
  /** The catalog. @default an empty one */
  model?: CatalogModel | undefined;
  /** The URL of a location: parts then render real links through the portal's link component. @default none (buttons) */
  getHref?: ((location: CatalogLocation) => string) | undefined;
  /** Lists longer than this are virtualized. @default 200 */
  virtualizeAbove?: number | undefined;
  /** The level of the view's main heading. @default 2 */
  headingLevel?: CatalogBrowserContextValue['headingLevel'] | undefined;
  /** Renders with the current location (e.g. to show the query beside the part). */
  children: (location: CatalogLocation, navigate: (location: CatalogLocation) => void) => ReactNode;
}

/**
 * What `CatalogBrowser` gives its parts, for rendering one part on its own (stories, tests): the
 * location held as state that the part changes through `navigate`; parts render buttons, not
 * links, unless `getHref` is given.
 */
export function CatalogPartContext({ initial, onNavigate, model, getHref, virtualizeAbove = 200, headingLevel = 2, children }: CatalogPartContextProps) {
  const { language, linkComponent } = usePortal('CatalogPartContext');
  const { t } = usePortalTranslation();
  const [location, setLocation] = useState(initial);
  const [emptyModel] = useState(() => createCatalogModel([], []));
  const [scrollMemory] = useState(() => new Map<string, number>());
  const navigate = (next: CatalogLocation) => {
    setLocation(next);
    onNavigate(next);
  };
  const value: CatalogBrowserContextValue = {
    model: model ?? emptyModel,
    location,
    placeCategoryId: location.categoryId,
    language,
    defaultLanguage: 'en',
    t,
    navigate,
    hrefFor: (target) => getHref?.(target),
    linkComponent,
    headingLevel,
    scrollMemory,
    virtualizeAbove,
    getReturnItemId: () => undefined,
  };
  return <CatalogBrowserContextProvider value={value}>{children(location, navigate)}</CatalogBrowserContextProvider>;
}
