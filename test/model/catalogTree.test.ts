import { describe, expect, it } from 'vitest';
import {
  buildCatalogTree,
  getCatalogDescendantIds,
  getCatalogPath,
  getVisibleCategoryIds,
  type CatalogCategory,
  type CatalogItem,
  type Validity,
} from '../../src/model/index.js';

const category = (id: string, parentId: string | null, order = 0, validity: Validity = 'valid'): CatalogCategory => ({
  id,
  version: 1,
  updatedAt: '2026-11-25T18:10:00.000Z',
  internalTitle: id,
  validity,
  parentId,
  order,
  content: { en: { name: id } },
});

const item = (categoryIds: string[], validity: Validity = 'valid'): CatalogItem => ({
  id: 'i1',
  version: 1,
  updatedAt: '2026-11-25T18:10:00.000Z',
  internalTitle: 'i1',
  validity,
  categoryIds,
  image: null,
  order: 0,
  content: { en: { title: 'i1', text: '', links: [] } },
});

describe('buildCatalogTree', () => {
  const categories = [
    category('software', null, 2),
    category('hardware', null, 1),
    category('laptops', 'hardware', 0),
    category('docking', 'laptops', 1),
    category('bags', 'laptops', 0),
    category('retired', null, 3, 'invalid'),
    category('under-retired', 'retired'),
    category('paused', 'hardware', 5, 'invalid-temporarily'),
    category('under-paused', 'paused'),
    category('orphan', 'missing-parent'),
    category('loop-a', 'loop-b'),
    category('loop-b', 'loop-a'),
  ];

  it('nests valid categories in display order, three levels deep', () => {
    const tree = buildCatalogTree(categories);
    expect(tree.roots.map((node) => node.category.id)).toEqual(['hardware', 'software']);
    const laptops = tree.nodes.get('laptops');
    expect(laptops?.children.map((node) => node.category.id)).toEqual(['bags', 'docking']);
    expect(tree.nodes.get('docking')?.depth).toBe(2);
  });

  it('leaves out invalid categories with everything below them, orphans and cycles', () => {
    const tree = buildCatalogTree(categories);
    for (const id of ['retired', 'under-retired', 'paused', 'under-paused', 'orphan', 'loop-a', 'loop-b']) {
      expect(tree.nodes.has(id), id).toBe(false);
    }
    expect(tree.nodes.size).toBe(5);
  });

  it('keeps invalid categories for admin screens when asked', () => {
    const tree = buildCatalogTree(categories, { validOnly: false });
    expect(tree.nodes.has('under-paused')).toBe(true);
    expect(tree.nodes.has('orphan')).toBe(false);
    expect(tree.nodes.has('loop-a')).toBe(false);
  });

  it('gives breadcrumbs and descendants', () => {
    const tree = buildCatalogTree(categories);
    expect(getCatalogPath(tree, 'docking').map((c) => c.id)).toEqual(['hardware', 'laptops', 'docking']);
    expect(getCatalogPath(tree, 'under-paused')).toEqual([]);
    expect(getCatalogDescendantIds(tree, 'hardware').sort()).toEqual(['bags', 'docking', 'hardware', 'laptops']);
  });

  it('shows an item in each of its reachable categories, and nowhere when the item is not valid', () => {
    const tree = buildCatalogTree(categories);
    expect(getVisibleCategoryIds(item(['bags', 'software', 'under-paused']), tree)).toEqual(['bags', 'software']);
    expect(getVisibleCategoryIds(item(['bags'], 'invalid-temporarily'), tree)).toEqual([]);
    expect(getVisibleCategoryIds(item(['orphan']), tree)).toEqual([]);
  });
});
