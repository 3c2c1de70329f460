import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { searchTerms } from '../../../src/catalog/fold.js';
import { createCatalogModel, type CatalogModel } from '../../../src/catalog/model.js';
import type { CatalogItem } from '../../../src/model/index.js';
import { CatalogItemList } from '../../../src/portal/CatalogBrowser/CatalogItemList.js';
import { CatalogItemRow } from '../../../src/portal/CatalogBrowser/CatalogItemRow.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { categories, generateCatalog, item, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';
import { CatalogPartContext } from '../../../stories/portal/CatalogBrowser/partContext.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const model = createCatalogModel(categories, items);
const IN_ACCOUNTS: CatalogLocation = { categoryId: 'accounts', itemId: null, query: '' };

function renderPart(
  part: ReactNode,
  { catalog = model, initial = IN_ACCOUNTS, rtl = false, virtualizeAbove }: { catalog?: CatalogModel; initial?: CatalogLocation; rtl?: boolean; virtualizeAbove?: number } = {},
) {
  const onNavigate = vi.fn();
  const result = (rtl ? renderRtl : renderPortal)(
    <CatalogPartContext model={catalog} initial={initial} onNavigate={onNavigate} virtualizeAbove={virtualizeAbove}>
      {() => part}
    </CatalogPartContext>,
  );
  return { onNavigate, user: userEvent.setup(), ...result };
}

const rowList = (row: ReactNode) => <ul>{row}</ul>;
const title = (row: HTMLElement) => row.querySelector('[data-slot="catalog-item-title"]')?.textContent;
const excerpt = (row: HTMLElement) => row.querySelector('[data-slot="catalog-item-excerpt"]')?.textContent;
const marks = (element: Element) => [...element.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('CatalogItemRow', () => {
  describe('given no search', () => {
    it('shows the title and the beginning of the text as plain text, and opens the item in its category', async () => {
      const { user, onNavigate, container } = renderPart(rowList(<CatalogItemRow item={items[4]!} categoryId="accounts" />), {
        initial: { ...IN_ACCOUNTS, query: 'left over' },
      });
      const row = screen.getByRole('listitem');
      expect(title(row)).toBe('Reset your password');
      expect(excerpt(row)).toBe('Forgot it? We reset it within the hour.');
      expect(marks(row)).toEqual([]);
      await user.click(within(row).getByRole('button', { name: /Reset your password/ }));
      // Not searching: the item opens without the query.
      expect(onNavigate).toHaveBeenCalledExactlyOnceWith({ categoryId: 'accounts', itemId: 'reset-password', query: '' });
      await expectNoAxeViolations(container);
    });

    it('shows no excerpt for an item without text, and “Untitled” for one without a title', () => {
      const bare = item('bare', ['accounts'], { en: { title: '', text: '<p> </p>' } });
      renderPart(rowList(<CatalogItemRow item={bare} categoryId="accounts" />));
      const row = screen.getByRole('listitem');
      expect(title(row)).toBe('Untitled');
      expect(row.querySelector('[data-slot="catalog-item-excerpt"]')).toBeNull();
    });

    it('cuts a long text at a word, marked with an ellipsis', () => {
      const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
      const long = item('long', ['accounts'], { en: { title: 'Long', text: `<p>${words}</p>` } });
      renderPart(rowList(<CatalogItemRow item={long} categoryId="accounts" />));
      const text = excerpt(screen.getByRole('listitem'))!;
      expect(text.length).toBeLessThanOrEqual(162);
      expect(text).toMatch(/^word0 word1 .* word\d+ …$/);
    });
  });

  describe('given search terms', () => {
    it('marks them in the title and shows the text around the first match; the item opens keeping the search', async () => {
      const filler = Array.from({ length: 40 }, (_, index) => `filler${index}`).join(' ');
      const deep = item('deep', ['accounts'], { en: { title: 'Printer toner', text: `<p>${filler} the toner cartridge sits here. ${filler}</p>` } });
      const { user, onNavigate } = renderPart(rowList(<CatalogItemRow item={deep} categoryId="accounts" terms={searchTerms('toner')} />), {
        initial: { ...IN_ACCOUNTS, query: 'toner' },
      });
      const row = screen.getByRole('listitem');
      expect(marks(row.querySelector('[data-slot="catalog-item-title"]')!)).toEqual(['toner']);
      expect(excerpt(row)).toMatch(/^… .*the toner cartridge sits here\. .* …$/);
      expect(marks(row.querySelector('[data-slot="catalog-item-excerpt"]')!)).toEqual(['toner']);
      await user.click(within(row).getByRole('button'));
      expect(onNavigate).toHaveBeenCalledExactlyOnceWith({ categoryId: 'accounts', itemId: 'deep', query: 'toner' });
    });
  });

  it('marks an item shown in the default language (Arabic page, English item)', async () => {
    const { container } = renderPart(rowList(<CatalogItemRow item={items[1]!} categoryId="accounts" />), { rtl: true });
    expect(within(screen.getByRole('listitem')).getByRole('button')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('listitem').closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('passes the host’s props to the row', () => {
    renderPart(rowList(<CatalogItemRow item={items[1]!} categoryId="accounts" className="host" aria-posinset={3} aria-setsize={9} />));
    expect(screen.getByRole('listitem')).toHaveClass('host');
    expect(screen.getByRole('listitem')).toHaveAttribute('aria-posinset', '3');
  });
});

describe('CatalogItemList', () => {
  it('lists every item of a short list in order, named by its heading', async () => {
    const { container } = renderPart(
      <section aria-labelledby="services">
        <h2 id="services">Services</h2>
        <CatalogItemList items={model.itemsOfCategory.get('accounts')!} categoryId="accounts" labelledBy="services" />
      </section>,
    );
    const list = screen.getByRole('list', { name: 'Services' });
    expect(within(list).getAllByRole('listitem').map(title)).toEqual(['Reset your password', 'Request a docking station']);
    await expectNoAxeViolations(container);
  });

  it('starts a long list with its first rows in a scroll area, each row telling its place in the whole list', async () => {
    const large = generateCatalog(300, { bigCategory: 250 });
    const catalog = createCatalogModel(large.categories, large.items);
    const bigItems: readonly CatalogItem[] = catalog.itemsOfCategory.get('big')!;
    const { container } = renderPart(<CatalogItemList items={bigItems} categoryId="big" />, { catalog, virtualizeAbove: 100 });
    const scrollArea = container.querySelector('[data-slot="catalog-item-scroll-area"]')!;
    expect(scrollArea).toHaveAttribute('data-state', 'static');
    const rows = within(scrollArea as HTMLElement).getAllByRole('listitem');
    expect(rows).toHaveLength(20);
    expect(rows.map((row) => row.getAttribute('aria-posinset'))).toEqual(Array.from({ length: 20 }, (_, index) => String(index + 1)));
    expect(new Set(rows.map((row) => row.getAttribute('aria-setsize')))).toEqual(new Set([String(bigItems.length)]));
    expect(rows.map(title)).toEqual(bigItems.slice(0, 20).map((entry) => entry.content.en?.title));
    // Let the virtualizer's module load inside React's act.
    await act(() => import('../../../src/portal/CatalogBrowser/CatalogVirtualRows.js'));
  });

  it('keeps a list at the threshold in normal flow', () => {
    const { container } = renderPart(<CatalogItemList items={model.itemsOfCategory.get('accounts')!} categoryId="accounts" />, { virtualizeAbove: 2 });
    expect(container.querySelector('[data-slot="catalog-item-scroll-area"]')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
