import type { i18n as I18nInstance } from 'i18next';
import { useCallback } from 'react';
import type { FieldError } from 'react-hook-form';
import { I18N_NAMESPACE } from '../../i18n/createPortalI18n.js';
import { catalogAdmin } from '../../i18n/resources/catalogAdmin.js';
import { bundledLanguages } from '../../i18n/resources/index.js';
import { translateFieldError } from '../kit/form.js';
import { useAdminTranslation } from '../i18n.js';

/** The catalog admin's English strings, the shape their translations follow. */
export type CatalogAdminStrings = { [Key in keyof (typeof catalogAdmin)['en']]: string };

const prepared = new WeakSet<I18nInstance>();

/**
 * Adds the catalog admin strings (`catalogAdmin.*`) to an i18n instance of the library, once,
 * keeping strings a host passed in `translations`. Like the other admin strings they are not
 * bundled with the portal, so the portal entry never carries them.
 */
export function addCatalogAdminStrings(i18n: I18nInstance): void {
  if (prepared.has(i18n)) return;
  prepared.add(i18n);
  for (const language of bundledLanguages) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, { catalogAdmin: catalogAdmin[language] }, true, false);
  }
}

/** `t` for the catalog admin: the portal's strings, `admin.*` and `catalogAdmin.*`. */
export function useCatalogAdminTranslation() {
  const translation = useAdminTranslation();
  addCatalogAdminStrings(translation.i18n);
  return translation;
}

/** The catalog forms' own messages are `catalogAdmin.errors…` keys; the rest go through the kit. */
export function useCatalogFieldErrorMessage() {
  const { t } = useCatalogAdminTranslation();
  return useCallback(
    (error: Pick<FieldError, 'type' | 'message'> | undefined) => {
      if (!error) return undefined;
      if (error.type === 'cycle') return t('catalogAdmin.errorsCycle');
      if (typeof error.message === 'string' && error.message.startsWith('catalogAdmin.errors')) return t(error.message);
      return translateFieldError(t, error);
    },
    [t],
  );
}
