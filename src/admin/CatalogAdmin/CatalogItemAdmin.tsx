import { useEffect, useState, type ComponentProps } from 'react';
import type { CatalogItemSortField } from '../../adapters/index.js';
import { useCatalogItems, useDeleteCatalogItem } from '../../data/index.js';
import { useControllableState } from '../../internal/useControllableState.js';
import type { CatalogItem, LanguageTag } from '../../model/index.js';
import { useFormatters } from '../../portal/PortalProvider/index.js';
import { ConfirmDialog } from '../kit/Dialog/ConfirmDialog.js';
import { Field } from '../kit/Field/Field.js';
import { ListView, type ListColumn, type ListSort } from '../kit/ListView/ListView.js';
import { Button, Select } from '../kit/primitives.styles.js';
import type { UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { AudienceBadge } from '../kit/AudienceField/AudienceField.js';
import { groupNamesOf, useCustomerGroups } from '../kit/AudienceField/useCustomerGroups.js';
import { ScheduleBadge } from '../kit/PublishWindowField/PublishWindowField.js';
import { ValidityBadge } from '../kit/ValiditySelect/ValiditySelect.js';
import { HiddenReason } from './CatalogAdmin.styles.js';
import { useCategoryOptions } from './CatalogCategoryEditor.js';
import { CatalogItemEditor } from './CatalogItemEditor.js';
import { useCatalogAdminTranslation } from './i18n.js';
import { useCatalogAnalysis } from './useCatalogAdminData.js';
import { getItemVisibility, VISIBILITY_LABEL_KEYS } from './visibility.js';

const NAME = 'CatalogItemAdmin';

/** What the item admin shows: the list, or the editor of one item. */
export type CatalogItemAdminView = { mode: 'list' } | { mode: 'edit'; itemId: string } | { mode: 'new' };

export interface CatalogItemAdminProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** The view shown (controlled), e.g. from the host's URL. */
  view?: CatalogItemAdminView | undefined;
  /** The view at first (uncontrolled). @default { mode: 'list' } */
  defaultView?: CatalogItemAdminView | undefined;
  /** Called when the admin opens the editor or goes back to the list. */
  onViewChange?: ((view: CatalogItemAdminView) => void) | undefined;
  /** Items per list page. @default 25 */
  pageSize?: number | undefined;
  /** Delay between typing in the filter and asking the adapter, in ms. @default 250 */
  filterDebounceMs?: number | undefined;
  /** Languages a new item starts with. @default the portal's default language */
  initialLanguages?: readonly LanguageTag[] | undefined;
  /** Languages offered by "Add language". */
  availableLanguages?: readonly LanguageTag[] | undefined;
  /** The host router's navigation blocker hook, passed to the editor. */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where the editor keeps drafts. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
}

/**
 * The items of the service catalog: a list filtered by name (internal title and titles in
 * every language) and category, with validity, categories and whether (and why not) the portal
 * shows each item; "Add item", "Edit", and "Delete" after a confirmation. Filtering, sorting
 * and paging run in the adapter, so ten thousand items stay fast.
 */
