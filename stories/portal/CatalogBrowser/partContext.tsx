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
  /** Renders with the current location (e.g. to show the query beside the part). */
  children: (location: CatalogLocation, navigate: (location: CatalogLocation) => void) => ReactNode;
}

/**
 * What `CatalogBrowser` gives its parts, for rendering one part on its own (stories, tests): the
 * location held as state that the part changes through `navigate`; parts render buttons, not
 * links (no `getHref`).
 */
export function CatalogPartContext({ initial, onNavigate, model, children }: CatalogPartContextProps) {
  const { language } = usePortal('CatalogPartContext');
  const { t } = usePortalTranslation();
  const [location, setLocation] = useState(initial);
  const [emptyModel] = useState(() => createCatalogModel([], []));
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
    hrefFor: () => undefined,
    // Never used without `hrefFor`.
    linkComponent: 'a' as unknown as CatalogBrowserContextValue['linkComponent'],
    headingLevel: 2,
    scrollMemory: new Map(),
    virtualizeAbove: 200,
    getReturnItemId: () => undefined,
  };
  return <CatalogBrowserContextProvider value={value}>{children(location, navigate)}</CatalogBrowserContextProvider>;
}
