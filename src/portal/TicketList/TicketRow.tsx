import { memo, useId, type ComponentProps } from 'react';
import type { Ticket } from '../../model/index.js';
import type { Formatters } from '../PortalProvider/useFormatters.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { SafeLink } from '../SafeLink/index.js';
import { ExactTime, StateBadge, TicketChanged, TicketMeta, TicketNumber, TicketRowRoot, TicketTitleLine, UnreadDot, VisuallyHidden } from './TicketList.styles.js';

export interface TicketRowProps extends Omit<ComponentProps<'li'>, 'children'> {
  ticket: Ticket;
  href: string;
  formatters: Formatters;
  now: Date | number | undefined;
}

/**
 * One ticket: title link, number, state badge and last change (relative, exact on hover and
 * focus). Memoized: a scrolling list re-renders only the rows it adds, not those it keeps.
 */
export const TicketRow = memo(function TicketRow({ ticket, href, formatters, now, ...rest }: TicketRowProps) {
  const { t } = usePortalTranslation();
  const exactId = useId();
  const exact = formatters.formatDateTime(ticket.changedAt);
  return (
    <TicketRowRoot {...rest} data-slot="ticket-list-row" data-state={ticket.unread ? 'unread' : 'read'} data-ticket-state-type={ticket.stateType}>
      <TicketTitleLine data-slot="ticket-list-row-title">
        {ticket.unread && <UnreadDot data-slot="ticket-list-unread-marker" aria-hidden="true" />}
        <SafeLink href={href} aria-describedby={exactId}>
          {ticket.title || t('home.ticketNumber', { number: ticket.number })}
          {ticket.unread && ' '}
          {ticket.unread && <VisuallyHidden>({t('home.ticketUnread')})</VisuallyHidden>}
        </SafeLink>
      </TicketTitleLine>
      <TicketMeta data-slot="ticket-list-row-meta">
        <TicketNumber data-slot="ticket-list-number">{ticket.number}</TicketNumber>
        <StateBadge data-slot="ticket-list-state" data-state={ticket.stateType}>
          {ticket.state}
        </StateBadge>
      </TicketMeta>
      <TicketChanged data-slot="ticket-list-changed">
        <time dateTime={ticket.changedAt}>{formatters.formatRelativeTime(ticket.changedAt, now)}</time>
        <ExactTime id={exactId} role="tooltip" data-slot="ticket-list-changed-exact">
          {t('home.ticketChanged', { time: exact })}
        </ExactTime>
      </TicketChanged>
    </TicketRowRoot>
  );
});
