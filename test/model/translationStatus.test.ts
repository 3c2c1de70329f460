import { describe, expect, it } from 'vitest';
import {
  countTranslations,
  getBlockTranslation,
  getCatalogCategoryTranslation,
  getCatalogItemTranslation,
  getCustomPageTranslation,
  getHomePageTranslation,
  getLayoutTranslation,
  hasRichText,
} from '../../src/model/translationStatus.js';
import type { BlockEntry } from '../../src/model/index.js';

const languages = ['en', 'de', 'fr', 'ar'];

describe('translation status of a custom page', () => {
  it('is complete, incomplete or missing per language, and missing for a language the page lacks', () => {
    const report = getCustomPageTranslation(
      {
        content: {
          en: { title: 'Opening hours', body: '<p>Mon–Fri</p>' },
          de: { title: 'Öffnungszeiten', body: '' },
          fr: { title: '', body: '' },
        },
      },
      languages,
    );
    expect(report.languages).toEqual({ en: 'complete', de: 'incomplete', fr: 'missing', ar: 'missing' });
    expect(report.fieldCount).toBe(2);
    expect(report.filled).toEqual({ en: 2, de: 1, fr: 0, ar: 0 });
  });

  it('counts rich text without any text as empty', () => {
    const emptyBodies = ['<p></p>', '<p><strong> </strong><br></p>', '<p>&nbsp;</p>', '<p><img src="/a.png" alt=""></p>', '<!-- note --><div>\u00a0</div>'];
    for (const body of emptyBodies) {
      const report = getCustomPageTranslation({ content: { en: { title: 'T', body: '<p>Text</p>' }, de: { title: 'T', body } } }, ['de']);
      expect(report.languages.de, body).toBe('incomplete');
    }
    expect(hasRichText('<p><em>a</em></p>')).toBe(true);
    expect(hasRichText('<p>&amp;</p>')).toBe(true);
    expect(hasRichText('')).toBe(false);
  });

  it('treats title and body as fields even when no language has filled them', () => {
    const report = getCustomPageTranslation({ content: { en: { title: 'Only a title', body: '' } } }, ['en']);
    expect(report.languages.en).toBe('incomplete');
  });

  it('matches a language tag in another case', () => {
    const report = getCustomPageTranslation({ content: { 'pt-br': { title: 'Horário', body: '<p>Seg</p>' } } }, ['pt-BR']);
    expect(report.languages['pt-BR']).toBe('complete');
  });
});

describe('translation status of catalog records and layout', () => {
  it('asks a category for its name, and for a description once any language has one', () => {
    const named = getCatalogCategoryTranslation({ content: { en: { name: 'Hardware' }, de: { name: 'Hardware' } } }, ['en', 'de']);
    expect(named.languages).toEqual({ en: 'complete', de: 'complete' });
    const described = getCatalogCategoryTranslation(
      { content: { en: { name: 'Hardware', description: 'Laptops and phones' }, de: { name: 'Hardware' } } },
      ['en', 'de'],
    );
    expect(described.languages).toEqual({ en: 'complete', de: 'incomplete' });
  });

  it('asks an item for title and rich text, and for links once any language has them', () => {
    const report = getCatalogItemTranslation(
      {
        content: {
          en: { title: 'New laptop', text: '<p>Order one</p>', links: [{ label: 'Form', url: '/form' }] },
          de: { title: 'Neuer Laptop', text: '<p>Bestellen</p>', links: [] },
          fr: { title: '', text: '<p></p>', links: [] },
        },
      },
      ['en', 'de', 'fr'],
    );
    expect(report.languages).toEqual({ en: 'complete', de: 'incomplete', fr: 'missing' });
  });

  it('has nothing to translate in a layout without texts', () => {
    expect(getLayoutTranslation({ content: {} }, ['en', 'de'])).toEqual({ languages: { en: 'complete', de: 'complete' }, fieldCount: 0, filled: { en: 0, de: 0 } });
    expect(getLayoutTranslation({ content: { en: { logoAlt: 'Acme' } } }, ['en', 'de']).languages).toEqual({ en: 'complete', de: 'missing' });
  });
});

describe('translation status of home page blocks', () => {
  const hero: BlockEntry = {
    id: 'hero',
    type: 'hero-unit',
    hidden: false,
    props: { image: null, overlay: 'none', content: { en: { title: 'Welcome', subtitle: 'How can we help?' }, de: { title: 'Willkommen' } } },
  };
  const cards: BlockEntry = {
    id: 'cards',
    type: 'content-cards',
    hidden: false,
    props: {
      cards: [
        { id: 'c1', content: { en: { title: 'A', text: 'a' }, de: { title: 'A', text: 'a' }, fr: { title: 'A', text: 'a' } } },
        { id: 'c2', content: { en: { title: 'B', text: 'b' } } },
      ],
    },
  };
  const links: BlockEntry = {
    id: 'links',
    type: 'link-lists',
    hidden: false,
    props: {
      lists: [
        {
          id: 'l1',
          content: { en: { title: 'Help' }, de: { title: 'Hilfe' } },
          source: { type: 'manual', links: [{ id: 'k1', href: '/a', content: { en: { label: 'FAQ' }, de: { label: '' } } }] },
        },
      ],
    },
  };
  const tickets: BlockEntry = { id: 'tickets', type: 'ticket-list', hidden: false, props: { maxCount: 5, selection: 'recent', content: {} } };

  it('reads every content map of a block: the hero, each card, each list and each link', () => {
    expect(getBlockTranslation(hero, ['en', 'de', 'fr']).languages).toEqual({ en: 'complete', de: 'incomplete', fr: 'missing' });
    // Card 1 is translated into French, card 2 is not: French is incomplete, not complete.
    expect(getBlockTranslation(cards, ['en', 'de', 'fr']).languages).toEqual({ en: 'complete', de: 'incomplete', fr: 'incomplete' });
    expect(getBlockTranslation(links, ['en', 'de', 'fr']).languages).toEqual({ en: 'complete', de: 'incomplete', fr: 'missing' });
  });

  it('gives a block without any text nothing to translate', () => {
    expect(getBlockTranslation(tickets, ['en', 'de'])).toMatchObject({ fieldCount: 0, languages: { en: 'complete', de: 'complete' } });
  });

  it('reports the home page as a whole and each block in stored order', () => {
    const home = getHomePageTranslation([hero, cards, tickets], ['en', 'de']);
    expect(home.blocks.map((block) => [block.id, block.report.languages.de])).toEqual([
      ['hero', 'incomplete'],
      ['cards', 'incomplete'],
      ['tickets', 'complete'],
    ]);
    expect(home.report.fieldCount).toBe(2 + 4);
    expect(home.report.filled).toEqual({ en: 6, de: 3 });
  });
});

describe('countTranslations', () => {
  it('counts records per state and language, leaving out records with nothing to translate', () => {
    const reports = [
      getCustomPageTranslation({ content: { en: { title: 'A', body: '<p>a</p>' }, de: { title: 'A', body: '<p>a</p>' } } }, ['en', 'de']),
      getCustomPageTranslation({ content: { en: { title: 'B', body: '<p>b</p>' }, de: { title: 'B', body: '' } } }, ['en', 'de']),
      getCustomPageTranslation({ content: { en: { title: 'C', body: '<p>c</p>' } } }, ['en', 'de']),
      getLayoutTranslation({ content: {} }, ['en', 'de']),
    ];
    expect(countTranslations(reports, ['en', 'de'])).toEqual({
      en: { complete: 3, incomplete: 0, missing: 0 },
      de: { complete: 1, incomplete: 1, missing: 1 },
    });
  });
});
