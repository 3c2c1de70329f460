import '../jsdomLayout.js';
import type * as DndKit from '@dnd-kit/core';
import type { DndContextProps, DragEndEvent } from '@dnd-kit/core';
import { act, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toDropId, type CategoryDropTarget } from '../../../src/admin/CatalogAdmin/categoryDrop.js';
import { CatalogCategoryAdmin } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal } from '../../render.js';
import { screen, within } from '../CustomPages/editorHarness.js';
import { setupCatalog } from './fixtures.js';

// jsdom has no layout, so pointer drags cannot be simulated here (the browser test in Chromium
// drags with the mouse). These tests keep dnd-kit's real DndContext and hand its `onDragEnd`
// the drop a drag would produce, so everything after the drop runs as in the browser.
const dnd = vi.hoisted(() => ({ props: null as DndContextProps | null }));
vi.mock('@dnd-kit/core', async (importOriginal) => {
  const actual = await importOriginal<typeof DndKit>();
  return {
    ...actual,
    DndContext: (props: DndContextProps) => {
      dnd.props = props;
      return createElement(actual.DndContext, props);
    },
  };
});

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  sessionStorage.clear();
  dnd.props = null;
});

async function renderAdmin(language?: string) {
  const store = setupCatalog();
  const updates = vi.spyOn(store.catalog, 'updateCategory');
  const view = renderPortal(<CatalogCategoryAdmin />, { provider: { adapters: store.adapters, ...(language ? { language } : {}) } });
  await screen.findByRole('navigation');
  return { ...store, updates, ...view };
}

/** What dnd-kit reports when `categoryId` is released over `target`. */
function drop(categoryId: string, target: CategoryDropTarget) {
  const props = dnd.props;
  if (!props?.onDragEnd) throw new Error('No DndContext rendered');
  act(() => props.onDragEnd?.({ active: { id: categoryId }, over: { id: toDropId(target) } } as unknown as DragEndEvent));
}

const message = () => screen.getAllByRole('status').find((element) => element.getAttribute('data-slot') === 'catalog-category-message');
const childIds = (id: string | null) => {
  const list = id === null ? within(screen.getByRole('navigation')).getAllByRole('list')[0] : screen.getAllByRole('listitem').find((item) => item.getAttribute('data-id') === id)?.querySelector(':scope > ul');
  return [...(list?.children ?? [])].map((item) => item.getAttribute('data-id'));
};

