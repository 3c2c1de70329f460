import { useId, useMemo, useState, type ChangeEvent, type ComponentProps } from 'react';
import type { TicketListSelection } from '../../blocks/TicketList/block.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { TICKET_STATE_TYPES, type Ticket } from '../../model/index.js';
import { usePortal } from '../PortalProvider/context.js';
import { useFormatters } from '../PortalProvider/useFormatters.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { useTickets } from '../../data/tickets.js';
import { SafeLink } from '../SafeLink/index.js';
import { EmptyState, ErrorState, LoadingState } from '../states/index.js';
import { sortAndFilterTickets, selectTickets, type TicketSort, type TicketStateFilter } from './sortTickets.js';
import { LoadMoreButton, TicketItems, TicketListHeader, TicketListRoot, TicketListTitle, TicketSummary, TicketToolbar } from './TicketList.styles.js';
import { TicketRow } from './TicketRow.js';
import { VirtualTicketItems, type TicketRowSlotProps } from './VirtualTicketItems.js';

const NAME = 'TicketList';

/** Where a ticket opens by default: `/tickets/<id>`, through the host's link component. */
export const defaultTicketHref = (ticket: Ticket) => `/tickets/${encodeURIComponent(ticket.id)}`;

export interface TicketListProps extends Omit<ComponentProps<'section'>, 'title' | 'children'> {
  /**
   * The tickets to show. Without it the list reads the ticket adapter of `PortalProvider`
   * (paged, sorted and filtered by the adapter), with loading, empty and error states.
   */
  tickets?: readonly Ticket[] | undefined;
  /**
   * `compact`: the home page's short list (`maxCount` tickets chosen by `selection`, an
   * "all tickets" link). `full`: the tickets page (sort, state filter, every ticket,
   * virtualized when long). @default 'full'
   */
  variant?: 'full' | 'compact' | undefined;
  /** The heading; a translated default ("Your recent tickets") when empty. */
  title?: string | undefined;
  /** The heading's language, when it is not the customer's (a content fallback). */
  titleLang?: string | undefined;
  /** Level of the heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** `compact` only: how many tickets to show. @default 5 */
  maxCount?: number | undefined;
  /** `compact` only: the most recently changed tickets, or the open ones first. @default 'recent' */
  selection?: TicketListSelection | undefined;
  /** `compact` only: destination of the "all tickets" link; `null` hides it. @default '/tickets' */
  allTicketsHref?: string | null | undefined;
  /** `full` only: the order (controlled). */
  sort?: TicketSort | undefined;
  /** `full` only: the initial order when uncontrolled. @default 'changed-desc' */
  defaultSort?: TicketSort | undefined;
  /** Called when the customer changes the order. */
  onSortChange?: ((sort: TicketSort) => void) | undefined;
  /** `full` only: the state type shown (controlled). */
  stateFilter?: TicketStateFilter | undefined;
  /** `full` only: the initial state filter when uncontrolled. @default 'all' */
  defaultStateFilter?: TicketStateFilter | undefined;
  /** Called when the customer changes the state filter. */
  onStateFilterChange?: ((filter: TicketStateFilter) => void) | undefined;
  /**
   * Set when the list's owner sorts and filters (e.g. on the server); the list then shows
   * `tickets` in the given order. @default false
   */
  manualSorting?: boolean | undefined;
  /** `full`, reading the adapter: tickets per page. @default 100 */
  pageSize?: number | undefined;
  /** `full` only: how many tickets match in total, when more can be loaded. */
  total?: number | undefined;
  /** `full` only: whether `onLoadMore` can load more tickets. @default false */
  hasMore?: boolean | undefined;
  /** `full` only: loads the next page of tickets. */
  onLoadMore?: (() => void) | undefined;
  /** `full` only: a page is being loaded. @default false */
  loadingMore?: boolean | undefined;
  /** Where a ticket opens (a path for the host's router). @default `/tickets/<id>` */
  getTicketHref?: ((ticket: Ticket) => string) | undefined;
  /** Lists longer than this render only the rows near the viewport. @default 100 */
  virtualizeAbove?: number | undefined;
  /** "Now" for relative times (for stable server rendering and tests). @default the current time */
  now?: Date | number | undefined;
}

/** Where the rows come from when the list reads the adapter. */
interface TicketListStatus {
  status: 'loading' | 'error' | 'ready';
  error?: unknown;
  onRetry?: (() => void) | undefined;
  retrying?: boolean | undefined;
}

type TicketListViewProps = Omit<TicketListProps, 'tickets' | 'pageSize'> & { tickets: readonly Ticket[]; state?: TicketListStatus | undefined };

