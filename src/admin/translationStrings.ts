import type { i18n as I18nInstance } from 'i18next';
import { I18N_NAMESPACE } from '../i18n/createPortalI18n.js';
import { bundledLanguages } from '../i18n/resources/index.js';
import { translationStatus } from '../i18n/resources/translationStatus.js';
import { useAdminTranslation } from './i18n.js';

/** The English strings of the translation workflow, the shape their translations follow. */
export type TranslationStatusStrings = { [Key in keyof (typeof translationStatus)['en']]: string };

const prepared = new WeakSet<I18nInstance>();

/**
 * Adds `translationStatus.*` (the language tabs' statuses and the translation status view) to
 * an i18n instance of the library, once, keeping a host's overrides. Admin-only, like
 * `addAdminStrings`: never bundled with the portal's strings.
 */
export function addTranslationStatusStrings(i18n: I18nInstance): void {
  if (prepared.has(i18n)) return;
  prepared.add(i18n);
  for (const language of bundledLanguages) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, { translationStatus: translationStatus[language] }, true, false);
  }
}

/** `t` for the translation workflow: the admin strings plus `translationStatus.*`. */
export function useTranslationStatusTranslation() {
  const translation = useAdminTranslation();
  addTranslationStatusStrings(translation.i18n);
  return translation;
}