export function CatalogItemAdmin({
  view: viewProp,
  defaultView = { mode: 'list' },
  onViewChange,
  pageSize = 25,
  filterDebounceMs = 250,
  initialLanguages,
  availableLanguages,
  useBlocker,
  draftStorage,
  ...rest
}: CatalogItemAdminProps) {
  const { t } = useCatalogAdminTranslation();
  const { formatDateTime, formatNumber } = useFormatters();
  const [view, setView] = useControllableState<CatalogItemAdminView>({ value: viewProp, defaultValue: defaultView, onChange: onViewChange });
  const [query, setQuery] = useState('');
  const [debouncedQuery, setDebouncedQuery] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [sort, setSort] = useState<ListSort>({ column: 'internalTitle', direction: 'ascending' });
  const [page, setPage] = useState(0);
  const [deleting, setDeleting] = useState<CatalogItem | null>(null);
  const deleteItem = useDeleteCatalogItem();
  const categories = useCatalogAnalysis();
  const groupNames = groupNamesOf(useCustomerGroups().result.data);
  const options = useCategoryOptions(categories.data);

  useEffect(() => {
    const timer = setTimeout(() => setDebouncedQuery(query.trim()), filterDebounceMs);
    return () => clearTimeout(timer);
  }, [query, filterDebounceMs]);

  const listing = view.mode === 'list';
  const items = useCatalogItems({
    audience: 'admin',
    enabled: listing,
    page: page + 1,
    perPage: pageSize,
    sort: { field: sort.column as CatalogItemSortField, order: sort.direction === 'ascending' ? 'asc' : 'desc' },
    filter: { ...(debouncedQuery ? { query: debouncedQuery } : {}), ...(categoryId ? { categoryId } : {}) },
  });

  if (!listing) {
    return (
      <CatalogItemEditor
        key={view.mode === 'edit' ? view.itemId : 'new'}
        itemId={view.mode === 'edit' ? view.itemId : null}
        defaultCategoryIds={view.mode === 'new' && categoryId ? [categoryId] : []}
        initialLanguages={initialLanguages}
        availableLanguages={availableLanguages}
        useBlocker={useBlocker}
        draftStorage={draftStorage}
        onSaved={(saved, { created, close }) => {
          if (created && !close) setView({ mode: 'edit', itemId: saved.id });
        }}
        onClose={() => setView({ mode: 'list' })}
        {...rest}
      />
    );
  }

  const analysis = categories.analysis;
  const titleOf = (id: string) => analysis?.byId.get(id)?.internalTitle ?? id;
  const status = items.data ? 'ready' : items.status === 'error' ? 'error' : 'loading';
  const columns: ListColumn<CatalogItem>[] = [
    { id: 'internalTitle', header: t('catalogAdmin.itemsColumnTitle'), cell: (row) => row.internalTitle, sortValue: (row) => row.internalTitle, rowHeader: true },
    { id: 'validity', header: t('catalogAdmin.itemsColumnValidity'), cell: (row) => (
        <>
          <ValidityBadge validity={row.validity} /> <ScheduleBadge window={row} /> <AudienceBadge audience={row.audience} groupNames={groupNames} />
        </>
      ),
    },
    { id: 'categories', header: t('catalogAdmin.itemsColumnCategories'), cell: (row) => row.categoryIds.map(titleOf).join(', ') },
    {
      id: 'visibility',
      header: t('catalogAdmin.visibilityColumn'),
      cell: (row) => {
        if (!analysis) return null;
        const visibility = getItemVisibility(analysis, row);
        const visibleIn = row.categoryIds.filter((id) => analysis.portalTree.nodes.has(id)).length;
        return (
          <HiddenReason $hidden={visibility !== 'visible' && visibility !== 'partly'} data-slot="catalog-visibility" data-state={visibility}>
            {visibility === 'partly' ? t('catalogAdmin.visibilityPartly', { count: formatNumber(visibleIn), total: formatNumber(row.categoryIds.length) }) : t(VISIBILITY_LABEL_KEYS[visibility])}
          </HiddenReason>
        );
      },
    },
    {
      id: 'updatedAt',
      header: t('catalogAdmin.itemsColumnUpdated'),
      cell: (row) => <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>,
      sortValue: (row) => row.updatedAt,
    },
  ];

  return (
    <>
      <ListView<CatalogItem>
        label={t('catalogAdmin.itemsTitle')}
        rows={items.data?.data ?? []}
        total={items.data?.total ?? 0}
        getRowId={(row) => row.id}
        columns={columns}
        status={status}
        busy={items.isFetching && items.data !== undefined}
        error={items.error}
        onRetry={items.retry}
        filterable
        filterLabel={t('catalogAdmin.itemsFilter')}
        query={query}
        onQueryChange={(next) => {
          setQuery(next);
          setPage(0);
        }}
        sort={sort}
        onSortChange={(next) => {
          setSort(next);
          setPage(0);
        }}
        page={page}
        onPageChange={setPage}
        pageSize={pageSize}
        emptyMessage={t('catalogAdmin.itemsEmpty')}
        toolbar={
          <>
            <Field label={t('catalogAdmin.itemsCategoryFilter')}>
              {(controlProps) => (
                <Select
                  {...controlProps}
                  value={categoryId}
                  onChange={(event) => {
                    setCategoryId(event.target.value);
                    setPage(0);
                  }}
                  data-slot="catalog-item-category-filter"
                >
                  <option value="">{t('catalogAdmin.itemsCategoryFilterAll')}</option>
                  {options.map(({ category, depth }) => (
                    <option key={category.id} value={category.id}>
                      {`${'\u2003'.repeat(depth)}${category.internalTitle}`}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Button type="button" $variant="primary" onClick={() => setView({ mode: 'new' })} data-slot="catalog-item-add">
              {t('catalogAdmin.itemsAdd')}
            </Button>
          </>
        }
        rowActions={(row) => (
          <>
            <Button type="button" onClick={() => setView({ mode: 'edit', itemId: row.id })} aria-label={t('catalogAdmin.itemEditNamed', { title: row.internalTitle })}>
              {t('catalogAdmin.itemEdit')}
            </Button>
            <Button type="button" $variant="ghost" onClick={() => setDeleting(row)} aria-label={t('catalogAdmin.itemDeleteNamed', { title: row.internalTitle })}>
              {t('catalogAdmin.itemDelete')}
            </Button>
          </>
        )}
        data-slot="catalog-item-admin"
        {...rest}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        tone="danger"
        title={t('catalogAdmin.itemDeleteTitle', { title: deleting?.internalTitle ?? '' })}
        description={t('catalogAdmin.itemDeleteDescription')}
        confirmLabel={t('catalogAdmin.itemDeleteConfirm')}
        errorMessage={t('catalogAdmin.itemDeleteFailed')}
        onConfirm={async () => {
          if (!deleting) return;
          await deleteItem.mutate({ id: deleting.id, previousVersion: deleting.version });
        }}
      />
    </>
  );
}
CatalogItemAdmin.displayName = NAME;