/**
 * The signed-in customer's tickets: number, title (a link through the host's router), state
 * with a badge by state type, last change as relative time (exact time on hover and focus)
 * and an unread marker. The `compact` variant is the home page's block; the `full` variant is
 * the tickets page, sortable by last change, filterable by state, and virtualized so
 * thousands of tickets scroll smoothly. Without `tickets` it reads the ticket adapter, with
 * loading, empty and error (with retry) states. Renders nothing for an anonymous visitor.
 */
export function TicketList({ tickets, pageSize = 100, ...props }: TicketListProps) {
  const { customer } = usePortal(NAME);
  if (!customer) return null;
  if (tickets !== undefined) return <TicketListView {...props} tickets={tickets} />;
  if (props.variant === 'compact') return <RecentTicketsFromAdapter {...props} />;
  return <TicketPagesFromAdapter {...props} pageSize={pageSize} />;
}
TicketList.displayName = NAME;

const NOT_CLOSED = ['new', 'open', 'pending'] as const;
const newestFirst = { field: 'changedAt', order: 'desc' } as const;

/** The home page block: the most recent tickets, and for `open` the tickets not closed first. */
function RecentTicketsFromAdapter(props: Omit<TicketListProps, 'tickets' | 'pageSize'>) {
  const { maxCount = 5, selection = 'recent' } = props;
  const recent = useTickets({ perPage: maxCount, sort: newestFirst });
  const open = useTickets({ perPage: maxCount, sort: newestFirst, filter: { stateTypes: NOT_CLOSED }, enabled: selection === 'open' });
  const results = selection === 'open' ? [open, recent] : [recent];
  const failed = results.find((result) => result.status === 'error');
  const loading = results.some((result) => result.data === undefined);
  const recentTickets = recent.data?.data;
  const openTickets = selection === 'open' ? open.data?.data : undefined;
  const tickets = useMemo(() => {
    const seen = new Set<string>();
    return [...(openTickets ?? []), ...(recentTickets ?? [])].filter((ticket) => !seen.has(ticket.id) && Boolean(seen.add(ticket.id)));
  }, [openTickets, recentTickets]);
  const state: TicketListStatus = failed
    ? { status: 'error', error: failed.error, onRetry: () => results.forEach((result) => result.retry()), retrying: failed.isFetching }
    : { status: loading ? 'loading' : 'ready' };
  return <TicketListView {...props} tickets={tickets} state={state} />;
}

/** The tickets page: pages of the adapter's list, sorted and filtered by the adapter; "load more" asks for one page more. */
function TicketPagesFromAdapter({
  pageSize,
  sort: sortProp,
  defaultSort = 'changed-desc',
  onSortChange,
  stateFilter: stateFilterProp,
  defaultStateFilter = 'all',
  onStateFilterChange,
  ...props
}: Omit<TicketListProps, 'tickets' | 'pageSize'> & { pageSize: number }) {
  const [sort, setSort] = useControllableState({ value: sortProp, defaultValue: defaultSort, onChange: onSortChange });
  const [stateFilter, setStateFilter] = useControllableState({ value: stateFilterProp, defaultValue: defaultStateFilter, onChange: onStateFilterChange });
  // Pages loaded so far, for the current sort and filter (a new order starts again at one page).
  const query = `${sort}|${stateFilter}`;
  const [loaded, setLoaded] = useState({ query, pages: 1 });
  const pages = loaded.query === query ? loaded.pages : 1;

  const result = useTickets({
    page: 1,
    perPage: pageSize * pages,
    sort: { field: 'changedAt', order: sort === 'changed-asc' ? 'asc' : 'desc' },
    filter: stateFilter === 'all' ? undefined : { stateTypes: [stateFilter] },
  });
  const tickets = result.data?.data ?? [];
  const total = result.data?.total;
  const state: TicketListStatus =
    result.status === 'error'
      ? { status: 'error', error: result.error, onRetry: result.retry, retrying: result.isFetching }
      : { status: result.data === undefined ? 'loading' : 'ready' };

  return (
    <TicketListView
      {...props}
      tickets={tickets}
      state={state}
      manualSorting
      sort={sort}
      onSortChange={setSort}
      stateFilter={stateFilter}
      onStateFilterChange={setStateFilter}
      total={total}
      hasMore={total !== undefined && tickets.length < total}
      loadingMore={result.isFetching && result.data !== undefined}
      onLoadMore={() => setLoaded({ query, pages: pages + 1 })}
    />
  );
}

