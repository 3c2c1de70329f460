import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import type { Ticket } from '../../model/index.js';
import { TicketItems } from './TicketList.styles.js';

/** Rows rendered before the list is measured (on the server and at hydration). */
const FIRST_ROWS = 20;
const ESTIMATED_ROW_HEIGHT = 64;

const subscribeNever = () => () => {};

/** `false` on the server and during hydration, `true` afterwards. */
function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

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

/**
 * The rows of a long list, only those near the viewport in the DOM (TanStack Virtual over the
 * window's scroll). Rows are placed through the CSSOM (`directDomUpdates`), never through a
 * `style` attribute, so a strict CSP holds; the server renders the first rows in normal flow.
 */
export function VirtualTicketItems({ tickets, renderRow, label }: VirtualTicketItemsProps) {
  const isClient = useIsClient();
  if (!isClient) {
    return (
      <TicketItems aria-label={label} data-slot="ticket-list-items" data-virtualized="false">
        {tickets.slice(0, FIRST_ROWS).map((ticket, index) =>
          renderRow(ticket, { key: ticket.id, 'aria-posinset': index + 1, 'aria-setsize': tickets.length }),
        )}
      </TicketItems>
    );
  }
  return <MeasuredTicketItems tickets={tickets} renderRow={renderRow} label={label} />;
}

function MeasuredTicketItems({ tickets, renderRow, label }: VirtualTicketItemsProps) {
  const listRef = useRef<HTMLUListElement | null>(null);
  // Where the list starts in the document, for the window scroll offset.
  const [scrollMargin, setScrollMargin] = useState(0);

  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: tickets.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    // A row that has no layout yet (hidden, or a DOM without layout) keeps its estimate
    // instead of collapsing to zero and pulling every other row into view.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => tickets[index]?.id ?? index,
    directDomUpdates: true,
  });

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top + window.scrollY;
    // Read from the layout, so it cannot be derived in render; re-read when the rows change.
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
  }, [scrollMargin, tickets]);

  const { containerRef } = virtualizer;
  const setList = useCallback(
    (node: HTMLUListElement | null) => {
      listRef.current = node;
      containerRef(node);
    },
    [containerRef],
  );

  return (
    <TicketItems ref={setList} aria-label={label} data-slot="ticket-list-items" data-virtualized="true">
      {virtualizer.getVirtualItems().map((item) => {
        const ticket = tickets[item.index];
        if (!ticket) return null;
        return renderRow(ticket, {
          key: String(item.key),
          'aria-posinset': item.index + 1,
          'aria-setsize': tickets.length,
          'data-index': item.index,
          ref: virtualizer.measureElement,
        });
      })}
    </TicketItems>
  );
}
