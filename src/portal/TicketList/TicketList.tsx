import { useId, useMemo, type ChangeEvent, type ComponentProps } from 'react';
import type { TicketListSelection } from '../../blocks/TicketList/block.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { TICKET_STATE_TYPES, type Ticket } from '../../model/index.js';
import { usePortal } from '../PortalProvider/PortalProvider.js';
import { useFormatters } from '../PortalProvider/useFormatters.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { SafeLink } from '../SafeLink/index.js';
import { sortAndFilterTickets, selectTickets, type TicketSort, type TicketStateFilter } from './sortTickets.js';
import { LoadMoreButton, TicketItems, TicketListHeader, TicketListRoot, TicketListTitle, TicketSummary, TicketToolbar } from './TicketList.styles.js';
import { TicketRow } from './TicketRow.js';
import { VirtualTicketItems, type TicketRowSlotProps } from './VirtualTicketItems.js';

const NAME = 'TicketList';

/** Where a ticket opens by default: `/tickets/<id>`, through the host's link component. */
export const defaultTicketHref = (ticket: Ticket) => `/tickets/${encodeURIComponent(ticket.id)}`;

export interface TicketListProps extends Omit<ComponentProps<'section'>, 'title' | 'children'> {
  /** The customer's tickets. */
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

/**
 * The signed-in customer's tickets: number, title (a link through the host's router), state
 * with a badge by state type, last change as relative time (exact time on hover and focus)
 * and an unread marker. The `compact` variant is the home page's block; the `full` variant is
 * the tickets page, sortable by last change, filterable by state, and virtualized so
 * thousands of tickets scroll smoothly. Renders nothing for an anonymous visitor.
 */
export function TicketList({
  tickets,
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
}: TicketListProps) {
  const { customer } = usePortal(NAME);
  const { t } = usePortalTranslation();
  const formatters = useFormatters();
  const titleId = useId();
  const sortId = useId();
  const filterId = useId();
  const [sort, setSort] = useControllableState({ value: sortProp, defaultValue: defaultSort, onChange: onSortChange });
  const [stateFilter, setStateFilter] = useControllableState({ value: stateFilterProp, defaultValue: defaultStateFilter, onChange: onStateFilterChange });
  const compact = variant === 'compact';

  const shown = useMemo(() => {
    const all = tickets ?? [];
    if (compact) return selectTickets(all, selection, maxCount);
    return manualSorting ? [...all] : sortAndFilterTickets(all, sort, stateFilter);
  }, [compact, tickets, selection, maxCount, manualSorting, sort, stateFilter]);

  if (!customer || tickets === undefined) return null;

  const heading = title?.trim() || t('home.ticketsTitle');
  const label = t('home.ticketsListLabel');
  const renderRow = (ticket: Ticket, { key, ...slot }: TicketRowSlotProps) => (
    <TicketRow key={key} {...slot} ticket={ticket} href={getTicketHref(ticket)} formatters={formatters} now={now} />
  );

  let items;
  if (shown.length === 0) {
    items = <p data-slot="ticket-list-empty">{t(stateFilter !== 'all' && !compact ? 'home.ticketsFilteredEmpty' : 'home.ticketsEmpty')}</p>;
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
    <TicketListRoot aria-labelledby={titleId} {...rest} data-slot="ticket-list" data-variant={variant}>
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
                  {t(`home.state${type.charAt(0).toUpperCase()}${type.slice(1)}` as 'home.stateNew')}
                </option>
              ))}
            </select>
          </label>
          <TicketSummary role="status" data-slot="ticket-list-summary">
            {t('home.ticketsShown', { shown: formatters.formatNumber(shown.length), total: formatters.formatNumber(Math.max(total ?? shown.length, shown.length)) })}
          </TicketSummary>
        </TicketToolbar>
      )}
      {items}
      {!compact && hasMore && onLoadMore && (
        <LoadMoreButton type="button" data-slot="ticket-list-load-more" disabled={loadingMore} aria-busy={loadingMore || undefined} onClick={onLoadMore}>
          {loadingMore ? t('common.loading') : t('home.ticketsLoadMore')}
        </LoadMoreButton>
      )}
    </TicketListRoot>
  );
}
TicketList.displayName = NAME;
