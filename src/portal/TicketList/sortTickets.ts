import type { TicketListSelection } from '../../blocks/TicketList/block.js';
import type { Ticket, TicketStateType } from '../../model/index.js';

/** Order of the full ticket list: by last change, newest or oldest first. */
export type TicketSort = 'changed-desc' | 'changed-asc';
/** The state types a list can be narrowed to, or `all`. */
export type TicketStateFilter = TicketStateType | 'all';

/** `2026-11-25T12:00:00.000Z`: UTC times of one shape, whose text order is their time order. */
const CANONICAL_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Tickets of one state type (or all), sorted by last change; the input is not changed. */
export function sortAndFilterTickets(tickets: readonly Ticket[], sort: TicketSort, stateFilter: TicketStateFilter): Ticket[] {
  const shown = stateFilter === 'all' ? [...tickets] : tickets.filter((ticket) => ticket.stateType === stateFilter);
  const direction = sort === 'changed-asc' ? 1 : -1;
  // Thousands of tickets: when every time is canonical UTC (as adapters send them) the texts
  // compare as the times do, with no parsing; otherwise each time is parsed once, not twice
  // per comparison.
  if (shown.every((ticket) => CANONICAL_UTC.test(ticket.changedAt))) {
    return shown.sort((a, b) => (a.changedAt === b.changedAt ? 0 : a.changedAt < b.changedAt ? -direction : direction));
  }
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
