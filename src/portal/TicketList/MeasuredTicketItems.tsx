import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { TicketItems } from './TicketList.styles.js';
import type { VirtualTicketItemsProps } from './VirtualTicketItems.js';

const ESTIMATED_ROW_HEIGHT = 64;

/** The virtualized rows (loaded on demand by `VirtualTicketItems`). */
export function MeasuredTicketItems({ tickets, renderRow, label }: VirtualTicketItemsProps) {
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
