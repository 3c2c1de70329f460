import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CatalogBrowser } from '../../src/portal/CatalogBrowser/index.js';
import { categories, generateCatalog, items } from '../../stories/portal/CatalogBrowser/fixtures.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../render.js';

const large = generateCatalog(3000, { bigCategory: 1000 });
const bigCount = large.items.filter((item) => item.validity === 'valid' && item.categoryIds.includes('big')).length;
const rows = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-slot="catalog-item-row"]')];

describe('CatalogBrowser in a browser', () => {
  describe('given a category with about a thousand items', () => {
    it('renders only the rows in view, and more as the customer scrolls', async () => {
      const { container } = renderPortal(<CatalogBrowser categories={large.categories} items={large.items} defaultValue={{ categoryId: 'big' }} />);
      const area = container.querySelector<HTMLElement>('[data-slot="catalog-item-scroll-area"]')!;
      await waitFor(() => expect(area).toHaveAttribute('data-state', 'virtual'));
      expect(rows(container).length).toBeGreaterThan(3);
      expect(rows(container).length).toBeLessThan(60);
      expect(rows(container)[0]).toHaveAttribute('aria-setsize', String(bigCount));

      area.scrollTo({ top: area.scrollHeight });
      await waitFor(() => expect(rows(container).some((row) => row.getAttribute('aria-posinset') === String(bigCount))).toBe(true));
      expect(rows(container).length).toBeLessThan(60);
    });

    it('comes back from an item to the same place in the list, with focus on that item', async () => {
      const user = userEvent.setup();
      const { container } = renderPortal(<CatalogBrowser categories={large.categories} items={large.items} defaultValue={{ categoryId: 'big' }} />);
      const area = () => container.querySelector<HTMLElement>('[data-slot="catalog-item-scroll-area"]')!;
      await waitFor(() => expect(area()).toHaveAttribute('data-state', 'virtual'));
      area().scrollTo({ top: 20_000 });
      await waitFor(() => expect(rows(container).some((row) => Number(row.getAttribute('aria-posinset')) > 200)).toBe(true));
      const row = rows(container).find((candidate) => Number(candidate.getAttribute('aria-posinset')) > 200)!;
      const button = within(row).getByRole('button');
      const title = row.querySelector('[data-slot="catalog-item-title"]')!.textContent!;
      await user.click(button);
      expect(await screen.findByRole('heading', { level: 2, name: title })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: /^Back to/ }));
      await waitFor(() => expect(document.activeElement?.closest('[data-slot="catalog-item-row"]')?.querySelector('[data-slot="catalog-item-title"]')?.textContent).toBe(title));
      expect(area().scrollTop).toBeGreaterThan(10_000);
    });
  });

  describe('accessibility with real layout and colours', () => {
    it.each([
      ['the start', {}],
      ['a category', { categoryId: 'laptops' }],
      ['an item', { categoryId: 'laptops', itemId: 'new-laptop' }],
      ['search results', { query: 'laptop' }],
      ['not found', { itemId: 'invalid-item' }],
    ])('has no axe violations, colour contrast and target size included, on %s', async (_, location) => {
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={items} defaultValue={location} />);
      await expectNoAxeViolations(container);
    });

    it('has no axe violations right to left', async () => {
      const { container } = renderRtl(<CatalogBrowser categories={categories} items={items} defaultValue={{ categoryId: 'laptops' }} />);
      await expectNoAxeViolations(container);
    });

    it('has no axe violations in a long virtualized list', async () => {
      const { container } = renderPortal(<CatalogBrowser categories={large.categories} items={large.items} defaultValue={{ categoryId: 'big' }} />);
      await waitFor(() => expect(container.querySelector('[data-slot="catalog-item-scroll-area"]')).toHaveAttribute('data-state', 'virtual'));
      await expectNoAxeViolations(container);
    });
  });
});
