import { describe, expect, it } from 'vitest';
import {
  findIncompleteLanguages,
  hasContent,
  localized,
  resolveLocalized,
  resolveLocalizedEntry,
  validateRecord,
} from '../../src/model/index.js';
import * as v from 'valibot';

const page = (title: string) => ({ title, body: `<p>${title}</p>` });

describe('resolveLocalized', () => {
  const content = { en: page('Opening hours'), de: page('Öffnungszeiten'), fr: page('Horaires') };

  it('shows the customer’s language when it has content', () => {
    expect(resolveLocalized(content, 'de', 'en')?.title).toBe('Öffnungszeiten');
  });

  it('matches tags case-insensitively', () => {
    expect(resolveLocalizedEntry({ 'pt-BR': page('Horário') }, 'pt-br', 'en')).toMatchObject({ language: 'pt-BR', source: 'language' });
  });

  it('falls back from a regional tag to its language: pt-BR → pt', () => {
    const entry = resolveLocalizedEntry({ en: page('Hours'), pt: page('Horário') }, 'pt-BR', 'en');
    expect(entry).toEqual({ language: 'pt', value: page('Horário'), source: 'language' });
  });

  it('drops one subtag at a time: sr-Latn-RS → sr-Latn before sr', () => {
    const entry = resolveLocalizedEntry({ sr: page('Ћирилица'), 'sr-Latn': page('Latinica') }, 'sr-Latn-RS', 'en');
    expect(entry?.language).toBe('sr-Latn');
  });

  it('takes another regional variant of the customer’s language before the default: pt-PT → pt-BR', () => {
    expect(resolveLocalizedEntry({ en: page('Hours'), 'pt-BR': page('Horário') }, 'pt-PT', 'en')?.language).toBe('pt-BR');
  });

  it('falls back to the configured default language when the customer’s language is missing', () => {
    expect(resolveLocalizedEntry(content, 'ar', 'fr')).toEqual({ language: 'fr', value: page('Horaires'), source: 'default' });
  });

  it('applies the same matching to the default language: default de-AT → de', () => {
    expect(resolveLocalizedEntry(content, 'ar', 'de-AT')?.language).toBe('de');
  });

  it('falls back to the first language that has content when neither is present', () => {
    const entry = resolveLocalizedEntry({ fr: page('Horaires'), de: page('Öffnungszeiten') }, 'ar', 'en');
    expect(entry).toEqual({ language: 'fr', value: page('Horaires'), source: 'first' });
  });

  it('skips entries without content at every step', () => {
    const sparse = {
      ar: { title: '', body: '<p></p>' },
      en: { title: '  ', body: '' },
      de: page('Öffnungszeiten'),
    };
    expect(resolveLocalizedEntry(sparse, 'ar', 'en')).toMatchObject({ language: 'de', source: 'first' });
  });

  it('returns undefined when no language has content, or there is no content at all', () => {
    expect(resolveLocalized({ en: { title: '', body: '' } }, 'en', 'en')).toBeUndefined();
    expect(resolveLocalized({}, 'en', 'en')).toBeUndefined();
    expect(resolveLocalized(undefined, 'en', 'en')).toBeUndefined();
    expect(resolveLocalized(null, 'en')).toBeUndefined();
  });

  it('works for plain strings too', () => {
    expect(resolveLocalized({ en: 'Logo of Acme', de: 'Logo von Acme' }, 'de-CH', 'en')).toBe('Logo von Acme');
  });
});

describe('hasContent', () => {
  it.each([
    ['text', true],
    ['   ', false],
    ['', false],
    ['<p></p>', false],
    ['<p><br></p>', false],
    ['<p>&nbsp;</p>', false],
    ['<p><img src="x.png" alt="x"></p>', true],
    [0, true],
    [null, false],
    [{ title: '', links: [] }, false],
    [{ title: '', links: [{ label: 'Form' }] }, true],
  ])('%j → %s', (value, expected) => {
    expect(hasContent(value)).toBe(expected);
  });
});

describe('findIncompleteLanguages', () => {
  it('marks a language that leaves out a field another language fills', () => {
    expect(
      findIncompleteLanguages({ en: { title: 'Hours', body: '<p>9–5</p>' }, de: { title: 'Zeiten', body: '' }, fr: { title: 'Horaires', body: '<p>9–17</p>' } }),
    ).toEqual(['de']);
  });

  it('marks a language the record should have but does not', () => {
    expect(findIncompleteLanguages({ en: { title: 'Hours' } }, { languages: ['en', 'ar'] })).toEqual(['ar']);
  });

  it('checks only the given fields when told', () => {
    const content = { en: { title: 'Hours', subtitle: 'Always' }, de: { title: 'Zeiten', subtitle: '' } };
    expect(findIncompleteLanguages(content, { fields: ['title'] })).toEqual([]);
    expect(findIncompleteLanguages(content)).toEqual(['de']);
  });

  it('reports nothing for complete content and for no content', () => {
    expect(findIncompleteLanguages({ en: { title: 'a' }, de: { title: 'b' } })).toEqual([]);
    expect(findIncompleteLanguages(undefined)).toEqual([]);
  });
});

describe('localized schema', () => {
  const schema = localized(v.object({ title: v.string() }));

  it('accepts language tags as keys', () => {
    expect(validateRecord(schema, { en: { title: 'a' }, 'pt-BR': { title: 'b' } }).success).toBe(true);
  });

  it('refuses a key that is not a language tag, naming it in the path', () => {
    const result = validateRecord(schema, { english: { title: 'a' } });
    expect(result.success).toBe(false);
    expect(result.issues[0]?.path).toBe('english');
  });

  it('names the language and field of a malformed entry', () => {
    const result = validateRecord(schema, { en: { title: 'a' }, de: { title: 42 } });
    expect(result.issues).toEqual([expect.objectContaining({ path: 'de.title', code: 'string' })]);
  });

  it('never lets a prototype-polluting key through', () => {
    const input = JSON.parse('{"en":{"title":"a"},"__proto__":{"title":"polluted"}}') as unknown;
    const result = validateRecord(schema, input);
    expect(result.success).toBe(true);
    expect(Object.keys(result.output ?? {})).toEqual(['en']);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});
