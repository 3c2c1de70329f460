import { lazy, Suspense, useRef, useState } from 'react';
import { useIsClient } from '../../internal/useIsClient.js';
import type { CatalogItem } from '../../model/catalog.js';
import { useCatalogBrowserContext } from './context.js';
import { CatalogItemRow } from './CatalogItemRow.js';
import { ItemRows, ScrollArea } from './CatalogParts.styles.js';

const NAME = 'CatalogItemList';
/** Rows rendered on the server and before the list has measured itself. */
export const FIRST_ROWS = 20;

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

// The virtualizer (TanStack Virtual) loads with the first long list shown in the browser.
const CatalogVirtualRows = lazy(() => import('./CatalogVirtualRows.js').then((module) => ({ default: module.CatalogVirtualRows })));

/** The first rows in normal flow: on the server, at hydration and while the virtualizer loads. */
function FirstRows({ items, categoryId, labelledBy }: CatalogItemListProps) {
  return (
    <ItemRows data-slot="catalog-item-list" aria-labelledby={labelledBy}>
      {items.slice(0, FIRST_ROWS).map((item, index) => (
        <CatalogItemRow key={item.id} data-index={index} aria-setsize={items.length} aria-posinset={index + 1} item={item} categoryId={categoryId} />
      ))}
    </ItemRows>
  );
}

function VirtualItemList(props: CatalogItemListProps) {
  const { categoryId } = props;
  const { scrollMemory } = useCatalogBrowserContext(NAME);
  const scrollRef = useRef<HTMLDivElement>(null);
  const isClient = useIsClient();
  const [virtual, setVirtual] = useState(false);

  return (
    <ScrollArea
      ref={scrollRef}
      data-slot="catalog-item-scroll-area"
      data-state={virtual ? 'virtual' : 'static'}
      onScroll={(event) => scrollMemory.set(categoryId, event.currentTarget.scrollTop)}
    >
      {isClient ? (
        <Suspense fallback={<FirstRows {...props} />}>
          <CatalogVirtualRows {...props} scrollRef={scrollRef} onVirtualChange={setVirtual} />
        </Suspense>
      ) : (
        <FirstRows {...props} />
      )}
    </ScrollArea>
  );
}
