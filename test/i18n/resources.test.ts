import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createPortalI18n, I18N_NAMESPACE } from '../../src/i18n/createPortalI18n.js';
import { ar } from '../../src/i18n/resources/ar/index.js';
import { de } from '../../src/i18n/resources/de/index.js';
import { en } from '../../src/i18n/resources/en/index.js';
import { fr } from '../../src/i18n/resources/fr/index.js';
import { bundledLanguages, bundledResources } from '../../src/i18n/resources/index.js';

/** Every `area.key` path of a nested strings object. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keyPaths(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('bundled UI strings', () => {
  const english = keyPaths(bundledResources.en).sort();

  it.each(bundledLanguages.filter((language) => language !== 'en'))('%s has every English key, each translated', (language) => {
    expect(keyPaths(bundledResources[language]).sort()).toEqual(english);
    for (const path of english) {
      const text = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], bundledResources[language]);
      expect(text, `${language}:${path}`).toBeTypeOf('string');
      expect((text as string).trim(), `${language}:${path} is empty`).not.toBe('');
    }
  });
});

describe('per-language strings (what browser bundles load one language at a time)', () => {
  it('hold every area of the bundled resources, string for string', () => {
    expect({ en, de, fr, ar }).toEqual(bundledResources);
  });
});

describe('createPortalI18n', () => {
  it('translates in each bundled language without touching a global instance', () => {
    const i18n = createPortalI18n();
    expect(i18n.getFixedT('de', I18N_NAMESPACE)('common.retry')).toBe('Erneut versuchen');
    expect(i18n.getFixedT('ar', I18N_NAMESPACE)('common.retry')).toBe('حاول مرة أخرى');
  });

  it('falls back to English for a language it has no strings for, and from pt-BR to pt', () => {
    const i18n = createPortalI18n({ translations: { pt: { common: { retry: 'Tentar novamente' } } } });
    expect(i18n.getFixedT('pt-BR', I18N_NAMESPACE)('common.retry')).toBe('Tentar novamente');
    expect(i18n.getFixedT('pt-BR', I18N_NAMESPACE)('common.close')).toBe('Close');
    expect(i18n.getFixedT('sv', I18N_NAMESPACE)('common.close')).toBe('Close');
  });

  it('lets a host override a single bundled string', () => {
    const i18n = createPortalI18n({ translations: { en: { common: { retry: 'Reload' } } } });
    expect(i18n.getFixedT('en', I18N_NAMESPACE)('common.retry')).toBe('Reload');
    expect(i18n.getFixedT('en', I18N_NAMESPACE)('common.close')).toBe('Close');
  });

  it("adds its namespace to a host's instance without overwriting the host's strings", async () => {
    const host = createInstance();
    await host.init({ lng: 'en', resources: { en: { translation: { hello: 'Hi' }, [I18N_NAMESPACE]: { common: { retry: 'Host retry' } } } } });
    const i18n = createPortalI18n({ instance: host });
    expect(i18n).toBe(host);
    expect(host.t('hello')).toBe('Hi');
    expect(host.getFixedT('en', I18N_NAMESPACE)('common.retry')).toBe('Host retry');
    expect(host.getFixedT('en', I18N_NAMESPACE)('common.close')).toBe('Close');
    expect(host.language).toBe('en');
  });
});
