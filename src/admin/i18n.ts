import type { i18n as I18nInstance } from 'i18next';
import { I18N_NAMESPACE } from '../i18n/createPortalI18n.js';
import { bundledLanguages } from '../i18n/resources/index.js';
import { admin } from '../i18n/resources/admin.js';
import { usePortalTranslation } from '../portal/PortalProvider/index.js';

/** The admin screens' English strings, the shape their translations follow. */
export type AdminStrings = { [Key in keyof (typeof admin)['en']]: string };

const prepared = new WeakSet<I18nInstance>();

/**
 * Adds the admin strings (`admin.*`) to an i18n instance of the library, once. They are not
 * bundled with the portal's strings, so the portal entry never carries them; strings a host
 * passed in `translations` (`{ de: { admin: { saveSave: 'Sichern' } } }`) are kept.
 */
export function addAdminStrings(i18n: I18nInstance): void {
  if (prepared.has(i18n)) return;
  prepared.add(i18n);
  for (const language of bundledLanguages) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, { admin: admin[language] }, true, false);
  }
}

/** `t` for the admin screens: the portal's strings plus `admin.*`, in the portal's language. */
export function useAdminTranslation() {
  const translation = usePortalTranslation();
  addAdminStrings(translation.i18n);
  return translation;
}
