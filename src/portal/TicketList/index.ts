export { defaultTicketHref, TicketList } from './TicketList.js';
export type { TicketListProps } from './TicketList.js';
export { selectTickets, sortAndFilterTickets } from './sortTickets.js';
export type { TicketSort, TicketStateFilter } from './sortTickets.js';
