import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCatalogModel } from '../../../src/catalog/model.js';
import { CatalogTree } from '../../../src/portal/CatalogBrowser/CatalogTree.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { categories, category, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';
import { CatalogPartContext } from '../../../stories/portal/CatalogBrowser/partContext.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const model = createCatalogModel(categories, items);
const START: CatalogLocation = { categoryId: null, itemId: null, query: '' };

// The tree beside a button that moves the customer elsewhere (the view, the browser's back button).
function setup({ initial = START, rtl = false, catalog = model }: { initial?: CatalogLocation; rtl?: boolean; catalog?: typeof model } = {}) {
  const onNavigate = vi.fn();
  const result = (rtl ? renderRtl : renderPortal)(
    <CatalogPartContext model={catalog} initial={initial} onNavigate={onNavigate}>
      {(_, navigate) => (
        <>
          <CatalogTree label="Categories" />
          <button type="button" onClick={() => navigate({ categoryId: 'docking', itemId: null, query: '' })}>
            Elsewhere: docking stations
          </button>
        </>
      )}
    </CatalogPartContext>,
  );
  const tree = () => screen.getByRole('tree');
  const item = (name: string) => within(tree()).getByRole('treeitem', { name });
  const names = () => within(tree()).getAllByRole('treeitem').map((node) => node.textContent);
  const tabStops = () => within(tree()).getAllByRole('treeitem').filter((node) => node.tabIndex === 0);
  return { onNavigate, user: userEvent.setup(), tree, item, names, tabStops, ...result };
}

