import { StrictMode, useEffect, type ComponentProps } from 'react';
import { RouterProvider, type RouteObject } from 'react-router';
import { App, type AppProps } from './App.js';
import { HostStyles } from './HostStyles.js';
import { READY_MARK } from './readyMark.js';

// What the browser (main.tsx) and the build's prerender of the home page (prerender.tsx) both
// render. Both import this module first, so styled-components creates its components in the
// same order on either side and the class names of the built HTML are the ones the browser
// hydrates with.

/** The demo's routes: one catch-all route, below which App declares its own (`<Routes>`). */
export function demoRoutes(props: AppProps): RouteObject[] {
  return [{ path: '*', element: <App {...props} /> }];
}

export interface DemoRootProps {
  /** A data router over `demoRoutes` (the browser's, or a memory router for the prerender). */
  router: ComponentProps<typeof RouterProvider>['router'];
}

/** The whole page: the host's global styles and the router. */
export function DemoRoot({ router }: DemoRootProps) {
  // Once the page is React's (hydrated or rendered): the end-to-end tests wait for this mark
  // before they use the page, as a prerendered page's controls do nothing until then.
  useEffect(() => {
    if (performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, []);
  return (
    <StrictMode>
      <HostStyles />
      <RouterProvider router={router} />
    </StrictMode>
  );
}
