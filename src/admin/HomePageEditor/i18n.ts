import type { i18n as I18nInstance } from 'i18next';
import { I18N_NAMESPACE } from '../../i18n/createPortalI18n.js';
import { bundledLanguages } from '../../i18n/resources/index.js';
import { homeEditor } from '../../i18n/resources/homeEditor.js';
import { useAdminTranslation } from '../i18n.js';

const prepared = new WeakSet<I18nInstance>();

/**
 * Adds the home page editor's strings (`homeEditor.*`) to an i18n instance of the library,
 * once. Like the kit's `admin.*` strings they are not bundled with the portal's, so the
 * portal entry never carries them; a host's own overrides are kept.
 */
export function addHomeEditorStrings(i18n: I18nInstance): void {
  if (prepared.has(i18n)) return;
  prepared.add(i18n);
  for (const language of bundledLanguages) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, { homeEditor: homeEditor[language] }, true, false);
  }
}

/** `t` for the home page editor: the portal's, the kit's and `homeEditor.*` strings. */
export function useHomeEditorTranslation() {
  const translation = useAdminTranslation();
  addHomeEditorStrings(translation.i18n);
  return translation;
}
