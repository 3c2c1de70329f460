import { describe, expect, it } from 'vitest';
import { decideCategoryDrop, parseDropId, planCategoryWrites, toDropId, type CategoryDropTarget } from '../../../src/admin/CatalogAdmin/categoryDrop.js';
import { makeCategory } from './fixtures.js';

// Hardware > Laptops > Rugged, Hardware > Desktops, Hardware > Printers; Software > Licences; Orphan (its parent is gone).
const categories = [
  makeCategory('Hardware', null, { order: 0 }),
  makeCategory('Laptops', 'Hardware', { order: 0 }),
  makeCategory('Desktops', 'Hardware', { order: 10 }),
  makeCategory('Printers', 'Hardware', { order: 20 }),
  makeCategory('Rugged', 'Laptops'),
  makeCategory('Software', null, { order: 10 }),
  makeCategory('Licences', 'Software'),
  makeCategory('Orphan', 'Gone'),
];

describe('decideCategoryDrop', () => {
  describe('reorder among siblings', () => {
    it('before an earlier sibling', () => {
      expect(decideCategoryDrop(categories, 'Printers', { kind: 'before', categoryId: 'Laptops' })).toEqual({
        kind: 'move',
        categoryId: 'Printers',
        parentId: 'Hardware',
        siblingIds: ['Printers', 'Laptops', 'Desktops'],
      });
    });

    it('after a later sibling', () => {
      expect(decideCategoryDrop(categories, 'Laptops', { kind: 'after', categoryId: 'Desktops' })).toMatchObject({ parentId: 'Hardware', siblingIds: ['Desktops', 'Laptops', 'Printers'] });
    });

    it('renumbers the siblings 0, 10, 20 and writes only those whose order changes, without touching the parent', () => {
      const decision = decideCategoryDrop(categories, 'Printers', { kind: 'before', categoryId: 'Desktops' });
      if (decision.kind !== 'move') throw new Error(`expected a move, got ${decision.kind}`);
      expect(planCategoryWrites(categories, decision).map(({ category, change }) => [category.id, change])).toEqual([
        ['Printers', { order: 10 }],
        ['Desktops', { order: 20 }],
      ]);
    });

    it.each<[string, CategoryDropTarget]>([
      ['on its own top edge', { kind: 'before', categoryId: 'Desktops' }],
      ['on its own bottom edge', { kind: 'after', categoryId: 'Desktops' }],
      ['after the sibling just before it', { kind: 'after', categoryId: 'Laptops' }],
      ['before the sibling just after it', { kind: 'before', categoryId: 'Printers' }],
      ['into the parent it already has', { kind: 'inside', categoryId: 'Hardware' }],
    ])('does nothing when dropped %s', (_where, target) => {
      expect(decideCategoryDrop(categories, 'Desktops', target)).toEqual({ kind: 'none' });
    });
  });

  describe('re-parent', () => {
    it('into another category, as its last sub-category', () => {
      const decision = decideCategoryDrop(categories, 'Rugged', { kind: 'inside', categoryId: 'Software' });
      expect(decision).toEqual({ kind: 'move', categoryId: 'Rugged', parentId: 'Software', siblingIds: ['Licences', 'Rugged'] });
      if (decision.kind !== 'move') return;
      expect(planCategoryWrites(categories, decision).map(({ category, change }) => [category.id, change])).toEqual([['Rugged', { parentId: 'Software', order: 10 }]]);
    });

    it('before a category of another branch, taking its parent', () => {
      expect(decideCategoryDrop(categories, 'Licences', { kind: 'before', categoryId: 'Desktops' })).toMatchObject({
        parentId: 'Hardware',
        siblingIds: ['Laptops', 'Licences', 'Desktops', 'Printers'],
      });
    });

    it('onto the top level zone, last among the top-level categories', () => {
      expect(decideCategoryDrop(categories, 'Laptops', { kind: 'top-level' })).toMatchObject({ parentId: null, siblingIds: ['Hardware', 'Software', 'Laptops'] });
      expect(decideCategoryDrop(categories, 'Software', { kind: 'top-level' })).toEqual({ kind: 'none' });
    });

    it('gives a category without a path to the top level a parent', () => {
      expect(decideCategoryDrop(categories, 'Orphan', { kind: 'inside', categoryId: 'Laptops' })).toMatchObject({ kind: 'move', parentId: 'Laptops', siblingIds: ['Rugged', 'Orphan'] });
    });
  });

  describe('a category never becomes its own descendant', () => {
    it.each<[string, CategoryDropTarget]>([
      ['into itself', { kind: 'inside', categoryId: 'Hardware' }],
      ['into a sub-category', { kind: 'inside', categoryId: 'Laptops' }],
      ['into a sub-sub-category', { kind: 'inside', categoryId: 'Rugged' }],
      ['before a sub-category', { kind: 'before', categoryId: 'Desktops' }],
      ['after a sub-sub-category', { kind: 'after', categoryId: 'Rugged' }],
    ])('refuses a drop %s', (_where, target) => {
      expect(decideCategoryDrop(categories, 'Hardware', target)).toEqual({ kind: 'refused', reason: 'cycle' });
    });

    it('also through categories without a path to the top level', () => {
      const loop = [...categories, makeCategory('Lost', 'Orphan')];
      expect(decideCategoryDrop(loop, 'Orphan', { kind: 'inside', categoryId: 'Lost' })).toEqual({ kind: 'refused', reason: 'cycle' });
    });
  });

  it('ignores a drop on a category that does not exist (any more)', () => {
    expect(decideCategoryDrop(categories, 'Rugged', { kind: 'inside', categoryId: 'Gone' })).toEqual({ kind: 'none' });
    expect(decideCategoryDrop(categories, 'Gone', { kind: 'top-level' })).toEqual({ kind: 'none' });
  });
});

describe('drop ids', () => {
  it.each<CategoryDropTarget>([{ kind: 'top-level' }, { kind: 'before', categoryId: 'a:b' }, { kind: 'inside', categoryId: 'catalog-drop:x' }, { kind: 'after', categoryId: 'ü 1' }])(
    'round-trips %o',
    (target) => {
      expect(parseDropId(toDropId(target))).toEqual(target);
    },
  );

  it('reads no target from other ids', () => {
    expect(parseDropId('Hardware')).toBeNull();
    expect(parseDropId(3)).toBeNull();
    expect(parseDropId('catalog-drop:sideways:Hardware')).toBeNull();
  });
});
