import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Viewer } from '../model/audience.js';

// A plain context with a default: outside any provider the reader is an anonymous visitor, so
// a hook rendered without `PortalProvider` never shows what is limited to signed-in customers.
const ViewerContext = createContext<Viewer>(null);
ViewerContext.displayName = 'ViewerContext';

/** Props of {@link ViewerProvider}. */
export interface ViewerProviderProps {
  /** Who looks at the portal below: `null` for an anonymous visitor (see `viewerOf`). */
  viewer: Viewer;
  children?: ReactNode;
}

/**
 * Tells the data hooks below who reads, for audience rules. `PortalProvider` renders one for its
 * `customer`; render it yourself only around hooks used under `PortalDataProvider` alone.
 */
export function ViewerProvider({ viewer, children }: ViewerProviderProps) {
  // A new object with the same groups (an inline `customer` prop) keeps the same value.
  const key = viewerKey(viewer);
  const serialized = key === null ? null : key.join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `serialized` stands for `viewer`
  const value = useMemo(() => viewer, [serialized]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}
ViewerProvider.displayName = 'ViewerProvider';

/** Who reads the portal here: the customer of the nearest `PortalProvider` (`null`: anonymous). */
export function useViewer(): Viewer {
  return useContext(ViewerContext);
}

/** The viewer as a query-key part: `null` (anonymous) or the sorted group ids. */
export function viewerKey(viewer: Viewer): readonly string[] | null {
  return viewer === null ? null : [...new Set(viewer.groups)].sort();
}
