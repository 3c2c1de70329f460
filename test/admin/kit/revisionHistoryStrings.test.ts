import { describe, expect, it } from 'vitest';
import { revisionHistory } from '../../../src/i18n/resources/revisionHistory.js';
import { bundledLanguages, bundledResources } from '../../../src/i18n/resources/index.js';

describe('revision history strings', () => {
  const english = Object.keys(revisionHistory.en).sort();

  it.each(bundledLanguages.filter((language) => language !== 'en'))('%s has every English key, each translated, with the same placeholders', (language) => {
    const strings: Record<string, string> = revisionHistory[language];
    expect(Object.keys(strings).sort()).toEqual(english);
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const key of english) {
      expect(strings[key]?.trim(), `${language}:${key}`).not.toBe('');
      expect(placeholders(strings[key] ?? ''), `${language}:${key}`).toEqual(placeholders((revisionHistory.en as Record<string, string>)[key] ?? ''));
    }
  });

  it('are not bundled with the portal strings', () => {
    expect(Object.keys(bundledResources.en)).not.toContain('revisionHistory');
  });
});
