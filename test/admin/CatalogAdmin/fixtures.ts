import { createMemoryAdapters } from '../../../src/adapters/index.js';
import type { CatalogCategory, CatalogItem } from '../../../src/model/index.js';

const at = '2026-11-20T09:00:00.000Z';

/** A stored category for seeding. */
export function makeCategory(id: string, parentId: string | null, overrides: Partial<CatalogCategory> = {}): CatalogCategory {
  return { id, version: 1, updatedAt: at, internalTitle: id, validity: 'valid', parentId, order: 0, content: { en: { name: `${id} name` } }, ...overrides };
}

/** A stored item for seeding. */
export function makeItem(id: string, categoryIds: string[], overrides: Partial<CatalogItem> = {}): CatalogItem {
  return {
    id,
    version: 1,
    updatedAt: at,
    internalTitle: id,
    validity: 'valid',
    categoryIds,
    image: null,
    order: 0,
    content: { en: { title: `${id} title`, text: '<p>Text</p>', links: [] } },
    ...overrides,
  };
}

/**
 * Hardware (valid) > Laptops (valid) > Rugged (valid); Software (invalid) > Licences (valid);
 * Orphan (valid, its parent is missing). Items: "Laptop" in Laptops and Licences, "Office" only in
 * Licences, "Mouse" only in Hardware, "Retired" invalid in Laptops.
 */
export function setupCatalog() {
  const categories = [
    makeCategory('Hardware', null, { order: 0 }),
    makeCategory('Laptops', 'Hardware', { order: 0 }),
    makeCategory('Rugged', 'Laptops'),
    makeCategory('Software', null, { order: 10, validity: 'invalid' }),
    makeCategory('Licences', 'Software'),
    makeCategory('Orphan', 'Gone'),
  ];
  const items = [
    makeItem('Laptop', ['Laptops', 'Licences'], { content: { en: { title: 'Business laptop', text: '<p>A laptop</p>', links: [] }, de: { title: 'Geschäftslaptop', text: '<p>Ein Laptop</p>', links: [] } } }),
    makeItem('Office', ['Licences']),
    makeItem('Mouse', ['Hardware']),
    makeItem('Retired', ['Laptops'], { validity: 'invalid' }),
  ];
  const adapters = createMemoryAdapters({ seed: { catalogCategories: categories, catalogItems: items } });
  return { adapters, catalog: adapters.catalog };
}
