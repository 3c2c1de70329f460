import { describe, expect, it } from 'vitest';
import { checkImageFile, HOME_IMAGE_MAX_BYTES } from '../../../src/admin/HomePageEditor/parts/ImageField.js';
import { judgeContrast } from '../../../src/admin/HomePageEditor/parts/ContrastNotice.js';
import { bundledLanguages, bundledResources } from '../../../src/i18n/resources/index.js';
import { homeEditor } from '../../../src/i18n/resources/homeEditor.js';

describe('home page editor strings', () => {
  const english = Object.keys(homeEditor.en).sort();
  it.each(bundledLanguages.filter((language) => language !== 'en'))('%s has every English key with the same placeholders', (language) => {
    const strings: Record<string, string> = homeEditor[language];
    expect(Object.keys(strings).sort()).toEqual(english);
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const key of english) {
      expect(strings[key]?.trim(), `${language}:${key}`).not.toBe('');
      expect(placeholders(strings[key] ?? ''), `${language}:${key}`).toEqual(placeholders((homeEditor.en as Record<string, string>)[key] ?? ''));
    }
  });
  it('are not bundled with the portal strings', () => {
    expect(Object.keys(bundledResources.en)).not.toContain('homeEditor');
  });
});

describe('image checks before upload', () => {
  it('refuses other types and files over 5 MB', () => {
    expect(checkImageFile(new Blob(['x'], { type: 'image/png' }))).toBeUndefined();
    expect(checkImageFile(new Blob(['x'], { type: 'application/pdf' }))).toBe('type');
    expect(checkImageFile(new Blob([new Uint8Array(HOME_IMAGE_MAX_BYTES + 1)], { type: 'image/jpeg' }))).toBe('size');
  });
});

describe('contrast feedback', () => {
  it('warns below AA and passes at AA', () => {
    expect(judgeContrast({ background: '#ffffff', text: '#777777' })).toMatchObject({ state: 'low' });
    expect(judgeContrast({ background: '#ffffff', text: '#333333' })).toMatchObject({ state: 'ok', automatic: false });
    expect(judgeContrast({ background: '#1f3a5f' })).toMatchObject({ state: 'ok', automatic: true });
    expect(judgeContrast({ text: '#333333' })).toEqual({ state: 'needs-background' });
  });
});
