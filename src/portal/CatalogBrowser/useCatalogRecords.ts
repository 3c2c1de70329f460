import { useMemo } from 'react';
import type { CatalogCategory, CatalogItem } from '../../model/catalog.js';
import { useCatalogTree } from '../../data/catalog.js';
import { useAdapterQuery, useRequiredAdapter, type DataResult } from '../../data/useAdapterQuery.js';
import { useViewer, viewerKey } from '../../data/viewer.js';
import { isForViewer } from '../../model/audience.js';

const NAME = 'CatalogBrowser';
/** The largest page the bundled stores serve; a host's adapter may serve less and is read until `total`. */
const PAGE_SIZE = 1000;
/** Safety stop for an adapter whose `total` is never reached. */
const MAX_PAGES = 100;

/** What the connected `CatalogBrowser` reads: the shown categories and every valid item for the viewer. */
export interface CatalogRecords {
  status: 'pending' | 'error' | 'success';
  categories: readonly CatalogCategory[] | undefined;
  items: readonly CatalogItem[] | undefined;
  error: unknown;
  retry: () => void;
}

/**
 * The catalog's categories (through `useCatalogTree`) and all its valid items, read page by page
 * through the catalog adapter with the library's cache: the client-side search index needs them all.
 */
export function useCatalogRecords(): CatalogRecords {
  const tree = useCatalogTree();
  const { adapter } = useRequiredAdapter('catalog', NAME);
  const viewer = useViewer();
  const items: DataResult<CatalogItem[]> = useAdapterQuery(NAME, 'catalog', 'allItems', { audience: 'portal', viewer: viewerKey(viewer) }, async (signal) => {
    const all: CatalogItem[] = [];
    let read = 0;
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const result = await adapter.listItems({ page, perPage: PAGE_SIZE, filter: { validity: ['valid'], viewer }, signal });
      read += result.data.length;
      // Checked here too: a host's adapter may not know audiences.
      all.push(...result.data.filter((item) => isForViewer(item, viewer)));
      if (result.data.length === 0 || read >= result.total) break;
    }
    return all;
  });
  const categories = useMemo(() => (tree.data ? [...tree.data.nodes.values()].map((node) => node.category) : undefined), [tree.data]);
  const failed = tree.status === 'error' ? tree : items.status === 'error' ? items : undefined;
  const { retry: retryTree } = tree;
  const { retry: retryItems } = items;
  const retry = useMemo(
    () => () => {
      if (tree.status === 'error') retryTree();
      if (items.status === 'error') retryItems();
    },
    [tree.status, items.status, retryTree, retryItems],
  );
  return {
    status: failed ? 'error' : tree.status === 'success' && items.status === 'success' ? 'success' : 'pending',
    categories,
    items: items.data,
    error: failed?.error ?? null,
    retry,
  };
}
