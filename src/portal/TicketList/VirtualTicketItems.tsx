import { lazy, Suspense, type ReactElement } from 'react';
import { useIsClient } from '../../internal/useIsClient.js';
import type { Ticket } from '../../model/index.js';
import { TicketItems } from './TicketList.styles.js';

/** Rows rendered before the list is measured (on the server, at hydration, while the virtualizer loads). */
const FIRST_ROWS = 20;

/** What a row receives from the list: its position for assistive technology, and the virtualizer's hooks. */
export interface TicketRowSlotProps {
  key: string;
  'aria-posinset': number;
  'aria-setsize': number;
  'data-index'?: number;
  ref?: (node: HTMLLIElement | null) => void;
}

export interface VirtualTicketItemsProps {
  tickets: readonly Ticket[];
  /** Renders one row with the given props. */
  renderRow: (ticket: Ticket, props: TicketRowSlotProps) => ReactElement;
  label: string;
}

// The virtualizer (TanStack Virtual) is loaded only when a long list is shown in the browser,
// so the home page's short list never ships it.
const MeasuredTicketItems = lazy(() => import('./MeasuredTicketItems.js').then((module) => ({ default: module.MeasuredTicketItems })));

function FirstRows({ tickets, renderRow, label }: VirtualTicketItemsProps) {
  return (
    <TicketItems aria-label={label} data-slot="ticket-list-items" data-virtualized="false">
      {tickets.slice(0, FIRST_ROWS).map((ticket, index) => renderRow(ticket, { key: ticket.id, 'aria-posinset': index + 1, 'aria-setsize': tickets.length }))}
    </TicketItems>
  );
}

/**
 * The rows of a long list, only those near the viewport in the DOM (TanStack Virtual over the
 * window's scroll). Rows are placed through the CSSOM (`directDomUpdates`), never through a
 * `style` attribute, so a strict CSP holds; the server renders the first rows in normal flow.
 */
export function VirtualTicketItems(props: VirtualTicketItemsProps) {
  const isClient = useIsClient();
  if (!isClient) return <FirstRows {...props} />;
  return (
    <Suspense fallback={<FirstRows {...props} />}>
      <MeasuredTicketItems {...props} />
    </Suspense>
  );
}