describe('CatalogTree', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('given the start of the catalog', () => {
    it('shows the visible top-level categories closed, each branch marked as closed', async () => {
      const { container, names, item } = setup();
      expect(names()).toEqual(['Hardware', 'Software', 'Accounts']);
      expect(item('Hardware')).toHaveAttribute('aria-expanded', 'false');
      expect(item('Hardware')).toHaveAttribute('data-state', 'closed');
      // A category without sub-categories is a leaf: nothing to open.
      expect(item('Accounts')).not.toHaveAttribute('aria-expanded');
      expect(item('Accounts')).not.toHaveAttribute('data-state');
      expect(within(screen.getByRole('tree')).queryAllByRole('treeitem', { selected: true })).toEqual([]);
      await expectNoAxeViolations(container);
    });
  });

  describe('given a deep link to a nested category', () => {
    it('opens its ancestors, marks it as the current category and makes it the tab stop', async () => {
      const { container, names, item, tabStops } = setup({ initial: { categoryId: 'docking', itemId: null, query: '' } });
      expect(names()).toEqual(['Hardware', 'Laptops', 'Bags', 'Docking stations', 'Software', 'Accounts']);
      expect(item('Hardware')).toHaveAttribute('aria-expanded', 'true');
      expect(item('Laptops')).toHaveAttribute('aria-expanded', 'true');
      expect(item('Docking stations')).toHaveAttribute('aria-selected', 'true');
      expect(within(screen.getByRole('tree')).getAllByRole('treeitem', { selected: true })).toEqual([item('Docking stations')]);
      expect(tabStops()).toEqual([item('Docking stations')]);
      // Level and place among its siblings, for screen readers.
      expect(item('Docking stations')).toHaveAttribute('aria-level', '3');
      expect(item('Docking stations')).toHaveAttribute('aria-posinset', '2');
      expect(item('Docking stations')).toHaveAttribute('aria-setsize', '2');
      await expectNoAxeViolations(container);
    });
  });

  describe('when the current category changes elsewhere', () => {
    it('opens the way to it and keeps open what the customer opened', async () => {
      const { user, item, names } = setup();
      act(() => item('Software').focus());
      await user.keyboard('{ArrowRight}');
      expect(item('Software')).toHaveAttribute('aria-expanded', 'true');
      await user.click(screen.getByRole('button', { name: 'Elsewhere: docking stations' }));
      expect(item('Docking stations')).toHaveAttribute('aria-selected', 'true');
      expect(names()).toEqual(['Hardware', 'Laptops', 'Bags', 'Docking stations', 'Software', 'Licences', 'Accounts']);
    });
  });

  describe('when the customer uses the keyboard', () => {
    it('closes an open branch with ←, then moves to its parent; → on a leaf stays', async () => {
      const { user, item, names } = setup({ initial: { categoryId: 'bags', itemId: null, query: '' } });
      act(() => item('Bags').focus());
      await user.keyboard('{ArrowRight}');
      expect(item('Bags')).toHaveFocus();
      await user.keyboard('{ArrowLeft}');
      expect(item('Laptops')).toHaveFocus();
      await user.keyboard('{ArrowLeft}');
      expect(item('Laptops')).toHaveAttribute('aria-expanded', 'false');
      expect(names()).not.toContain('Bags');
      await user.keyboard('{ArrowLeft}');
      expect(item('Hardware')).toHaveFocus();
      // A top-level category has no parent to move to.
      await user.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(item('Hardware')).toHaveFocus();
      expect(item('Hardware')).toHaveAttribute('aria-expanded', 'false');
    });

    it('stays on the first and the last category at the ends', async () => {
      const { user, item } = setup();
      act(() => item('Hardware').focus());
      await user.keyboard('{ArrowUp}');
      expect(item('Hardware')).toHaveFocus();
      await user.keyboard('{End}{ArrowDown}');
      expect(item('Accounts')).toHaveFocus();
    });

    it('shows the focused category with Space, leaving a search and keeping the focus in the tree', async () => {
      const { user, item, onNavigate, tabStops } = setup({ initial: { categoryId: null, itemId: null, query: 'dock' } });
      act(() => item('Hardware').focus());
      await user.keyboard('{ArrowDown} ');
      expect(onNavigate).toHaveBeenCalledExactlyOnceWith({ categoryId: 'software', itemId: null, query: '' });
      expect(item('Software')).toHaveAttribute('aria-selected', 'true');
      expect(item('Software')).toHaveFocus();
      expect(tabStops()).toEqual([item('Software')]);
    });

    it('moves to the next category starting with the letters typed quickly, from where the focus is', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { user, item } = setup({ initial: { categoryId: 'licences', itemId: null, query: '' } });
      act(() => item('Hardware').focus());
      await user.keyboard('{ArrowRight}');
      // Visible: Hardware, Laptops, Software, Licences, Accounts. Typed at once, "li" is one word.
      await user.keyboard('li');
      expect(item('Licences')).toHaveFocus();
      // After a pause a letter starts a new search, after the focused category and round again.
      vi.setSystemTime(Date.now() + 1000);
      await user.keyboard('l');
      expect(item('Laptops')).toHaveFocus();
      vi.setSystemTime(Date.now() + 1000);
      await user.keyboard('l');
      expect(item('Licences')).toHaveFocus();
      // No category starts with it: the focus stays.
      vi.setSystemTime(Date.now() + 1000);
      await user.keyboard('z');
      expect(item('Licences')).toHaveFocus();
    });

    it('leaves shortcuts with Control or Alt to the browser', async () => {
      const { user, item } = setup();
      act(() => item('Hardware').focus());
      await user.keyboard('{Control>}{ArrowDown}{/Control}{Alt>}{ArrowRight}{/Alt}');
      expect(item('Hardware')).toHaveFocus();
      expect(item('Hardware')).toHaveAttribute('aria-expanded', 'false');
    });
  });

  describe('when the customer clicks a category', () => {
    it('shows it and makes it the tab stop', async () => {
      const { user, item, onNavigate, tabStops } = setup();
      await user.click(item('Accounts'));
      expect(onNavigate).toHaveBeenCalledExactlyOnceWith({ categoryId: 'accounts', itemId: null, query: '' });
      expect(item('Accounts')).toHaveAttribute('aria-selected', 'true');
      expect(tabStops()).toEqual([item('Accounts')]);
    });
  });

  describe('in Arabic', () => {
    it('names the categories in Arabic and marks a name shown in the default language', async () => {
      const catalog = createCatalogModel([...categories, category('printers', null, { en: 'Printers' }, { order: 9 })], items);
      const { container, names, item } = setup({ rtl: true, catalog });
      expect(names()).toEqual(['الأجهزة', 'البرمجيات', 'الحسابات', 'Printers']);
      expect(within(item('Printers')).getByText('Printers')).toHaveAttribute('lang', 'en');
      expect(within(item('الأجهزة')).getByText('الأجهزة')).not.toHaveAttribute('lang');
      expect(screen.getByRole('tree').closest('[dir="rtl"]')).not.toBeNull();
      await expectNoAxeViolations(container);
    });
  });
});
