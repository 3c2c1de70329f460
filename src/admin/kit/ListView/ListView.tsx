import { useEffect, useId, useMemo, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { useControllableState } from '../../../internal/useControllableState.js';
import { useFormatters } from '../../../portal/PortalProvider/index.js';
import { EmptyState, ErrorState, LoadingState } from '../../../portal/states/index.js';
import { TextField } from '../Field/Field.js';
import { Button, ButtonRow } from '../primitives.styles.js';
import { ListRoot, ListToolbar, Pager, RowActions, SortButton, StateBox, Table, TableScroller } from './ListView.styles.js';
import { useAdminTranslation } from '../../i18n.js';

const NAME = 'ListView';

/** A column of a {@link ListView}. */
export interface ListColumn<Row> {
  /** Stable id (also the sort key). */
  id: string;
  /** The column heading. */
  header: ReactNode;
  /** The cell of one row. */
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: ((row: Row) => string | number) | undefined;
  /** Render the cell as the row's header cell (`<th scope="row">`), e.g. the title. @default false */
  rowHeader?: boolean | undefined;
}

/** The sort order of a {@link ListView}. */
export interface ListSort {
  column: string;
  direction: 'ascending' | 'descending';
}

/** Where the list's data stands. */
export type ListStatus = 'loading' | 'error' | 'ready';

export interface ListViewProps<Row> extends Omit<ComponentProps<'section'>, 'children'> {
  /** The rows; filtering, sorting and paging happen here. */
  rows: readonly Row[];
  /** The id of a row (React key). */
  getRowId: (row: Row) => string;
  /** The columns. */
  columns: ReadonlyArray<ListColumn<Row>>;
  /** The list's heading, also its table caption. */
  label: string;
  /** Where the data stands. @default 'ready' */
  status?: ListStatus | undefined;
  /** What went wrong (an adapter error): the error state's message follows its kind. */
  error?: unknown;
  /** Shown with a "Try again" button in the error state. */
  onRetry?: (() => void) | undefined;
  /** Whether a row matches the filter text (filtering here); see also `filterable`. */
  filter?: ((row: Row, query: string) => boolean) | undefined;
  /** Show the filter field even without `filter` (the data source filters by `query`). @default !!filter */
  filterable?: boolean | undefined;
  /**
   * The number of matching rows in the data source. Setting it switches to server paging:
   * `rows` is then the current page, already filtered and sorted by the data source, and
   * `page` / `onPageChange` drive the pager.
   */
  total?: number | undefined;
  /** The current 0-based page (controlled). */
  page?: number | undefined;
  /** Called when the admin turns the page. */
  onPageChange?: ((page: number) => void) | undefined;
  /** Whether a refresh of the rows is running (the table stays, marked busy). @default false */
  busy?: boolean | undefined;
  /** Label of the filter field. @default "Filter" in the portal's language */
  filterLabel?: string | undefined;
  /** The filter text (controlled). */
  query?: string | undefined;
  /** The filter text at first (uncontrolled). @default '' */
  defaultQuery?: string | undefined;
  /** Called as the filter text changes. */
  onQueryChange?: ((query: string) => void) | undefined;
  /** The sort order (controlled). */
  sort?: ListSort | undefined;
  /** The sort order at first (uncontrolled). @default no sort, rows as given */
  defaultSort?: ListSort | undefined;
  /** Called when the admin sorts by a column. */
  onSortChange?: ((sort: ListSort) => void) | undefined;
  /** Rows per page. @default 25 */
  pageSize?: number | undefined;
  /** Buttons in a last column (Edit, Delete). */
  rowActions?: ((row: Row) => ReactNode) | undefined;
  /** Heading of the actions column (for screen readers). @default "Actions" */
  actionsLabel?: string | undefined;
  /** Controls beside the filter ("Add page"). */
  toolbar?: ReactNode;
  /** Shown when there are no rows at all. @default the generic empty text */
  emptyMessage?: ReactNode;
}

/** ArrowUp / ArrowDown on a control in a body row moves to the same control of the next row. */
function onRowKeyDown(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  if (target.closest('thead') || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
  const row = target.closest('tbody > tr');
  if (!row) return;
  const controls = (tr: Element) => Array.from(tr.querySelectorAll<HTMLElement>('a[href], button:not([disabled])'));
  const index = controls(row).indexOf(target);
  const sibling = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
  if (index < 0 || !sibling) return;
  const next = controls(sibling)[index] ?? controls(sibling)[0];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * A list of records for admin screens: a filter field, sortable columns (`aria-sort`), states
 * for loading, empty, no matches and errors with retry, and paging so thousands of rows stay
 * fast. Inside the rows, ArrowUp and ArrowDown move to the same control of the next row.
 */
export function ListView<Row>({
  rows,
  getRowId,
  columns,
  label,
  status = 'ready',
  error,
  onRetry,
  filter,
  filterable = filter !== undefined,
  total,
  page: pageProp,
  onPageChange,
  busy = false,
  filterLabel,
  query: queryProp,
  defaultQuery = '',
  onQueryChange,
  sort: sortProp,
  defaultSort,
  onSortChange,
  pageSize = 25,
  rowActions,
  actionsLabel,
  toolbar,
  emptyMessage,
  ...rest
}: ListViewProps<Row>) {
  const { t } = useAdminTranslation();
  const { formatNumber } = useFormatters();
  const headingId = useId();
  const [query, setQuery] = useControllableState({ value: queryProp, defaultValue: defaultQuery, onChange: onQueryChange });
  const [sort, setSort] = useControllableState<ListSort | undefined>({ value: sortProp, defaultValue: defaultSort, onChange: onSortChange as ((sort: ListSort | undefined) => void) | undefined });
  const [uncontrolledPage, setUncontrolledPage] = useState(0);
  const page = pageProp ?? uncontrolledPage;
  const setPage = (next: number) => {
    if (pageProp === undefined) setUncontrolledPage(next);
    onPageChange?.(next);
  };
  const manual = total !== undefined;

  const trimmed = query.trim();
  const visible = useMemo(() => {
    if (manual) return [...rows];
    const matching = filter && trimmed !== '' ? rows.filter((row) => filter(row, trimmed)) : [...rows];
    const column = sort ? columns.find((candidate) => candidate.id === sort.column) : undefined;
    if (sort && column?.sortValue) {
      const value = column.sortValue;
      const factor = sort.direction === 'ascending' ? 1 : -1;
      matching.sort((a, b) => {
        const left = value(a);
        const right = value(b);
        const order = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right));
        return order * factor;
      });
    }
    return matching;
  }, [manual, rows, filter, trimmed, sort, columns]);

  const matchCount = manual ? total : visible.length;
  const pageCount = Math.max(1, Math.ceil(matchCount / pageSize));
  const currentPage = Math.min(page, pageCount - 1);
  const pageRows = manual ? visible : visible.slice(currentPage * pageSize, (currentPage + 1) * pageSize);

  const toggleSort = (column: string) => {
    const direction = sort?.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending';
    setSort({ column, direction });
    setPage(0);
  };

  // A native listener: the rows themselves are not interactive, the controls inside them are.
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const table = tableRef.current;
    if (!table) return undefined;
    table.addEventListener('keydown', onRowKeyDown);
    return () => table.removeEventListener('keydown', onRowKeyDown);
  });

  let body: ReactNode;
  if (status === 'loading') {
    body = <LoadingState variant="list" count={Math.min(pageSize, 5)} data-slot="list-loading" />;
  } else if (status === 'error') {
    body = <ErrorState error={error} onRetry={onRetry} data-slot="list-error" />;
  } else if (rows.length === 0 && trimmed === '') {
    body = <EmptyState title={emptyMessage ?? t('common.empty')} data-slot="list-empty" />;
  } else if (pageRows.length === 0) {
    body = (
      <StateBox role="status" data-slot="list-no-matches">
        <p>{t('admin.listNoMatches', { query: trimmed })}</p>
      </StateBox>
    );
  } else {
    const from = currentPage * pageSize + 1;
    const to = from + pageRows.length - 1;
    body = (
      <>
        <TableScroller>
          <Table ref={tableRef} data-slot="list-table" aria-busy={busy || undefined}>
            <caption id={headingId}>{label}</caption>
            <thead>
              <tr>
                {columns.map((column) => {
                  const sorted = sort?.column === column.id ? sort.direction : undefined;
                  return (
                    <th key={column.id} scope="col" aria-sort={column.sortValue ? (sorted ?? 'none') : undefined}>
                      {column.sortValue ? (
                        <SortButton type="button" onClick={() => toggleSort(column.id)} data-slot="list-sort" data-state={sorted ?? 'none'}>
                          {column.header}
                          <span aria-hidden="true">{sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
                        </SortButton>
                      ) : (
                        column.header
                      )}
                    </th>
                  );
                })}
                {rowActions && (
                  <th scope="col">
                    <span>{actionsLabel ?? t('admin.listActions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {pageRows.map((row) => (
                <tr key={getRowId(row)} data-slot="list-row">
                  {columns.map((column) =>
                    column.rowHeader ? (
                      <th key={column.id} scope="row">
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td key={column.id}>{column.cell(row)}</td>
                    ),
                  )}
                  {rowActions && (
                    <td>
                      <RowActions>{rowActions(row)}</RowActions>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroller>
        <Pager aria-label={t('admin.listPages')} data-slot="list-pager">
          <p role="status">
            {t('admin.listRange', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(matchCount) })}
          </p>
          {pageCount > 1 && (
            <ButtonRow>
              <Button type="button" disabled={currentPage === 0} onClick={() => setPage(currentPage - 1)} data-slot="list-previous">
                {t('admin.listPrevious')}
              </Button>
              <span>{t('admin.listPage', { page: formatNumber(currentPage + 1), pages: formatNumber(pageCount) })}</span>
              <Button type="button" disabled={currentPage >= pageCount - 1} onClick={() => setPage(currentPage + 1)} data-slot="list-next">
                {t('admin.listNext')}
              </Button>
            </ButtonRow>
          )}
        </Pager>
      </>
    );
  }

  return (
    <ListRoot aria-label={label} data-slot="list-view" data-state={status} {...rest}>
      <ListToolbar data-slot="list-toolbar">
        {filterable && (
          <TextField
            type="search"
            label={filterLabel ?? t('admin.listFilter')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(0);
            }}
            disabled={status === 'loading' && rows.length === 0 && trimmed === ''}
            data-slot="list-filter"
          />
        )}
        {toolbar}
      </ListToolbar>
      {body}
    </ListRoot>
  );
}
ListView.displayName = NAME;
