import type { TicketListSelection } from '../../blocks/TicketList/block.js';
import type { Ticket, TicketStateType } from '../../model/index.js';

/** Order of the full ticket list: by last change, newest or oldest first. */
export type TicketSort = 'changed-desc' | 'changed-asc';
/** The state types a list can be narrowed to, or `all`. */
export type TicketStateFilter = TicketStateType | 'all';

/** Tickets of one state type (or all), sorted by last change; the input is not changed. */
export function sortAndFilterTickets(tickets: readonly Ticket[], sort: TicketSort, stateFilter: TicketStateFilter): Ticket[] {
  const shown = stateFilter === 'all' ? tickets : tickets.filter((ticket) => ticket.stateType === stateFilter);
  const direction = sort === 'changed-asc' ? 1 : -1;
  // Each time parsed once, not twice per comparison: thousands of tickets sort in a few milliseconds.
  const keyed = shown.map((ticket) => ({ ticket, changed: Date.parse(ticket.changedAt) }));
  keyed.sort((a, b) => direction * (a.changed - b.changed));
  return keyed.map((entry) => entry.ticket);
}

/**
 * The home page's choice of tickets: `recent` are the most recently changed; `open` puts the
 * tickets that are not closed first (unread ones first among them), then the rest, each group
 * newest first.
 */
export function selectTickets(tickets: readonly Ticket[], selection: TicketListSelection, count: number): Ticket[] {
  const newest = sortAndFilterTickets(tickets, 'changed-desc', 'all');
  if (selection === 'recent') return newest.slice(0, count);
  const rank = (ticket: Ticket) => (ticket.stateType === 'closed' ? 2 : ticket.unread ? 0 : 1);
  return newest.sort((a, b) => rank(a) - rank(b)).slice(0, count);
}
