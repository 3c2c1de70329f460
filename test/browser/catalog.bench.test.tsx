// Measurements for `npm run bench` (scripts/bench/catalog.bench.mjs), not a test: skipped unless
// VITE_CATALOG_BENCH=1. Renders, in Chromium, a category holding 1,000 of the 10,000 generated
// items, next to a plain list of the same 1,000 titles, and prints the figures on one line.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { createLargeSeed } from '../../src/adapters/index.js';
import { getCatalogModel, localizeItem } from '../../src/catalog/index.js';
import type { CatalogCategory, CatalogItem } from '../../src/model/index.js';
import { CatalogBrowser } from '../../src/portal/CatalogBrowser/index.js';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';

const ENABLED = import.meta.env.VITE_CATALOG_BENCH === '1';
const ROUNDS = 9;
const BIG = 'bench-big';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function catalogWithBigCategory() {
  const seed = createLargeSeed({ now: new Date('2026-11-25T12:00:00Z') });
  const categories: CatalogCategory[] = [
    ...(seed.catalogCategories ?? []),
    { id: BIG, version: 1, updatedAt: '2026-11-25T12:00:00.000Z', internalTitle: 'Everything', validity: 'valid', parentId: null, order: 999, content: { en: { name: 'Everything' } } },
  ];
  let placed = 0;
  const items: CatalogItem[] = (seed.catalogItems ?? []).map((item) => {
    // Items every visitor sees: valid, unscheduled, for everyone (the demo part of the seed has a group-only one).
    if (placed >= 1000 || item.validity !== 'valid' || item.audience || item.visibleFrom || item.visibleUntil) return item;
    placed += 1;
    return { ...item, categoryIds: [...item.categoryIds, BIG] };
  });
  return { categories, items };
}

/**
 * Mounts `ui` in a fresh root, waits for React (effects included), for `ready` (what loads on
 * demand, such as the virtualizer) and layout, and returns the time taken.
 */
async function timeRender(ui: React.ReactElement, check: (container: HTMLElement) => void, ready: (container: HTMLElement) => boolean = () => true): Promise<number> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const start = performance.now();
  await act(async () => root.render(ui));
  while (!ready(container)) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  // Layout is part of rendering: read it so the browser computes it inside the measurement.
  void container.getBoundingClientRect().height;
  const time = performance.now() - start;
  check(container);
  act(() => root.unmount());
  container.remove();
  return time;
}

describe.skipIf(!ENABLED)('catalog render benchmark', () => {
  it('renders a category of 1,000 items', { timeout: 300_000 }, async () => {
    const { categories, items } = catalogWithBigCategory();
    const modelStart = performance.now();
    const model = getCatalogModel(categories, items);
    const modelTime = performance.now() - modelStart;
    const bigItems = model.itemsOfCategory.get(BIG) ?? [];
    expect(bigItems).toHaveLength(1000);
    const titles = bigItems.map((item) => ({ id: item.id, title: localizeItem(item, 'en', 'en').title }));

    let rowsRendered = 0;
    const candidate = () =>
      timeRender(
        <PortalProvider>
          <CatalogBrowser categories={categories} items={items} defaultValue={{ categoryId: BIG }} />
        </PortalProvider>,
        (container) => {
          rowsRendered = container.querySelectorAll('[data-slot="catalog-item-row"]').length;
          expect(container.querySelector('[data-slot="catalog-item-scroll-area"]')).toHaveAttribute('data-state', 'virtual');
        },
        // The virtualizer is loaded with the first long list: the render ends when it is in place.
        (container) => container.querySelector('[data-slot="catalog-item-scroll-area"][data-state="virtual"]') !== null,
      );
    const baseline = () =>
      timeRender(
        <ul>
          {titles.map(({ id, title }) => (
            <li key={id}>{title}</li>
          ))}
        </ul>,
        (container) => expect(container.querySelectorAll('li')).toHaveLength(1000),
      );

    await candidate();
    await baseline();
    const candidates: number[] = [];
    const baselines: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      candidates.push(await candidate());
      baselines.push(await baseline());
    }
    console.log(`CATALOG_RENDER_BENCH ${JSON.stringify({ candidates, baselines, rowsRendered, modelTime, items: model.items.length })}`);
  });
});
