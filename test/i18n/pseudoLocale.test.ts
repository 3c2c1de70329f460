import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { addAdminStrings } from '../../src/admin/index.js';
import { createPortalI18n, I18N_NAMESPACE } from '../../src/i18n/createPortalI18n.js';
import { getDirection } from '../../src/i18n/direction.js';
import { addPseudoLocale, PSEUDO_LOCALE, pseudoLocalize, pseudoLocalizeResources } from '../../src/i18n/pseudoLocale.js';
import { bundledLanguages, bundledResources } from '../../src/i18n/resources/index.js';

/** Every string of a nested strings object. */
const leaves = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];

describe('pseudoLocalize', () => {
  it('accents the letters, brackets the text and makes it at least 1.3 times as long', () => {
    const text = pseudoLocalize('Save and close');
    expect(text).toMatch(/^\[Šåṽé åñð çļöšé ~+\]$/);
    expect(text.length).toBeGreaterThanOrEqual(Math.ceil('Save and close'.length * 1.3));
  });

  it('is at least 1.3 times as long for every bundled English string', () => {
    for (const english of leaves(bundledResources.en)) {
      expect(pseudoLocalize(english).length, english).toBeGreaterThanOrEqual(english.length * 1.3);
    }
  });

  it('keeps placeholders, nesting, HTML and Trans tags and character references exactly', () => {
    const text = pseudoLocalize('{{count}} items for <strong>{{- name}}</strong>, see <0>the list</0> &amp; $t(common.retry)<br/>');
    for (const kept of ['{{count}}', '<strong>', '{{- name}}', '</strong>', '<0>', '</0>', '&amp;', '$t(common.retry)', '<br/>']) expect(text).toContain(kept);
    expect(text).toContain('îţéɱš');
    expect(text).toContain('ţĥé ļîšţ');
  });

  it('keeps the placeholders of every bundled English string', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{[^{}]*\}\}/g)].map((match) => match[0]);
    for (const english of leaves(bundledResources.en)) expect(placeholders(pseudoLocalize(english))).toEqual(placeholders(english));
  });

  it('is idempotent and leaves an empty string empty', () => {
    const once = pseudoLocalize('Opening hours');
    expect(pseudoLocalize(once)).toBe(once);
    expect(pseudoLocalize('')).toBe('');
  });

  it('maps a nested strings object leaf by leaf', () => {
    expect(pseudoLocalizeResources({ a: { b: 'Hi' }, c: ['Yes'] })).toEqual({ a: { b: pseudoLocalize('Hi') }, c: [pseudoLocalize('Yes')] });
  });
});

describe('addPseudoLocale', () => {
  it('translates the library strings into en-XA, left to right, with interpolation still working', () => {
    const i18n = createPortalI18n();
    addPseudoLocale(i18n);
    const t = i18n.getFixedT(PSEUDO_LOCALE, I18N_NAMESPACE);
    expect(t('common.retry')).toBe(pseudoLocalize('Try again'));
    expect(t('data.retryAfter', { when: 'in 5 seconds' })).toContain('in 5 seconds');
    expect(getDirection(PSEUDO_LOCALE)).toBe('ltr');
  });

  it('follows strings added to English later (the admin strings), and stops when told', () => {
    const i18n = createPortalI18n({ instance: createInstance() });
    const stop = addPseudoLocale(i18n);
    addAdminStrings(i18n);
    expect(i18n.getFixedT(PSEUDO_LOCALE, I18N_NAMESPACE)('admin.saveSave')).toBe(pseudoLocalize('Save'));
    stop();
    i18n.addResource('en', I18N_NAMESPACE, 'common.later', 'Later');
    expect(i18n.getResource(PSEUDO_LOCALE, I18N_NAMESPACE, 'common.later')).toBeUndefined();
  });

  it('is not one of the shipped customer languages', () => {
    expect(bundledLanguages).not.toContain(PSEUDO_LOCALE);
  });
});
