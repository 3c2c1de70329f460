import { describe, expect, it } from 'vitest';
import { createCatalogModel, getCatalogModel, localizeCategory, localizeItem } from '../../src/catalog/index.js';
import { categories, items } from '../../stories/portal/CatalogBrowser/fixtures.js';

describe('createCatalogModel', () => {
  const model = createCatalogModel(categories, items);

  it('shows valid categories with a valid path to the top, in admin order', () => {
    expect(model.tree.roots.map((node) => node.category.id)).toEqual(['hardware', 'software', 'accounts']);
    expect(model.tree.nodes.get('laptops')?.children.map((node) => node.category.id)).toEqual(['bags', 'docking']);
    for (const hidden of ['retired', 'under-retired', 'paused', 'orphan', 'loop-a', 'loop-b']) expect(model.tree.nodes.has(hidden), hidden).toBe(false);
  });

  it('shows only valid items that sit in a shown category', () => {
    expect([...model.itemsById.keys()].sort()).toEqual(['bag', 'dock', 'new-laptop', 'office', 'reset-password']);
  });

  it('lists an item in every one of its shown categories', () => {
    expect(model.categoriesOfItem.get('dock')).toEqual(['docking', 'accounts']);
    expect(model.itemsOfCategory.get('docking')?.map((item) => item.id)).toEqual(['dock']);
    expect(model.itemsOfCategory.get('accounts')?.map((item) => item.id)).toEqual(['reset-password', 'dock']);
  });

  it('counts distinct items below a category once, even when an item is in two of its sub-categories', () => {
    const twice = createCatalogModel(categories, [{ ...items[2]!, id: 'both', categoryIds: ['bags', 'docking'] }]);
    expect(twice.itemCountOfCategory.get('laptops')).toBe(1);
    expect(twice.itemCountOfCategory.get('hardware')).toBe(1);
    expect(model.itemCountOfCategory.get('hardware')).toBe(3);
  });

  it('orders items depth-first through the tree', () => {
    expect(model.items.map((item) => item.id)).toEqual(['new-laptop', 'bag', 'dock', 'office', 'reset-password']);
  });

  it('is derived once for the same arrays', () => {
    expect(getCatalogModel(categories, items)).toBe(getCatalogModel(categories, items));
  });
});

describe('localizing', () => {
  it("shows the customer's language, then the default, then the first with content", () => {
    const office = items.find((item) => item.id === 'office')!;
    expect(localizeItem(office, 'fr', 'en')).toMatchObject({ title: 'Licence Office', language: 'fr' });
    expect(localizeItem(office, 'de', 'en')).toMatchObject({ title: 'Office licence', language: 'en' });
    expect(localizeItem(office, 'de', 'ar')).toMatchObject({ title: 'Office licence', language: 'en' });
    expect(localizeCategory(categories[0]!, 'fr', 'en')).toMatchObject({ name: 'Matériel', description: undefined });
    expect(localizeCategory(categories[0]!, 'de', 'en')).toMatchObject({ name: 'Hardware', description: 'Geräte für Ihren Arbeitsplatz' });
  });

  it('skips a language whose title and text are empty', () => {
    const item = { ...items[0]!, content: { de: { title: '', text: '<p></p>', links: [] }, en: { title: 'Laptop', text: '', links: [] } } };
    expect(localizeItem(item, 'de', 'en')).toMatchObject({ title: 'Laptop', language: 'en' });
  });
});
