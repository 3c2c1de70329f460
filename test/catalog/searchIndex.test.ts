import { describe, expect, it } from 'vitest';
import { createCatalogModel, createCatalogSearchIndex, getCatalogSearchIndex } from '../../src/catalog/index.js';
import { categories, generateCatalog, item, items } from '../../stories/portal/CatalogBrowser/fixtures.js';

const ids = (result: { hits: readonly { item: { id: string } }[] }) => result.hits.map((hit) => hit.item.id);

describe('catalog search index', () => {
  const model = createCatalogModel(categories, items);
  const english = createCatalogSearchIndex(model, { language: 'en', defaultLanguage: 'en' });

  it('finds items by title and by text, title matches first', () => {
    const result = english.search('laptop');
    expect(ids(result)).toEqual(['new-laptop', 'bag', 'dock']);
    expect(result.hits.map((hit) => hit.inTitle)).toEqual([true, true, false]);
  });

  it('never finds invalid items, items in hidden categories, orphans or items without a category', () => {
    // Every hidden fixture has "laptop" in its title.
    const found = ids(english.search('laptop'));
    for (const hidden of ['invalid-item', 'paused-item', 'in-retired', 'in-paused', 'in-orphan', 'in-loop', 'no-category']) {
      expect(found).not.toContain(hidden);
    }
  });

  it('needs every word, in any order', () => {
    expect(ids(english.search('password reset'))).toEqual(['reset-password']);
    expect(ids(english.search('password laptop'))).toEqual([]);
  });

  it('matches without regard to case or accents, in both directions', () => {
    const french = createCatalogSearchIndex(model, { language: 'fr', defaultLanguage: 'en' });
    expect(ids(french.search('reinitialiser'))).toEqual(['reset-password', 'office']);
    expect(ids(french.search('RÉINITIALISER'))).toEqual(['reset-password', 'office']);
    const accented = createCatalogModel(categories, [item('cafe', ['accounts'], { en: { title: 'Cafe access card' } })]);
    expect(ids(createCatalogSearchIndex(accented, { language: 'en' }).search('café'))).toEqual(['cafe']);
  });

  it("searches the customer's language and falls back per item like the portal does", () => {
    const german = createCatalogSearchIndex(model, { language: 'de', defaultLanguage: 'en' });
    // "zurücksetzen" is only in the German text of the password item…
    expect(ids(german.search('zurucksetzen'))).toEqual(['reset-password']);
    // …and the licence item has no German, so its English text is searched.
    expect(ids(german.search('excel'))).toEqual(['office']);
    // The English title of an item that has German content is not searched in German.
    expect(ids(german.search('order'))).toEqual([]);
  });

  it('searches Arabic text', () => {
    const arabic = createCatalogSearchIndex(model, { language: 'ar', defaultLanguage: 'en' });
    expect(ids(arabic.search('المرور'))).toEqual(['reset-password']);
  });

  it('groups hits by category with the path, an item in two categories in both groups', () => {
    const result = english.search('docking');
    expect(result.groups.map((group) => [group.category.id, group.path.map((category) => category.id)])).toEqual([
      ['docking', ['hardware', 'laptops', 'docking']],
      ['accounts', ['accounts']],
    ]);
  });

  it('finds link labels', () => {
    expect(ids(english.search('models'))).toEqual(['new-laptop']);
  });

  it('gives the same results while typing as when searching at once', () => {
    const large = createCatalogModel(...(Object.values(generateCatalog(600)) as [never, never]));
    const typed = createCatalogSearchIndex(large, { language: 'en' });
    const fresh = () => createCatalogSearchIndex(large, { language: 'en' });
    const query = 'reset printer 0004';
    for (let length = 1; length <= query.length; length += 1) {
      const prefix = query.slice(0, length);
      expect(ids(typed.search(prefix)), prefix).toEqual(ids(fresh().search(prefix)));
    }
    // Deleting characters widens the search again.
    expect(ids(typed.search('reset'))).toEqual(ids(fresh().search('reset')));
  });

  it('has no hits and no terms for an empty query', () => {
    expect(english.search('  ')).toMatchObject({ terms: [], hits: [], groups: [] });
  });

  it('is built once per language', () => {
    expect(getCatalogSearchIndex(model, { language: 'en' })).toBe(getCatalogSearchIndex(model, { language: 'en' }));
    expect(getCatalogSearchIndex(model, { language: 'de' })).not.toBe(getCatalogSearchIndex(model, { language: 'en' }));
  });

  it('gives the plain text of an item for excerpts', () => {
    expect(english.plainText('bag')).toBe('Backpack or sleeve.');
    expect(english.plainText('invalid-item')).toBe('');
  });
});
