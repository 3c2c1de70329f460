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

  // The definition: lower-cased, compatibility-decomposed, without marks, special letters spelled out.
  const special: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ς: 'σ' };
  const byDefinition = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\p{M}ßæœøłđħıς]/gu, (character) => special[character] ?? '');

  it('folds every character as the definition does', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += code < 0x20000 ? 1 : 0x101) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (foldText(character) !== byDefinition(character)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('folds mixed text as the definition does, decomposed or composed, at word ends and across scripts', () => {
    for (const text of ['ΟΔΟΣ οδός', 'e\u0301te\u0301 ÉTÉ', 'İstanbul ıi', 'Ǆemal ǅ', '한국어 ᄒ\u1161ᆫ', 'إِعَادَة أ آ', '𝐁𝐨𝐥𝐝 😀 x', 'a\ud800b', 'Mañana ½ ①']) {
      expect(foldText(text), text).toBe(byDefinition(text));
    }
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
