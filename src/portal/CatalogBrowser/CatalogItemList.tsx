import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { CatalogItem } from '../../model/catalog.js';
import { useCatalogBrowserContext } from './context.js';
import { CatalogItemRow } from './CatalogItemRow.js';
import { ItemRows, ScrollArea } from './CatalogParts.styles.js';

const NAME = 'CatalogItemList';
/** Rows rendered on the server and before the list has measured itself. */
const FIRST_ROWS = 20;
const ESTIMATED_ROW_HEIGHT = 76;

export interface CatalogItemListProps {
  /** The items, in display order. */
  items: readonly CatalogItem[];
  /** The category they are listed in. */
  categoryId: string;
  /** The id of the heading that names the list. */
  labelledBy?: string | undefined;
}

/** The items of a category. Long lists render only the rows in view (and keep their scroll position). */
export function CatalogItemList({ items, categoryId, labelledBy }: CatalogItemListProps) {
  const { virtualizeAbove } = useCatalogBrowserContext(NAME);
  if (items.length <= virtualizeAbove) {
    return (
      <ItemRows data-slot="catalog-item-list" aria-labelledby={labelledBy}>
        {items.map((item) => (
          <CatalogItemRow key={item.id} item={item} categoryId={categoryId} />
        ))}
      </ItemRows>
    );
  }
  return <VirtualItemList key={categoryId} items={items} categoryId={categoryId} labelledBy={labelledBy} />;
}
CatalogItemList.displayName = NAME;

function VirtualItemList({ items, categoryId, labelledBy }: CatalogItemListProps) {
  const { scrollMemory, getReturnItemId } = useCatalogBrowserContext(NAME);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The server and the first client render show the first rows in normal flow (no inline
  // styles in server HTML, so a strict CSP holds); measuring and positioning start after mount.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is a mutable object by design; this part is not memoized.
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: items.length,
    enabled: mounted,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => items[index]?.id ?? index,
    overscan: 6,
    initialOffset: () => scrollMemory.get(categoryId) ?? 0,
    directDomUpdates: true,
    directDomUpdatesMode: 'position',
  });

  // Back in a list: bring the item the customer came from into view (row heights are measured
  // again, so its old offset may be off), or else return to where the list was scrolled.
  useEffect(() => {
    if (!mounted) return;
    const returnTo = getReturnItemId();
    const index = returnTo === undefined ? -1 : items.findIndex((item) => item.id === returnTo);
    const remembered = scrollMemory.get(categoryId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
    else if (remembered) virtualizer.scrollToOffset(remembered);
  }, [mounted, categoryId, scrollMemory, virtualizer, items, getReturnItemId]);

  const rows = mounted
    ? virtualizer.getVirtualItems().map((row) => ({ index: row.index, item: items[row.index] as CatalogItem }))
    : items.slice(0, FIRST_ROWS).map((item, index) => ({ index, item }));

  return (
    <ScrollArea
      ref={scrollRef}
      data-slot="catalog-item-scroll-area"
      data-state={mounted ? 'virtual' : 'static'}
      onScroll={(event) => scrollMemory.set(categoryId, event.currentTarget.scrollTop)}
    >
      <ItemRows ref={mounted ? virtualizer.containerRef : undefined} data-slot="catalog-item-list" aria-labelledby={labelledBy}>
        {rows.map(({ index, item }) => (
          <CatalogItemRow
            key={item.id}
            ref={mounted ? virtualizer.measureElement : undefined}
            data-index={index}
            aria-setsize={items.length}
            aria-posinset={index + 1}
            item={item}
            categoryId={categoryId}
          />
        ))}
      </ItemRows>
    </ScrollArea>
  );
}
