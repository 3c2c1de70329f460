import type { ListResult, TicketListParams } from '../adapters/types.js';
import type { Ticket } from '../model/ticket.js';
import { useAdapterQuery, useRequiredAdapter, type DataResult, type QueryOptions } from './useAdapterQuery.js';

/** Parameters of {@link useTickets}. */
export interface UseTicketsParams extends Omit<TicketListParams, 'signal'>, QueryOptions {}

/**
 * A page of the signed-in customer's tickets, newest change first unless sorted otherwise.
 * While the next page loads, the previous one stays (`isPlaceholderData`).
 */
export function useTickets({ enabled, ...params }: UseTicketsParams = {}): DataResult<ListResult<Ticket>> {
  const { adapter } = useRequiredAdapter('tickets', 'useTickets');
  return useAdapterQuery('useTickets', 'tickets', 'list', params, (signal) => adapter.list({ ...params, signal }), { enabled, keepPrevious: true });
}

/** Parameters of {@link useTicket}. */
export interface UseTicketParams extends QueryOptions {
  /** The ticket's id. */
  id: string;
}

/** One ticket of the signed-in customer. */
export function useTicket({ id, enabled }: UseTicketParams): DataResult<Ticket> {
  const { adapter } = useRequiredAdapter('tickets', 'useTicket');
  return useAdapterQuery('useTicket', 'tickets', 'get', { id }, (signal) => adapter.get({ id, signal }), { enabled });
}
