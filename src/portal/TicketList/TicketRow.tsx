import { memo, useId, type ComponentProps } from 'react';
import type { Ticket } from '../../model/index.js';
import type { Formatters } from '../PortalProvider/useFormatters.js';
import type { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { SafeLink } from '../SafeLink/index.js';

export interface TicketRowProps extends Omit<ComponentProps<'li'>, 'children'> {
  ticket: Ticket;
  href: string;
  formatters: Formatters;
  /** The list's `t`, so a row mounted while scrolling does not subscribe to the language itself. */
  t: ReturnType<typeof usePortalTranslation>['t'];
  now: Date | number | undefined;
}

/**
 * One ticket: title link, number, state badge and last change (relative, exact on hover and
 * focus). A plain `li`, styled by the list (`TicketItems`). Memoized: a scrolling list re-renders
 * only the rows it adds, not those it keeps.
 */
export const TicketRow = memo(function TicketRow({ ticket, href, formatters, t, now, ...rest }: TicketRowProps) {
  const exactId = useId();
  const exact = formatters.formatDateTime(ticket.changedAt);
  return (
    <li {...rest} data-slot="ticket-list-row" data-state={ticket.unread ? 'unread' : 'read'} data-ticket-state-type={ticket.stateType}>
      <div data-slot="ticket-list-row-title">
        {ticket.unread && <span data-slot="ticket-list-unread-marker" aria-hidden="true" />}
        <SafeLink href={href} aria-describedby={exactId}>
          {ticket.title || t('home.ticketNumber', { number: ticket.number })}
          {ticket.unread && ' '}
          {ticket.unread && <span data-slot="ticket-list-unread-label">({t('home.ticketUnread')})</span>}
        </SafeLink>
      </div>
      <div data-slot="ticket-list-row-meta">
        <span data-slot="ticket-list-number">{ticket.number}</span>
        <span data-slot="ticket-list-state" data-state={ticket.stateType}>
          {ticket.state}
        </span>
      </div>
      <span data-slot="ticket-list-changed">
        <time dateTime={ticket.changedAt}>{formatters.formatRelativeTime(ticket.changedAt, now)}</time>
        <span id={exactId} role="tooltip" data-slot="ticket-list-changed-exact">
          {t('home.ticketChanged', { time: exact })}
        </span>
      </span>
    </li>
  );
});
