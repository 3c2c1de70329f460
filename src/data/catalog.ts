import { NotFoundError } from '../adapters/errors.js';
import type { CatalogCategoryListParams, CatalogItemListParams, DeleteParams, ListResult } from '../adapters/types.js';
import {
  buildCatalogTree,
  type CatalogCategory,
  type CatalogCategoryInput,
  type CatalogItem,
  type CatalogItemInput,
  type CatalogTree,
} from '../model/catalog.js';
import { isForViewer, type Viewer } from '../model/audience.js';
import { useListInWindow, useRecordInWindow } from './publishWindows.js';
import {
  useAdapterMutation,
  useAdapterQuery,
  useRequiredAdapter,
  type Reader,
  type DataResult,
  type MutationResult,
  type QueryOptions,
} from './useAdapterQuery.js';
import { useViewer, viewerKey } from './viewer.js';

/** Page size used to read a whole collection (the category tree). */
const ALL_PAGE_SIZE = 500;
/** Safety stop for an adapter whose `total` never is reached. */
const MAX_PAGES = 200;

const portalFilter = <Filter extends object>(audience: Reader, filter: Filter | undefined) =>
  audience === 'portal' ? { ...filter, validity: ['valid' as const] } : filter;

/**
 * The portal's rule for an item when it is read: valid and for the viewer. Publish windows are
 * applied when rendering (`useListInWindow`), so that a cached list follows the clock.
 */
const isShownItem = (item: CatalogItem, viewer: Viewer) => item.validity === 'valid' && isForViewer(item, viewer);

/** Options of {@link useCatalogTree}. */
export interface UseCatalogTreeOptions extends QueryOptions {
  /** `portal`: only valid categories with a valid path to the top; `admin`: every category that has a path. @default 'portal' */
  audience?: Reader | undefined;
}

/** Every category, arranged as a tree (read page by page from the adapter). */
export function useCatalogTree({ audience = 'portal', enabled }: UseCatalogTreeOptions = {}): DataResult<CatalogTree> {
  const { adapter } = useRequiredAdapter('catalog', 'useCatalogTree');
  return useAdapterQuery(
    'useCatalogTree',
    'catalog',
    'tree',
    { audience },
    async (signal) => {
      const categories: CatalogCategory[] = [];
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const result = await adapter.listCategories({ page, perPage: ALL_PAGE_SIZE, filter: portalFilter(audience, undefined), signal });
        categories.push(...result.data);
        if (result.data.length === 0 || categories.length >= result.total) break;
      }
      return buildCatalogTree(categories, { validOnly: audience === 'portal' });
    },
    { enabled },
  );
}

/** Parameters of {@link useCatalogCategories}. */
export interface UseCatalogCategoriesParams extends Omit<CatalogCategoryListParams, 'signal'>, QueryOptions {
  /** `portal`: only valid categories. @default 'admin' */
  audience?: Reader | undefined;
}

/** A page of categories, e.g. for the admin list. */
export function useCatalogCategories({ enabled, audience = 'admin', ...params }: UseCatalogCategoriesParams = {}): DataResult<ListResult<CatalogCategory>> {
  const { adapter } = useRequiredAdapter('catalog', 'useCatalogCategories');
  const request = { ...params, filter: portalFilter(audience, params.filter) };
  return useAdapterQuery(
    'useCatalogCategories',
    'catalog',
    'listCategories',
    request,
    async (signal) => {
      const result = await adapter.listCategories({ ...request, signal });
      return audience === 'portal' ? { ...result, data: result.data.filter((category) => category.validity === 'valid') } : result;
    },
    { enabled, keepPrevious: true },
  );
}

/** Parameters of {@link useCatalogCategory} and {@link useCatalogItem}. */
export interface UseCatalogRecordParams extends QueryOptions {
  /** The record's id. */
  id: string;
  /**
   * `portal`: a record that is not valid (an item also: outside its publish window or not for
   * the viewer) is reported as not found. @default 'portal'
   */
  audience?: Reader | undefined;
}

/** One category. */
export function useCatalogCategory({ id, audience = 'portal', enabled }: UseCatalogRecordParams): DataResult<CatalogCategory> {
  const { adapter } = useRequiredAdapter('catalog', 'useCatalogCategory');
  return useAdapterQuery(
    'useCatalogCategory',
    'catalog',
    'getCategory',
    { id, audience },
    async (signal) => {
      const category = await adapter.getCategory({ id, signal });
      if (audience === 'portal' && category.validity !== 'valid') throw new NotFoundError('catalog category', id);
      return category;
    },
    { enabled },
  );
}

