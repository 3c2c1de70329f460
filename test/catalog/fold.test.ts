import { describe, expect, it } from 'vitest';
import { findHighlightRanges, foldText, makeExcerpt, searchTerms, splitByRanges } from '../../src/catalog/index.js';

describe('foldText', () => {
  it('ignores case and accents', () => {
    expect(foldText('Réinitialiser')).toBe('reinitialiser');
    expect(foldText('ÜBERGRÖSSE')).toBe('ubergrosse');
    expect(foldText('Straße')).toBe(foldText('STRASSE'));
  });

  it('drops Arabic vowel signs, so a voweled word finds the plain one', () => {
    expect(foldText('كِتَاب')).toBe('كتاب');
  });

  it('spells out ligatures and full-width letters', () => {
    expect(foldText('ﬁle ＡＢＣ')).toBe('file abc');
  });
});

describe('searchTerms', () => {
  it('splits a query into folded words, without duplicates or words inside longer ones', () => {
    expect(searchTerms('  Mot-de-passe  RÉINITIALISER pass ')).toEqual(['mot', 'de', 'passe', 'reinitialiser']);
  });

  it('has no terms for punctuation only', () => {
    expect(searchTerms(' -- "" ')).toEqual([]);
  });
});

describe('findHighlightRanges', () => {
  it('marks matches in the original text, accents and all', () => {
    const text = 'Réinitialiser le mot de passe';
    const ranges = findHighlightRanges(text, searchTerms('reinit passe'));
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['Réinit', 'passe']);
  });

  it('maps a folded match back over characters that fold to two letters', () => {
    const text = 'Große Straße';
    const ranges = findHighlightRanges(text, ['strasse']);
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['Straße']);
  });

  it('merges overlapping matches', () => {
    expect(findHighlightRanges('laptop', ['lap', 'apt'])).toEqual([[0, 4]]);
  });

  it('splits text into marked and plain parts', () => {
    expect(splitByRanges('a laptop bag', [[2, 8]])).toEqual([
      { text: 'a ', match: false },
      { text: 'laptop', match: true },
      { text: ' bag', match: false },
    ]);
  });
});

describe('makeExcerpt', () => {
  const long = `${'Intro words here. '.repeat(20)}The docking station works with every laptop. ${'More words after. '.repeat(20)}`;

  it('shows the part of a long text around the first match, cut at words', () => {
    const excerpt = makeExcerpt(long, ['docking'], 80);
    expect(excerpt.text).toMatch(/^… /);
    expect(excerpt.text).toMatch(/ …$/);
    expect(excerpt.text).toContain('docking station');
    const [start, end] = excerpt.ranges[0] ?? [0, 0];
    expect(excerpt.text.slice(start, end)).toBe('docking');
  });

  it('keeps a short text whole', () => {
    expect(makeExcerpt('A short text', ['short'])).toEqual({ text: 'A short text', ranges: [[2, 7]] });
  });
});
