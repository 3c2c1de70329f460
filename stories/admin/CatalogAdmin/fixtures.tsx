import { useState, type ReactNode } from 'react';
import { createMemoryAdapters, type CustomerGroupAdapter, type MemoryAdapters } from '../../../src/adapters/index.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import type { CatalogCategory, CatalogItem } from '../../../src/model/index.js';
import { LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const at = '2026-11-20T09:00:00.000Z';

function category(id: string, internalTitle: string, parentId: string | null, order: number, names: Record<string, string>, overrides: Partial<CatalogCategory> = {}): CatalogCategory {
  const content = Object.fromEntries(Object.entries(names).map(([language, name]) => [language, { name }]));
  return { id, version: 1, updatedAt: at, internalTitle, validity: 'valid', parentId, order, content, ...overrides };
}

function item(id: string, internalTitle: string, categoryIds: string[], titles: Record<string, string>, overrides: Partial<CatalogItem> = {}): CatalogItem {
  const content = Object.fromEntries(Object.entries(titles).map(([language, title]) => [language, { title, text: `<p>${title}</p>`, links: [] }]));
  return { id, version: 1, updatedAt: at, internalTitle, validity: 'valid', categoryIds, image: null, order: 0, content, ...overrides };
}

/**
 * Hardware > Laptops > Rugged laptops and Hardware > Peripherals; Software (not valid) >
 * Licences, hidden because its parent is not valid; Archive, whose parent was deleted, with no
 * path to the top level.
 */
export const storyCategories: CatalogCategory[] = [
  category('hardware', 'Hardware', null, 0, { en: 'Hardware', de: 'Hardware', ar: 'الأجهزة' }),
  category('laptops', 'Laptops', 'hardware', 0, { en: 'Laptops', de: 'Laptops', ar: 'الحواسيب المحمولة' }),
  category('rugged', 'Rugged laptops', 'laptops', 0, { en: 'Rugged laptops', ar: 'حواسيب متينة' }),
  category('peripherals', 'Peripherals', 'hardware', 10, { en: 'Peripherals', de: 'Zubehör', ar: 'الملحقات' }),
  category('software', 'Software', null, 10, { en: 'Software', de: 'Software', ar: 'البرمجيات' }, { validity: 'invalid' }),
  category('licences', 'Licences', 'software', 0, { en: 'Licences', de: 'Lizenzen', ar: 'التراخيص' }),
  category('archive', 'Archive 2024', 'deleted-parent', 0, { en: 'Archive' }),
];

/** Items with every visibility: shown, shown in part of their categories, hidden and why. */
export const storyItems: CatalogItem[] = [
  item('laptop', 'Business laptop', ['laptops', 'licences'], { en: 'Business laptop', de: 'Geschäftslaptop', ar: 'حاسوب محمول للأعمال' }),
  item('dock', 'Docking station', ['peripherals'], { en: 'Docking station', de: 'Dockingstation', ar: 'محطة إرساء' }),
  item('office', 'Office licence', ['licences'], { en: 'Office licence', de: 'Office-Lizenz', ar: 'ترخيص أوفيس' }),
  item('tablet', 'Tablet (retired)', ['rugged'], { en: 'Tablet' }, { validity: 'invalid' }),
  item('antivirus', 'Antivirus', ['software'], { en: 'Antivirus', de: 'Virenschutz', ar: 'مكافحة الفيروسات' }),
  item('headset', 'Headset', ['peripherals'], { en: 'Headset', ar: 'سماعة رأس' }, { validity: 'invalid-temporarily' }),
];

/** Many items spread over the valid categories, for paging. */
export function manyItems(count: number): CatalogItem[] {
  const places = [['laptops'], ['peripherals'], ['rugged', 'peripherals'], ['licences']];
  return Array.from({ length: count }, (_, index) =>
    item(`item-${index}`, `Service ${String(index + 1).padStart(5, '0')}`, places[index % places.length] ?? ['laptops'], { en: `Service ${index + 1}`, de: `Dienst ${index + 1}` }, {
      validity: index % 7 === 0 ? 'invalid' : 'valid',
      updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    }),
  );
}

/** Fresh in-memory adapters with the story catalog per render, set up by `prepare` (latency, faults). */
export function WithCatalog({
  categories = storyCategories,
  items = storyItems,
  prepare,
  customerGroups,
  children,
}: {
  categories?: CatalogCategory[];
  items?: CatalogItem[];
  prepare?: (adapters: MemoryAdapters) => void;
  /** The host's customer groups, for audiences; none by default. */
  customerGroups?: CustomerGroupAdapter;
  children: (adapters: MemoryAdapters) => ReactNode;
}) {
  const [adapters] = useState(() => {
    const created = createMemoryAdapters({ seed: { catalogCategories: categories, catalogItems: items } });
    prepare?.(created);
    return created;
  });
  const [withGroups] = useState(() => (customerGroups ? { ...adapters, customerGroups } : adapters));
  return <PortalDataProvider adapters={withGroups}>{children(adapters)}</PortalDataProvider>;
}

/** Long text for every second record: a long title, else the name with an unbreakable word. */
const lengthen = (text: string, index: number) => (index % 2 === 0 ? longTitle(text) : `${text}${LONG_WORD}`);

/** The story catalog with long internal titles and names (English), for the "long content" stories. */
export const longCategories: CatalogCategory[] = storyCategories.map((record, index) => ({
  ...record,
  internalTitle: lengthen(record.internalTitle, index),
  content: Object.fromEntries(Object.entries(record.content).map(([language, content]) => [language, language === 'en' ? { ...content, name: lengthen(content.name, index) } : content])),
}));

/** The story items with long internal titles and titles (English); see {@link longCategories}. */
export const longItems: CatalogItem[] = storyItems.map((record, index) => ({
  ...record,
  internalTitle: lengthen(record.internalTitle, index),
  content: Object.fromEntries(Object.entries(record.content).map(([language, content]) => [language, language === 'en' ? { ...content, title: lengthen(content.title, index) } : content])),
}));
