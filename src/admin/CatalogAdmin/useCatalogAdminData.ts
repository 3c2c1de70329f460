import { useMemo } from 'react';
import { useAdapterQuery, useRequiredAdapter, type DataResult } from '../../data/index.js';
import type { CatalogCategory } from '../../model/index.js';
import { analyzeCatalog, type CatalogVisibility } from './visibility.js';

const PAGE_SIZE = 500;
const MAX_PAGES = 200;

/** Every stored category, whatever its validity or place (read page by page), for the admin screens. */
export function useAllCatalogCategories(): DataResult<CatalogCategory[]> {
  const { adapter } = useRequiredAdapter('catalog', 'useAllCatalogCategories');
  return useAdapterQuery('useAllCatalogCategories', 'catalog', 'allCategories', {}, async (signal) => {
    const categories: CatalogCategory[] = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const result = await adapter.listCategories({ page, perPage: PAGE_SIZE, signal });
      categories.push(...result.data);
      if (result.data.length === 0 || categories.length >= result.total) break;
    }
    return categories;
  });
}

/** Every category with the portal's visibility rules applied (see {@link analyzeCatalog}). */
export function useCatalogAnalysis(): DataResult<CatalogCategory[]> & { analysis: CatalogVisibility | undefined } {
  const result = useAllCatalogCategories();
  const analysis = useMemo(() => (result.data ? analyzeCatalog(result.data) : undefined), [result.data]);
  return { ...result, analysis };
}
