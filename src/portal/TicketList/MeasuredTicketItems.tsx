import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { TicketItems } from './TicketList.styles.js';
import type { VirtualTicketItemsProps } from './VirtualTicketItems.js';

/** A row's height before any row has been measured. */
const FIRST_ESTIMATE = 64;

/** The virtualized rows (loaded on demand by `VirtualTicketItems`). */
export function MeasuredTicketItems({ tickets, renderRow, label }: VirtualTicketItemsProps) {
  const listRef = useRef<HTMLUListElement | null>(null);
  // Where the list starts in the document, for the window scroll offset.
  const [scrollMargin, setScrollMargin] = useState(0);
  // The height of a one-line row, learned from the rows measured so far (the smallest), so the
  // rows not yet measured are placed where they will be and measuring them moves nothing.
  const estimate = useRef<{ height: number; measured: boolean }>({ height: FIRST_ESTIMATE, measured: false });
  // A new function would make the virtualizer recompute every row's position on each render.
  const getItemKey = useCallback((index: number) => tickets[index]?.id ?? index, [tickets]);

  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: tickets.length,
    estimateSize: () => estimate.current.height,
    measureElement: useCallback((element: HTMLLIElement, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Window, HTMLLIElement>) => {
      // Sizes come from the ResizeObserver, which reports every resized row at once after
      // layout. Reading a row's size when it mounts would force a layout per row.
      const box = entry?.borderBoxSize[0];
      // A row without layout (hidden, or a DOM without layout) keeps its estimate instead of
      // collapsing to zero and pulling every other row into view.
      const height = box ? Math.round(box.blockSize) : 0;
      if (height > 0) {
        const learned = estimate.current;
        if (!learned.measured || height < learned.height) estimate.current = { height, measured: true };
        return height;
      }
      const key = instance.options.getItemKey(instance.indexFromElement(element));
      return instance.itemSizeCache.get(key) ?? estimate.current.height;
    }, []),
    overscan: 5,
    scrollMargin,
    getItemKey,
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
