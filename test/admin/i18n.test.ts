import { describe, expect, it } from 'vitest';
import { addAdminStrings } from '../../src/admin/index.js';
import { createPortalI18n, I18N_NAMESPACE } from '../../src/i18n/createPortalI18n.js';
import { admin } from '../../src/i18n/resources/admin.js';
import { bundledLanguages, bundledResources } from '../../src/i18n/resources/index.js';

describe('admin strings', () => {
  const english = Object.keys(admin.en).sort();

  it.each(bundledLanguages.filter((language) => language !== 'en'))('%s has every English key, each translated', (language) => {
    const strings: Record<string, string> = admin[language];
    expect(Object.keys(strings).sort()).toEqual(english);
    for (const key of english) expect(strings[key]?.trim(), `${language}:${key}`).not.toBe('');
  });

  it('keep the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const language of bundledLanguages) {
      const strings: Record<string, string> = admin[language];
      for (const key of english) {
        expect(placeholders(strings[key] ?? ''), `${language}:${key}`).toEqual(placeholders((admin.en as Record<string, string>)[key] ?? ''));
      }
    }
  });

  it('are not bundled with the portal strings (the portal entry never carries them)', () => {
    expect(Object.keys(bundledResources.en)).not.toContain('admin');
  });

  it("are added to the library's instance once, keeping a host's overrides", () => {
    const i18n = createPortalI18n({ translations: { de: { admin: { saveSave: 'Sichern' } } as never } });
    addAdminStrings(i18n);
    addAdminStrings(i18n);
    const t = i18n.getFixedT('de', I18N_NAMESPACE);
    expect(t('admin.saveSave')).toBe('Sichern');
    expect(t('admin.saveSaveAndClose')).toBe('Speichern und schließen');
    expect(i18n.getFixedT('ar', I18N_NAMESPACE)('admin.saveSave')).toBe('حفظ');
    expect(t('common.retry')).toBe('Erneut versuchen');
  });
});
