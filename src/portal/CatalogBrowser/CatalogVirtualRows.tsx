import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useState, type RefObject } from 'react';
import type { CatalogItem } from '../../model/catalog.js';
import { useCatalogBrowserContext } from './context.js';
import { CatalogItemRow } from './CatalogItemRow.js';
import { ItemRows } from './CatalogParts.styles.js';
import { FIRST_ROWS } from './CatalogItemList.js';

const NAME = 'CatalogVirtualRows';
const ESTIMATED_ROW_HEIGHT = 76;

export interface CatalogVirtualRowsProps {
  items: readonly CatalogItem[];
  categoryId: string;
  labelledBy?: string | undefined;
  /** The scroll area the rows sit in (owned by the list, which stays in place while this loads). */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Told `true` once the rows are measured and positioned, `false` before. */
  onVirtualChange: (virtual: boolean) => void;
}

/**
 * The rows of a long item list, only those in view in the DOM (TanStack Virtual). In its own
 * module, loaded when such a list is first shown in the browser, so the virtualizer never
 * reaches a page without one.
 */
export function CatalogVirtualRows({ items, categoryId, labelledBy, scrollRef, onVirtualChange }: CatalogVirtualRowsProps) {
  const { scrollMemory, getReturnItemId } = useCatalogBrowserContext(NAME);
  // The first render shows the first rows in normal flow (as the server did, with no inline
  // styles, so a strict CSP holds); measuring and positioning start after mount.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  useEffect(() => onVirtualChange(mounted), [mounted, onVirtualChange]);

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
  );
}
CatalogVirtualRows.displayName = NAME;
