// The story catalog with long English content, for the "long content" stories of the catalog
// browser and its parts: long names and titles, unbreakable words, long texts and addresses.
import type { CatalogCategory, CatalogItem } from '../../../src/model/index.js';
import { LONG_TEXT, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { categories, items } from './fixtures.js';

/** Every second name a long title, the others with an unbreakable word; long descriptions. */
export const longCategories: CatalogCategory[] = categories.map((record, index) => ({
  ...record,
  content: Object.fromEntries(
    Object.entries(record.content).map(([language, content]) => [
      language,
      language === 'en' ? { name: index % 2 === 0 ? longTitle(content.name) : `${content.name}${LONG_WORD}`, description: LONG_TEXT } : content,
    ]),
  ),
}));

/** Long titles as for the categories, a long text and a link whose label is a long address. */
export const longItems: CatalogItem[] = items.map((record, index) => ({
  ...record,
  content: Object.fromEntries(
    Object.entries(record.content).map(([language, content]) => [
      language,
      language === 'en'
        ? { ...content, title: index % 2 === 0 ? longTitle(content.title) : `${content.title}${LONG_WORD}`, text: `<p>${LONG_TEXT}</p>`, links: [{ label: LONG_URL_TEXT, url: LONG_URL_TEXT }] }
        : content,
    ]),
  ),
}));
