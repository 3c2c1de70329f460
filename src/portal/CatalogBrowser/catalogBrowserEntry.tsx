// The `CatalogBrowser` hosts import. Here (servers, tests, bundlers without the package.json
// `browser` field) it is the component itself, inside the same Suspense boundary the browser
// twin (catalogBrowserEntry.browser.tsx) renders, so a server's HTML and a browser's hydration
// agree.
import { Suspense } from 'react';
import { CatalogBrowser as CatalogBrowserComponent } from './CatalogBrowser.js';
import { CatalogBrowserLoading } from './CatalogBrowserLoading.js';
import type { CatalogBrowserProps } from './types.js';

/**
 * The customer's service catalog: categories as cards and as a tree, breadcrumbs, the items
 * of a category, item details and a search over titles and texts. Only valid categories with
 * a valid path to the top level, and valid items in them, are ever shown: not through the
 * tree, the search or a deep link. The location (category, item, search) is controllable, so
 * the host's router can hold it.
 *
 * In browser bundles its code (about 13 kB gzip) loads when a catalog is first rendered, so
 * portal pages without one never download it: a page rendered on the client shows the
 * catalog's loading state meanwhile, a hydrating page keeps the server's HTML, and a chunk that
 * cannot be fetched is said so with a "Try again".
 */
export function CatalogBrowser(props: CatalogBrowserProps) {
  return (
    <Suspense fallback={<CatalogBrowserLoading {...props} />}>
      <CatalogBrowserComponent {...props} />
    </Suspense>
  );
}
CatalogBrowser.displayName = 'CatalogBrowser';
