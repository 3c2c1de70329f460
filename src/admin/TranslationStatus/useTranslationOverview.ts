import { useMemo } from 'react';
import type { AdapterError } from '../../adapters/errors.js';
import { useAdapterQuery, usePortalData, type DataResult } from '../../data/index.js';
import type { CatalogCategory, CatalogItem, CustomPage, LanguageTag } from '../../model/index.js';
import { findContentLanguages, getTranslationOverview, type TranslationContent, type TranslationOverview } from '../../model/translationStatus.js';
import { createDefaultHomePageBlocks } from '../../blocks/registry.js';
import { usePortal } from '../../portal/PortalProvider/index.js';

const NAME = 'useTranslationOverview';
const PAGE_SIZE = 500;
const MAX_PAGES = 200;

/** Reads every page of a list (admin screens see every record, whatever its validity). */
async function readAll<Row>(list: (page: number) => Promise<{ data: Row[]; total: number }>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await list(page);
    rows.push(...result.data);
    if (result.data.length === 0 || rows.length >= result.total) break;
  }
  return rows;
}

/** Options of {@link useTranslationOverview}. */
export interface UseTranslationOverviewOptions {
  /**
   * The portal's languages, in order.
   * @default the portal's default language, then every language stored in the content
   */
  languages?: readonly LanguageTag[] | undefined;
}

/**
 * The translation overview of everything the surrounding provider's adapters hold: custom
 * pages, the home page's blocks (the default blocks when none was saved), catalog categories
 * and items, and the layout settings. A domain without an adapter is left out. One read per
 * domain, so saving in an editor refreshes the overview of that domain.
 */
export function useTranslationOverview({ languages }: UseTranslationOverviewOptions = {}): DataResult<TranslationOverview> {
  const { adapters } = usePortalData(NAME);
  const { defaultLanguage } = usePortal(NAME);
  const { customPages, homePage, catalog, layout } = adapters;

  const pages = useAdapterQuery(NAME, 'customPages', 'allForTranslation', {}, (signal) =>
    customPages ? readAll<CustomPage>((page) => customPages.list({ page, perPage: PAGE_SIZE, signal })) : Promise.resolve([]),
  );
  const home = useAdapterQuery(NAME, 'homePage', 'get', {}, (signal) => (homePage ? homePage.get({ signal }) : Promise.resolve(null)));
  const catalogContent = useAdapterQuery(NAME, 'catalog', 'allForTranslation', {}, async (signal) => {
    if (!catalog) return { categories: [] as CatalogCategory[], items: [] as CatalogItem[] };
    const [categories, items] = await Promise.all([
      readAll<CatalogCategory>((page) => catalog.listCategories({ page, perPage: PAGE_SIZE, signal })),
      readAll<CatalogItem>((page) => catalog.listItems({ page, perPage: PAGE_SIZE, signal })),
    ]);
    return { categories, items };
  });
  const layoutSettings = useAdapterQuery(NAME, 'layout', 'get', {}, (signal) => (layout ? layout.get({ signal }) : Promise.resolve(null)));

  const results = [pages, home, catalogContent, layoutSettings] as const;
  const failed = results.filter((result) => result.status === 'error');
  const error: AdapterError | null = failed[0]?.error ?? null;
  const retry = () => {
    for (const result of failed) result.retry();
  };

  const ready = results.every((result) => result.data !== undefined);
  const data = useMemo(() => {
    if (!ready) return undefined;
    const content: TranslationContent = {
      customPages: pages.data,
      homePageBlocks: homePage ? (home.data?.blocks ?? createDefaultHomePageBlocks()) : [],
      catalogCategories: catalogContent.data?.categories,
      catalogItems: catalogContent.data?.items,
      layout: layoutSettings.data,
    };
    const wanted = languages ?? [defaultLanguage, ...findContentLanguages(content).filter((language) => language !== defaultLanguage)];
    return getTranslationOverview(content, wanted);
  }, [ready, pages.data, home.data, homePage, catalogContent.data, layoutSettings.data, languages, defaultLanguage]);

  return {
    status: error ? 'error' : data ? 'success' : 'pending',
    data,
    error,
    isFetching: results.some((result) => result.isFetching),
    isPlaceholderData: false,
    retry,
  };
}