function TicketListView({
  tickets,
  state = { status: 'ready' },
  variant = 'full',
  title,
  titleLang,
  headingLevel = 2,
  maxCount = 5,
  selection = 'recent',
  allTicketsHref = '/tickets',
  sort: sortProp,
  defaultSort = 'changed-desc',
  onSortChange,
  stateFilter: stateFilterProp,
  defaultStateFilter = 'all',
  onStateFilterChange,
  manualSorting = false,
  total,
  hasMore = false,
  onLoadMore,
  loadingMore = false,
  getTicketHref = defaultTicketHref,
  virtualizeAbove = 100,
  now,
  ...rest
}: TicketListViewProps) {
  const { t } = usePortalTranslation();
  const formatters = useFormatters();
  const titleId = useId();
  const sortId = useId();
  const filterId = useId();
  const [sort, setSort] = useControllableState({ value: sortProp, defaultValue: defaultSort, onChange: onSortChange });
  const [stateFilter, setStateFilter] = useControllableState({ value: stateFilterProp, defaultValue: defaultStateFilter, onChange: onStateFilterChange });
  const compact = variant === 'compact';

  const shown = useMemo(() => {
    if (compact) return selectTickets(tickets, selection, maxCount);
    return manualSorting ? [...tickets] : sortAndFilterTickets(tickets, sort, stateFilter);
  }, [compact, tickets, selection, maxCount, manualSorting, sort, stateFilter]);

  const heading = title?.trim() || t('home.ticketsTitle');
  const label = t('home.ticketsListLabel');
  const renderRow = (ticket: Ticket, { key, ...slot }: TicketRowSlotProps) => (
    <TicketRow key={key} {...slot} ticket={ticket} href={getTicketHref(ticket)} formatters={formatters} t={t} now={now} />
  );

  let items;
  if (state.status === 'error' && shown.length === 0) {
    items = <ErrorState error={state.error} onRetry={state.onRetry} retrying={state.retrying} />;
  } else if (state.status === 'loading') {
    items = <LoadingState variant="list" count={compact ? Math.min(maxCount, 5) : 5} label={t('common.loading')} />;
  } else if (shown.length === 0) {
    items = <EmptyState title={t(stateFilter !== 'all' && !compact ? 'home.ticketsFilteredEmpty' : 'home.ticketsEmpty')} />;
  } else if (!compact && shown.length > virtualizeAbove) {
    items = <VirtualTicketItems tickets={shown} renderRow={renderRow} label={label} />;
  } else {
    items = (
      <TicketItems aria-label={label} data-slot="ticket-list-items">
        {shown.map((ticket, index) => renderRow(ticket, { key: ticket.id, 'aria-posinset': index + 1, 'aria-setsize': shown.length }))}
      </TicketItems>
    );
  }

  return (
    <TicketListRoot aria-labelledby={titleId} {...rest} data-slot="ticket-list" data-variant={variant} data-state={state.status}>
      <TicketListHeader data-slot="ticket-list-header">
        <TicketListTitle as={`h${headingLevel}`} id={titleId} lang={title?.trim() ? titleLang : undefined} data-slot="ticket-list-title">
          {heading}
        </TicketListTitle>
        {compact && allTicketsHref && <SafeLink href={allTicketsHref}>{t('home.allTickets')}</SafeLink>}
      </TicketListHeader>
      {!compact && (
        <TicketToolbar data-slot="ticket-list-toolbar">
          <label htmlFor={sortId}>
            {t('home.sortLabel')}
            <select id={sortId} value={sort} onChange={(event: ChangeEvent<HTMLSelectElement>) => setSort(event.target.value as TicketSort)}>
              <option value="changed-desc">{t('home.sortNewest')}</option>
              <option value="changed-asc">{t('home.sortOldest')}</option>
            </select>
          </label>
          <label htmlFor={filterId}>
            {t('home.stateFilterLabel')}
            <select
              id={filterId}
              value={stateFilter}
              onChange={(event: ChangeEvent<HTMLSelectElement>) => setStateFilter(event.target.value as TicketStateFilter)}
            >
              <option value="all">{t('home.stateAll')}</option>
              {TICKET_STATE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(STATE_LABELS[type])}
                </option>
              ))}
            </select>
          </label>
          <TicketSummary role="status" data-slot="ticket-list-summary">
            {state.status === 'ready'
              ? t('home.ticketsShown', { shown: formatters.formatNumber(shown.length), total: formatters.formatNumber(Math.max(total ?? shown.length, shown.length)) })
              : null}
          </TicketSummary>
        </TicketToolbar>
      )}
      {items}
      {state.status === 'error' && shown.length > 0 && <ErrorState error={state.error} onRetry={state.onRetry} retrying={state.retrying} />}
      {!compact && hasMore && onLoadMore && state.status === 'ready' && (
        <LoadMoreButton type="button" data-slot="ticket-list-load-more" disabled={loadingMore} aria-busy={loadingMore || undefined} onClick={onLoadMore}>
          {loadingMore ? t('common.loading') : t('home.ticketsLoadMore')}
        </LoadMoreButton>
      )}
    </TicketListRoot>
  );
}

const STATE_LABELS = { new: 'home.stateNew', open: 'home.stateOpen', pending: 'home.statePending', closed: 'home.stateClosed' } as const;
