import { describe, expect, it } from 'vitest';
import { isLanguageTag, isSlug, suggestSlug, validateRecord, SlugSchema } from '../../src/model/index.js';

describe('isLanguageTag', () => {
  it.each(['en', 'de', 'pt-BR', 'zh-Hant-TW', 'sr-Latn-RS', 'es-419', 'ar', 'de-CH-1996'])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  it.each(['', 'english', 'e', 'en_US', 'pt-', '__proto__', 'constructor', 'x-private', 'en-US-', 42, null])('refuses %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
});

describe('slugs', () => {
  it.each(['opening-hours', 'faq', 'terms-2026', 'a1-b2-c3'])('accepts %s', (slug) => {
    expect(isSlug(slug)).toBe(true);
    expect(validateRecord(SlugSchema, slug).success).toBe(true);
  });

  it.each(['Opening-Hours', 'opening--hours', '-faq', 'faq-', 'öffnungszeiten', 'with space', ''])('refuses %j with the rule in the message', (slug) => {
    expect(isSlug(slug)).toBe(false);
    const result = validateRecord(SlugSchema, slug);
    expect(result.success).toBe(false);
    expect(result.issues[0]?.message).toMatch(/lowercase letters, digits and single hyphens/);
  });

  it('suggests a slug from a title, transliterating German letters and dropping accents', () => {
    expect(suggestSlug('Öffnungszeiten & Feiertage')).toBe('oeffnungszeiten-feiertage');
    expect(suggestSlug('  Conditions générales (2026) ')).toBe('conditions-generales-2026');
    expect(suggestSlug('FAQ -- Straße')).toBe('faq-strasse');
    expect(suggestSlug('ساعات العمل')).toBe('');
    expect(isSlug(suggestSlug('A very long title '.repeat(10)))).toBe(true);
  });
});
