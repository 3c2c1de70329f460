import { NotFoundError } from '../adapters/errors.js';
import type { CustomPageListParams, DeleteParams, ListResult } from '../adapters/types.js';
import type { CustomPage, CustomPageInput } from '../model/customPage.js';
import { isForViewer } from '../model/audience.js';
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

/** Parameters of {@link useCustomPage}: a slug (the portal's address) or an id (admin screens). */
export type UseCustomPageParams = QueryOptions & {
  /**
   * `portal`: a page that is not valid, outside its publish window, or not for the viewer (the
   * customer of the nearest `PortalProvider`) is reported as not found. @default 'portal'
   */
  audience?: Reader | undefined;
} & ({ slug: string; id?: undefined } | { id: string; slug?: undefined });

/**
 * One custom page. For the portal (the default) only a valid page inside its publish window is
 * returned; an unknown slug or a page the portal does not show is a `not_found` error.
 */
export function useCustomPage(params: UseCustomPageParams): DataResult<CustomPage> {
  const { adapter } = useRequiredAdapter('customPages', 'useCustomPage');
  const { audience = 'portal', enabled } = params;
  const viewer = useViewer();
  // The viewer is part of a portal read's key: signing in or out reads again.
  const reader = audience === 'portal' ? { audience, viewer: viewerKey(viewer) } : { audience };
  const key = params.slug !== undefined ? { slug: params.slug, ...reader } : { id: params.id, ...reader };
  const result = useAdapterQuery(
    'useCustomPage',
    'customPages',
    params.slug !== undefined ? 'getBySlug' : 'get',
    key,
    async (signal) => {
      const page = params.slug !== undefined ? await adapter.getBySlug({ slug: params.slug, signal }) : await adapter.get({ id: params.id, signal });
      if (audience === 'portal' && !(page.validity === 'valid' && isForViewer(page, viewer))) throw new NotFoundError('custom page', params.slug ?? params.id);
      return page;
    },
    { enabled },
  );
  return useRecordInWindow(result, audience === 'portal', () => new NotFoundError('custom page', params.slug ?? params.id));
}

/** Parameters of {@link useCustomPages}. */
export interface UseCustomPagesParams extends Omit<CustomPageListParams, 'signal'>, QueryOptions {
  /** `portal`: only valid pages for the viewer (asked of the adapter and checked again). @default 'admin' */
  audience?: Reader | undefined;
}

/** A page of custom pages, for the admin list (every validity) or the portal (valid only). */
export function useCustomPages({ enabled, audience = 'admin', ...params }: UseCustomPagesParams = {}): DataResult<ListResult<CustomPage>> {
  const { adapter } = useRequiredAdapter('customPages', 'useCustomPages');
  const viewer = useViewer();
  const portal = audience === 'portal';
  const request = portal ? { ...params, filter: { ...params.filter, validity: ['valid' as const], viewer } } : params;
  const result = useAdapterQuery(
    'useCustomPages',
    'customPages',
    'list',
    portal ? { ...request, filter: { ...request.filter, viewer: viewerKey(viewer) } } : request,
    async (signal) => {
      const result = await adapter.list({ ...request, signal });
      return portal ? { ...result, data: result.data.filter((page) => page.validity === 'valid' && isForViewer(page, viewer)) } : result;
    },
    { enabled, keepPrevious: true },
  );
  return useListInWindow(result, audience === 'portal');
}

/** What {@link useSaveCustomPage} takes: without `id` a new page is created. */
export interface SaveCustomPageVariables {
  /** The page to update; absent to create one. */
  id?: string | undefined;
  /** The page's fields. */
  data: CustomPageInput;
  /** The version the edit started from (required with `id`). */
  previousVersion?: number | undefined;
}

/** Creates or updates a custom page; lists and previews refresh afterwards. */
export function useSaveCustomPage(): MutationResult<SaveCustomPageVariables, CustomPage> {
  const { adapter } = useRequiredAdapter('customPages', 'useSaveCustomPage');
  return useAdapterMutation('useSaveCustomPage', ['customPages', 'revisions'], ({ id, data, previousVersion }: SaveCustomPageVariables) =>
    id === undefined ? adapter.create({ data }) : adapter.update({ id, data, previousVersion: previousVersion ?? 0 }),
  );
}

/** Deletes a custom page. */
export function useDeleteCustomPage(): MutationResult<DeleteParams, void> {
  const { adapter } = useRequiredAdapter('customPages', 'useDeleteCustomPage');
  return useAdapterMutation('useDeleteCustomPage', ['customPages'], (params: DeleteParams) => adapter.delete(params));
}