/** Parameters of {@link useCatalogItems}. */
export interface UseCatalogItemsParams extends Omit<CatalogItemListParams, 'signal'>, QueryOptions {
  /**
   * `portal`: only valid items inside their publish window and for the viewer, the customer of
   * the nearest `PortalProvider` (asked of the adapter, checked here too). @default 'portal'
   */
  audience?: Reader | undefined;
}

/**
 * A page of catalog items: of a category, matching a search in the customer's language, or all.
 * Whether an item's categories are reachable is up to the caller (see `getVisibleCategoryIds`).
 */
export function useCatalogItems({ enabled, audience = 'portal', ...params }: UseCatalogItemsParams = {}): DataResult<ListResult<CatalogItem>> {
  const { adapter } = useRequiredAdapter('catalog', 'useCatalogItems');
  const viewer = useViewer();
  const portal = audience === 'portal';
  const request = { ...params, filter: portal ? { ...portalFilter(audience, params.filter), viewer } : params.filter };
  const result = useAdapterQuery(
    'useCatalogItems',
    'catalog',
    'listItems',
    portal ? { ...request, filter: { ...request.filter, viewer: viewerKey(viewer) } } : request,
    async (signal) => {
      const result = await adapter.listItems({ ...request, signal });
      return portal ? { ...result, data: result.data.filter((item) => isShownItem(item, viewer)) } : result;
    },
    { enabled, keepPrevious: true },
  );
  return useListInWindow(result, audience === 'portal');
}

/** One catalog item. */
export function useCatalogItem({ id, audience = 'portal', enabled }: UseCatalogRecordParams): DataResult<CatalogItem> {
  const { adapter } = useRequiredAdapter('catalog', 'useCatalogItem');
  const viewer = useViewer();
  const result = useAdapterQuery(
    'useCatalogItem',
    'catalog',
    'getItem',
    audience === 'portal' ? { id, audience, viewer: viewerKey(viewer) } : { id, audience },
    async (signal) => {
      const item = await adapter.getItem({ id, signal });
      if (audience === 'portal' && !isShownItem(item, viewer)) throw new NotFoundError('catalog item', id);
      return item;
    },
    { enabled },
  );
  return useRecordInWindow(result, audience === 'portal', () => new NotFoundError('catalog item', id));
}

/** What a save hook takes: without `id` a new record is created. */
export interface SaveRecordVariables<Input> {
  /** The record to update; absent to create one. */
  id?: string | undefined;
  /** The record's fields. */
  data: Input;
  /** The version the edit started from (required with `id`). */
  previousVersion?: number | undefined;
}

/** Creates or updates a category. */
export function useSaveCatalogCategory(): MutationResult<SaveRecordVariables<CatalogCategoryInput>, CatalogCategory> {
  const { adapter } = useRequiredAdapter('catalog', 'useSaveCatalogCategory');
  return useAdapterMutation('useSaveCatalogCategory', ['catalog'], ({ id, data, previousVersion }: SaveRecordVariables<CatalogCategoryInput>) =>
    id === undefined ? adapter.createCategory({ data }) : adapter.updateCategory({ id, data, previousVersion: previousVersion ?? 0 }),
  );
}

/** Deletes a category (its sub-categories move up; its items lose it). */
export function useDeleteCatalogCategory(): MutationResult<DeleteParams, void> {
  const { adapter } = useRequiredAdapter('catalog', 'useDeleteCatalogCategory');
  return useAdapterMutation('useDeleteCatalogCategory', ['catalog'], (params: DeleteParams) => adapter.deleteCategory(params));
}

/** Creates or updates a catalog item. */
export function useSaveCatalogItem(): MutationResult<SaveRecordVariables<CatalogItemInput>, CatalogItem> {
  const { adapter } = useRequiredAdapter('catalog', 'useSaveCatalogItem');
  return useAdapterMutation('useSaveCatalogItem', ['catalog'], ({ id, data, previousVersion }: SaveRecordVariables<CatalogItemInput>) =>
    id === undefined ? adapter.createItem({ data }) : adapter.updateItem({ id, data, previousVersion: previousVersion ?? 0 }),
  );
}

/** Deletes a catalog item. */
export function useDeleteCatalogItem(): MutationResult<DeleteParams, void> {
  const { adapter } = useRequiredAdapter('catalog', 'useDeleteCatalogItem');
  return useAdapterMutation('useDeleteCatalogItem', ['catalog'], (params: DeleteParams) => adapter.deleteItem(params));
}
