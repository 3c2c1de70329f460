import { useEffect, useState, type ComponentProps } from 'react';
import type { CustomPageSortField } from '../../adapters/index.js';
import { useCustomPages, useDeleteCustomPage } from '../../data/index.js';
import type { CustomPage } from '../../model/index.js';
import { useFormatters } from '../../portal/PortalProvider/index.js';
import { ConfirmDialog } from '../kit/Dialog/ConfirmDialog.js';
import { ListView, type ListColumn, type ListSort } from '../kit/ListView/ListView.js';
import { Button } from '../kit/primitives.styles.js';
import { AudienceBadge } from '../kit/AudienceField/AudienceField.js';
import { groupNamesOf, useCustomerGroups } from '../kit/AudienceField/useCustomerGroups.js';
import { ScheduleBadge } from '../kit/PublishWindowField/PublishWindowField.js';
import { ValidityBadge } from '../kit/ValiditySelect/ValiditySelect.js';
import { useAdminTranslation } from '../i18n.js';

const NAME = 'CustomPageList';


export interface CustomPageListProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** "Add page": open the editor for a new page; without it there is no such button. */
  onAdd?: (() => void) | undefined;
  /** "Edit": open the editor for this page. */
  onEdit: (page: CustomPage) => void;
  /** Called after a page was deleted. */
  onDeleted?: ((page: CustomPage) => void) | undefined;
  /** Pages per list page. @default 25 */
  pageSize?: number | undefined;
  /** Delay between typing in the filter and asking the adapter, in ms. @default 250 */
  filterDebounceMs?: number | undefined;
}

/**
 * The list of custom pages: filter by internal title or slug, sort by title, slug or last
 * change, validity shown as a badge, "Add page", "Edit", and "Delete" after a confirmation.
 * Reads and deletes through the `customPages` adapter of the surrounding `PortalProvider`
 * (or `PortalDataProvider`); filtering, sorting and paging run in the adapter, so thousands
 * of pages stay fast.
 */
export function CustomPageList({ onAdd, onEdit, onDeleted, pageSize = 25, filterDebounceMs = 250, ...rest }: CustomPageListProps) {
  const { t } = useAdminTranslation();
  const { formatDateTime } = useFormatters();
  const groupNames = groupNamesOf(useCustomerGroups().result.data);
  const [query, setQuery] = useState('');
  const [debouncedQuery, setDebouncedQuery] = useState('');
  const [sort, setSort] = useState<ListSort>({ column: 'internalTitle', direction: 'ascending' });
  const [page, setPage] = useState(0);
  const [deleting, setDeleting] = useState<CustomPage | null>(null);
  const deletePage = useDeleteCustomPage();

  useEffect(() => {
    const timer = setTimeout(() => setDebouncedQuery(query.trim()), filterDebounceMs);
    return () => clearTimeout(timer);
  }, [query, filterDebounceMs]);

  const pages = useCustomPages({
    audience: 'admin',
    page: page + 1,
    perPage: pageSize,
    sort: { field: sort.column as CustomPageSortField, order: sort.direction === 'ascending' ? 'asc' : 'desc' },
    filter: debouncedQuery ? { query: debouncedQuery } : {},
  });
  // The last rows stay while another page, sort or filter loads.
  const status = pages.data ? 'ready' : pages.status === 'error' ? 'error' : 'loading';

  const columns: ListColumn<CustomPage>[] = [
    { id: 'internalTitle', header: t('admin.pagesColumnTitle'), cell: (row) => row.internalTitle, sortValue: (row) => row.internalTitle, rowHeader: true },
    { id: 'slug', header: t('admin.pagesColumnSlug'), cell: (row) => <code dir="ltr">{row.slug}</code>, sortValue: (row) => row.slug },
    { id: 'validity', header: t('admin.pagesColumnValidity'), cell: (row) => (
        <>
          <ValidityBadge validity={row.validity} /> <ScheduleBadge window={row} /> <AudienceBadge audience={row.audience} groupNames={groupNames} />
        </>
      ),
    },
    {
      id: 'updatedAt',
      header: t('admin.pagesColumnUpdated'),
      cell: (row) => <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>,
      sortValue: (row) => row.updatedAt,
    },
  ];

  return (
    <>
      <ListView<CustomPage>
        label={t('admin.pagesListTitle')}
        rows={pages.data?.data ?? []}
        total={pages.data?.total ?? 0}
        getRowId={(row) => row.id}
        columns={columns}
        status={status}
        busy={pages.isFetching && pages.data !== undefined}
        error={pages.error}
        onRetry={pages.retry}
        filterable
        filterLabel={t('admin.pagesFilter')}
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
        emptyMessage={t('admin.pagesEmpty')}
        toolbar={
          onAdd && (
            <Button type="button" $variant="primary" onClick={onAdd} data-slot="custom-page-add">
              {t('admin.pagesAdd')}
            </Button>
          )
        }
        rowActions={(row) => (
          <>
            <Button type="button" onClick={() => onEdit(row)} aria-label={t('admin.pagesEditNamed', { title: row.internalTitle })} data-slot="custom-page-edit">
              {t('admin.pagesEdit')}
            </Button>
            <Button
              type="button"
              $variant="ghost"
              onClick={() => setDeleting(row)}
              aria-label={t('admin.pagesDeleteNamed', { title: row.internalTitle })}
              data-slot="custom-page-delete"
            >
              {t('admin.pagesDelete')}
            </Button>
          </>
        )}
        data-slot="custom-page-list"
        {...rest}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        tone="danger"
        title={t('admin.pagesDeleteTitle', { title: deleting?.internalTitle ?? '' })}
        description={t('admin.pagesDeleteDescription')}
        confirmLabel={t('admin.pagesDeleteConfirm')}
        errorMessage={t('admin.pagesDeleteFailed')}
        onConfirm={async () => {
          if (!deleting) return;
          const target = deleting;
          await deletePage.mutate({ id: target.id, previousVersion: target.version });
          onDeleted?.(target);
        }}
      />
    </>
  );
}
CustomPageList.displayName = NAME;
