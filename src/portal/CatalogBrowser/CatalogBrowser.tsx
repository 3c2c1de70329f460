import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useScheduleClock } from '../../internal/useScheduleClock.js';
import { getCatalogModel, getCategoryPath, localizeCategory, type CatalogModel } from '../../catalog/model.js';
import type { CatalogSearchResult } from '../../catalog/searchIndex.js';
import { searchTerms } from '../../catalog/fold.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { toSafeHref } from '../../security/toSafeHref.js';
import { usePortal } from '../PortalProvider/context.js';
import { useViewer } from '../../data/viewer.js';
import { useFormatters } from '../PortalProvider/useFormatters.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import {
  CATALOG_BROWSER_NAME,
  CatalogBrowserContextProvider,
  type CatalogBrowserContextValue,
  type CatalogFocusTarget,
} from './context.js';
import { CatalogBreadcrumbs } from './CatalogBreadcrumbs.js';
import { EmptyState } from '../states/EmptyState.js';
import { ErrorState } from '../states/ErrorState.js';
import { LoadingState } from '../states/LoadingState.js';
import {
  Description,
  Heading,
  MainArea,
  NavArea,
  Root,
  SearchArea,
  SectionHeading,
  StateBox,
  StateText,
} from './CatalogBrowser.styles.js';
import { VisuallyHidden } from '../../internal/visuallyHidden.js';
import { CatalogCategoryGrid } from './CatalogCategoryGrid.js';
import { CatalogItemDetail } from './CatalogItemDetail.js';
import { CatalogItemList } from './CatalogItemList.js';
import { CatalogNavLink } from './CatalogNavLink.js';
import { BreadcrumbLink } from './CatalogParts.styles.js';
import { CatalogAdapterSearch } from './CatalogAdapterSearch.js';
import { CatalogSearchBox } from './CatalogSearchBox.js';
import { CatalogSearchResults } from './CatalogSearchResults.js';
import { CatalogTree } from './CatalogTree.js';
import { loadedSearchIndex, loadSearchIndex, type GetCatalogSearchIndex } from './searchIndexLoader.js';
import type { CatalogBrowserProps, CatalogLocation, CatalogLocationChangeReason } from './types.js';
import { useCatalogRecords } from './useCatalogRecords.js';

const START: CatalogLocation = { categoryId: null, itemId: null, query: '' };
const NO_CATEGORIES: never[] = [];

const sameLocation = (a: CatalogLocation, b: CatalogLocation) => a.categoryId === b.categoryId && a.itemId === b.itemId && a.query === b.query;

/** What the main area shows for a location. */
type View =
  | { kind: 'start' }
  | { kind: 'category'; categoryId: string }
  | { kind: 'item'; itemId: string; categoryId: string }
  | { kind: 'search' }
  | { kind: 'not-found' };

/**
 * The search index builder: at once where it is loaded, otherwise loaded once `wanted` (the
 * customer focused the search field or arrived with a query), then a re-render.
 */
function useSearchIndexBuilder(wanted: boolean): GetCatalogSearchIndex | undefined {
  const [builder, setBuilder] = useState<GetCatalogSearchIndex | undefined>(loadedSearchIndex);
  useEffect(() => {
    if (!wanted || builder) return;
    let active = true;
    loadSearchIndex().then(
      (loaded) => {
        if (active) setBuilder(() => loaded);
      },
      (error: unknown) => console.error('[helpdesk-portal-kit] CatalogBrowser: the search index could not be loaded.', error),
    );
    return () => {
      active = false;
    };
  }, [wanted, builder]);
  return builder;
}

function resolveView(model: CatalogModel, location: CatalogLocation): View {
  if (location.itemId !== null) {
    const categories = model.categoriesOfItem.get(location.itemId);
    // Only visible items have categories here: an invalid or orphaned item is "not found",
    // even through a deep link.
    if (!categories || categories.length === 0) return { kind: 'not-found' };
    const categoryId = location.categoryId !== null && categories.includes(location.categoryId) ? location.categoryId : (categories[0] as string);
    return { kind: 'item', itemId: location.itemId, categoryId };
  }
  if (location.query.trim() !== '' && searchTerms(location.query).length > 0) return { kind: 'search' };
  if (location.categoryId !== null) {
    return model.tree.nodes.has(location.categoryId) ? { kind: 'category', categoryId: location.categoryId } : { kind: 'not-found' };
  }
  return { kind: 'start' };
}

/**
 * The customer's service catalog: categories as cards and as a tree, breadcrumbs, the items
 * of a category, item details and a search over titles and texts. Only valid categories with
 * a valid path to the top level, and valid items in them, are ever shown: not through the
 * tree, the search or a deep link. The location (category, item, search) is controllable, so
 * the host's router can hold it.
 */
export function CatalogBrowser(props: CatalogBrowserProps) {
  const { categories, items, status } = props;
  // Data given by the host: render it. Otherwise read it through the portal's adapters.
  if (categories !== undefined || items !== undefined || status !== undefined) return <CatalogBrowserView {...props} />;
  return <ConnectedCatalogBrowser {...props} />;
}
CatalogBrowser.displayName = CATALOG_BROWSER_NAME;