describe('CatalogCategoryAdmin: dragging', () => {
  it('gives every row a named drag handle, with drop zones before, into and after it', async () => {
    const { container } = await renderAdmin();
    const handle = screen.getByRole('button', { name: 'Drag Hardware' });
    expect(handle).toHaveAttribute('aria-roledescription', 'draggable category');
    // dnd-kit mounts the instructions the handle points to in an effect after the first render.
    await waitFor(() => expect(handle).toHaveAccessibleDescription(/To pick up a category, press Space or Enter/));
    const hardware = screen.getAllByRole('listitem').find((item) => item.getAttribute('data-id') === 'Hardware') as HTMLElement;
    const zones = [...hardware.querySelectorAll(':scope > div > [data-slot="catalog-category-drop-zone"]')].map((zone) => zone.getAttribute('data-position'));
    expect(zones).toEqual(['before', 'inside', 'after']);
    // A category without a path to the top level can only be dropped into (it has no siblings in the tree).
    const orphan = screen.getAllByRole('listitem').find((item) => item.getAttribute('data-id') === 'Orphan') as HTMLElement;
    expect([...orphan.querySelectorAll('[data-slot="catalog-category-drop-zone"]')].map((zone) => zone.getAttribute('data-position'))).toEqual(['whole']);
    await expectNoAxeViolations(container);
  });

  it('reorders siblings when dropped before another, and stores the order', async () => {
    const { catalog } = await renderAdmin();
    expect(childIds(null)).toEqual(['Hardware', 'Software']);
    drop('Software', { kind: 'before', categoryId: 'Hardware' });
    await waitFor(() => expect(childIds(null)).toEqual(['Software', 'Hardware']));
    expect(message()).toHaveTextContent('Software moved.');
    const stored = await catalog.listCategories({ filter: { parentId: null } });
    expect(stored.data.map((category) => category.id)).toEqual(['Software', 'Hardware']);
  });

  it('re-parents when dropped into another category, and to the top level on the top-level zone', async () => {
    const { catalog } = await renderAdmin();
    drop('Rugged', { kind: 'inside', categoryId: 'Software' });
    await waitFor(() => expect(childIds('Software')).toEqual(['Licences', 'Rugged']));
    expect((await catalog.getCategory({ id: 'Rugged' })).parentId).toBe('Software');
    expect(message()).toHaveTextContent('Rugged moved.');

    drop('Laptops', { kind: 'top-level' });
    await waitFor(() => expect(childIds(null)).toEqual(['Hardware', 'Software', 'Laptops']));
    expect((await catalog.getCategory({ id: 'Laptops' })).parentId).toBeNull();
  });

  it('refuses a drop into its own descendant with the cycle message, and writes nothing', async () => {
    const { catalog, updates } = await renderAdmin();
    drop('Hardware', { kind: 'inside', categoryId: 'Rugged' });
    expect(message()).toHaveTextContent('A category cannot be placed inside itself or one of its own sub-categories.');
    drop('Hardware', { kind: 'inside', categoryId: 'Hardware' });
    expect(message()).toHaveTextContent('A category cannot be placed inside itself or one of its own sub-categories.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates).not.toHaveBeenCalled();
    expect((await catalog.getCategory({ id: 'Hardware' })).parentId).toBeNull();
    expect(childIds(null)).toEqual(['Hardware', 'Software']);
  });

  it('writes nothing when the drop leaves the category where it was', async () => {
    const { updates } = await renderAdmin();
    drop('Laptops', { kind: 'inside', categoryId: 'Hardware' });
    drop('Software', { kind: 'after', categoryId: 'Hardware' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates).not.toHaveBeenCalled();
    expect(message()).toBeEmptyDOMElement();
  });

  it('says so when the store refuses the move, like the buttons do', async () => {
    const { adapters } = await renderAdmin();
    adapters.control.failNext(1, 'conflict', { domains: ['catalog'], methods: ['updateCategory'] });
    drop('Rugged', { kind: 'inside', categoryId: 'Software' });
    await waitFor(() => expect(message()).toHaveTextContent('The category could not be moved.'));
    expect((await adapters.catalog.getCategory({ id: 'Rugged' })).parentId).toBe('Laptops');
  });

  it.each([
    ['de', 'Hardware ziehen', 'Hardware aufgenommen.', 'Rugged käme in Software.', 'Eine Kategorie kann nicht in sich selbst oder in eine ihrer Unterkategorien verschoben werden.'],
    ['fr', 'Glisser Hardware', 'Hardware saisie.', 'Rugged irait dans Software.', 'Une catégorie ne peut pas être placée dans elle-même ni dans l’une de ses sous-catégories.'],
    ['ar', 'سحب Hardware', 'تم التقاط Hardware.', 'سيُوضع Rugged داخل Software.', 'لا يمكن وضع فئة داخل نفسها أو داخل إحدى فئاتها الفرعية.'],
  ])('names the handle and announces the drag in %s', async (language, handleName, start, over, refused) => {
    await renderAdmin(language);
    expect(screen.getByRole('button', { name: handleName })).toBeVisible();
    const announcements = dnd.props?.accessibility?.announcements;
    if (!announcements) throw new Error('No announcements');
    const at = (id: string) => ({ id }) as never;
    expect(announcements.onDragStart({ active: at('Hardware') })).toBe(start);
    expect(announcements.onDragOver({ active: at('Rugged'), over: at(toDropId({ kind: 'inside', categoryId: 'Software' })) })).toBe(over);
    expect(announcements.onDragOver({ active: at('Hardware'), over: at(toDropId({ kind: 'inside', categoryId: 'Rugged' })) })).toBe(refused);
    expect(dnd.props?.accessibility?.screenReaderInstructions?.draggable).not.toMatch(/To pick up/);
  });
});
