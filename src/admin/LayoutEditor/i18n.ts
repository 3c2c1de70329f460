import type { i18n as I18nInstance } from 'i18next';
import { I18N_NAMESPACE } from '../../i18n/createPortalI18n.js';
import { bundledLanguages } from '../../i18n/resources/index.js';
import { layoutEditor } from '../../i18n/resources/layoutEditor.js';
import { useAdminTranslation } from '../i18n.js';

/** The English strings of the layout and scripts editors, the shape their translations follow. */
export type LayoutEditorStrings = { [Key in keyof (typeof layoutEditor)['en']]: string };

const prepared = new WeakSet<I18nInstance>();

/**
 * Adds `layoutEditor.*` to an i18n instance of the library, once, keeping a host's overrides.
 * Admin-only strings are not bundled with the portal's, as with `addAdminStrings`.
 */
export function addLayoutEditorStrings(i18n: I18nInstance): void {
  if (prepared.has(i18n)) return;
  prepared.add(i18n);
  for (const language of bundledLanguages) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, { layoutEditor: layoutEditor[language] }, true, false);
  }
}

/** `t` for the layout and scripts editors: the admin strings plus `layoutEditor.*`. */
export function useLayoutEditorTranslation() {
  const translation = useAdminTranslation();
  addLayoutEditorStrings(translation.i18n);
  return translation;
}