function ConnectedCatalogBrowser(props: CatalogBrowserProps) {
  const records = useCatalogRecords();
  return (
    <CatalogBrowserView
      {...props}
      categories={records.categories}
      items={records.items}
      status={records.status === 'success' ? 'ready' : records.status === 'error' ? 'error' : 'loading'}
      error={records.error}
      onRetry={props.onRetry ?? records.retry}
    />
  );
}

function CatalogBrowserView({
  categories,
  items,
  status = 'ready',
  error,
  onRetry,
  value,
  defaultValue,
  onValueChange,
  getHref,
  searchDelay = 150,
  virtualizeAbove = 100,
  resultPageSize = 50,
  search = 'index',
  headingLevel = 2,
  ref,
  ...rest
}: CatalogBrowserProps) {
  const { language, defaultLanguage, linkComponent } = usePortal(CATALOG_BROWSER_NAME);
  const { t } = usePortalTranslation();
  const { formatNumber } = useFormatters();
  const headingId = useId();
  const sectionId = useId();

  const [location, setLocation] = useControllableState<CatalogLocation>({
    value,
    defaultValue: { ...START, ...defaultValue },
    onChange: undefined,
  });

  // "Now" is renewed when an item's publish window begins or ends while the catalog is open;
  // items given by the host are held to the same audience rule as items read through adapters.
  const now = useScheduleClock(status === 'ready' ? items : undefined);
  const viewer = useViewer();
  const model = useMemo(
    () => (status === 'ready' && categories && items ? getCatalogModel(categories, items, now, viewer) : undefined),
    [status, categories, items, now, viewer],
  );

  const pendingFocus = useRef<CatalogFocusTarget>({ kind: 'none' });
  const returnItemId = useRef<string | undefined>(undefined);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const [scrollMemory] = useState(() => new Map<string, number>());

  const navigate = useCallback<CatalogBrowserContextValue['navigate']>(
    (next, options = {}) => {
      if (sameLocation(next, location)) return;
      pendingFocus.current = options.focus ?? { kind: 'heading' };
      returnItemId.current = pendingFocus.current.kind === 'item' ? pendingFocus.current.itemId : undefined;
      const reason: CatalogLocationChangeReason = options.reason ?? 'navigate';
      setLocation(next);
      onValueChange?.(next, { reason });
    },
    [location, setLocation, onValueChange],
  );

  const getReturnItemId = useCallback(() => returnItemId.current, []);
  const hrefFor = useCallback((target: CatalogLocation) => (getHref ? toSafeHref(getHref(target)) : undefined), [getHref]);

  // Move focus where the navigation asked for once the new view is on screen; a virtualized
  // list may need a frame or two before the row exists.
  const locationKey = `${location.categoryId}|${location.itemId}|${location.query}`;
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = { kind: 'none' };
    if (target.kind === 'none') return;
    let frame = 0;
    let attempts = 0;
    const tryFocus = () => {
      const root = rootRef.current;
      if (!root) return;
      const element =
        target.kind === 'item'
          ? root.querySelector<HTMLElement>(`[data-catalog-item-id="${CSS.escape(target.itemId)}"]`)
          : root.querySelector<HTMLElement>('[data-slot="catalog-heading"]');
      if (element) element.focus();
      else if (attempts++ < 20) frame = requestAnimationFrame(tryFocus);
      else root.querySelector<HTMLElement>('[data-slot="catalog-heading"]')?.focus();
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, [locationKey]);

  // The search index is built once per language, when the customer first focuses the search
  // field or arrives with a query, not for every visitor who only browses.
  const [searchWanted, setSearchWanted] = useState(location.query !== '');
  const deferredQuery = useDeferredValue(location.query);
  const indexWanted = Boolean(model) && search === 'index' && (searchWanted || deferredQuery !== '');
  const getCatalogSearchIndex = useSearchIndexBuilder(indexWanted);
  const index = useMemo(
    () => (model && indexWanted && getCatalogSearchIndex ? getCatalogSearchIndex(model, { language, defaultLanguage }) : undefined),
    [model, indexWanted, getCatalogSearchIndex, language, defaultLanguage],
  );
  const result: CatalogSearchResult | undefined = useMemo(
    () => (index && deferredQuery.trim() !== '' ? index.search(deferredQuery) : undefined),
    [index, deferredQuery],
  );

  const view = model ? resolveView(model, location) : undefined;
  const placeCategoryId = view?.kind === 'item' || view?.kind === 'category' ? view.categoryId : null;

  const headingTag = `h${headingLevel}` as const;
  const sectionTag = `h${Math.min(headingLevel + 1, 6)}` as const;
  const rootProps = {
    ...rest,
    ref: (node: HTMLDivElement | null) => {
      rootRef.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    'data-slot': 'catalog-browser',
  };

  if (status === 'loading' || (status === 'ready' && (!categories || !items))) {
    return (
      <Root {...rootProps} data-state="loading">
        <MainArea>
          <LoadingState variant="cards" label={t('catalog.loadingCatalog')} />
        </MainArea>
      </Root>
    );
  }
  if (status === 'error' || !model || !view) {
    return (
      <Root {...rootProps} data-state="error">
        <MainArea>
          <ErrorState error={error} onRetry={onRetry} />
        </MainArea>
      </Root>
    );
  }
  if (model.tree.roots.length === 0) {
    return (
      <Root {...rootProps} data-state="empty">
        <MainArea>
          <EmptyState title={t('catalog.emptyCatalog')} />
        </MainArea>
      </Root>
    );
  }

  const heading = (text: string, lang?: string) => (
    <Heading as={headingTag} id={headingId} tabIndex={-1} data-slot="catalog-heading" lang={lang && lang !== language ? lang : undefined}>
      {text}
    </Heading>
  );

  let main;
  switch (view.kind) {
    case 'start':
      main = (
        <>
          {heading(t('catalog.allServices'))}
          <CatalogCategoryGrid nodes={model.tree.roots} labelledBy={headingId} />
        </>
      );
      break;
    case 'category': {
      const node = model.tree.nodes.get(view.categoryId);
      if (!node) break;
      const localized = localizeCategory(node.category, language, defaultLanguage);
      const path = getCategoryPath(model, view.categoryId);
      const categoryItems = model.itemsOfCategory.get(view.categoryId) ?? NO_CATEGORIES;
      main = (
        <>
          <CatalogBreadcrumbs path={path} />
          {heading(localized.name || t('catalog.untitled'), localized.language)}
          {localized.description ? <Description lang={localized.language !== language ? localized.language : undefined}>{localized.description}</Description> : null}
          {node.children.length > 0 ? (
            <section aria-labelledby={`${sectionId}-categories`} data-slot="catalog-subcategories">
              <SectionHeading as={sectionTag} id={`${sectionId}-categories`}>
                {t('catalog.subcategories')}
              </SectionHeading>
              <CatalogCategoryGrid nodes={node.children} labelledBy={`${sectionId}-categories`} />
            </section>
          ) : null}
          {categoryItems.length > 0 ? (
            <section aria-labelledby={`${sectionId}-items`} data-slot="catalog-items">
              <SectionHeading as={sectionTag} id={`${sectionId}-items`}>
                {t('catalog.services')} <VisuallyHidden>({formatNumber(categoryItems.length)})</VisuallyHidden>
              </SectionHeading>
              <CatalogItemList items={categoryItems} categoryId={view.categoryId} labelledBy={`${sectionId}-items`} />
            </section>
          ) : node.children.length === 0 ? (
            <EmptyState title={t('catalog.emptyCategory')} />
          ) : null}
        </>
      );
      break;
    }
    case 'item': {
      const item = model.itemsById.get(view.itemId);
      if (item) main = <CatalogItemDetail key={item.id} item={item} categoryId={view.categoryId} />;
      break;
    }
    case 'search':
      main = (
        <>
          {heading(t('catalog.searchResults'))}
          {search === 'adapter' ? (
            <CatalogAdapterSearch query={deferredQuery} pageSize={resultPageSize} limit={200} />
          ) : result ? (
            <CatalogSearchResults result={result} pageSize={resultPageSize} />
          ) : index === undefined && deferredQuery.trim() !== '' ? (
            // The index code is still loading (browser bundles load it with the first search).
            <LoadingState variant="list" />
          ) : null}
        </>
      );
      break;
    case 'not-found':
      main = (
        <StateBox data-slot="catalog-not-found">
          <Heading as={headingTag} id={headingId} tabIndex={-1} data-slot="catalog-heading">
            {t('catalog.notFoundTitle')}
          </Heading>
          <StateText>{t('catalog.notFound')}</StateText>
          <BreadcrumbLink>
            <CatalogNavLink to={START}>{t('catalog.backToCatalog')}</CatalogNavLink>
          </BreadcrumbLink>
        </StateBox>
      );
      break;
  }

  const searching = view.kind === 'search' && result !== undefined;
  const context: CatalogBrowserContextValue = {
    model,
    location,
    placeCategoryId,
    language,
    defaultLanguage,
    t,
    navigate,
    hrefFor,
    linkComponent,
    headingLevel,
    scrollMemory,
    virtualizeAbove,
    getReturnItemId,
  };
  return (
    <CatalogBrowserContextProvider value={context}>
      <Root {...rootProps} data-state={view.kind}>
        <SearchArea>
          <CatalogSearchBox delay={searchDelay} onFocus={() => setSearchWanted(true)} />
          <VisuallyHidden role="status" data-slot="catalog-search-status">
            {searching ? t('catalog.resultCount', { query: result.query.trim(), count: formatNumber(result.hits.length) }) : ''}
          </VisuallyHidden>
        </SearchArea>
        <NavArea aria-label={t('catalog.categories')} data-slot="catalog-navigation">
          <CatalogTree label={t('catalog.categories')} />
        </NavArea>
        <MainArea data-slot="catalog-main">{main}</MainArea>
      </Root>
    </CatalogBrowserContextProvider>
  );
}
