import type { i18n as I18nInstance } from 'i18next';
import { I18N_NAMESPACE } from '../../../i18n/createPortalI18n.js';
import { bundledLanguages } from '../../../i18n/resources/index.js';
import { revisionHistory } from '../../../i18n/resources/revisionHistory.js';
import { useAdminTranslation } from '../../i18n.js';

/** The history dialog's English strings, the shape their translations follow. */
export type RevisionHistoryStrings = { [Key in keyof (typeof revisionHistory)['en']]: string };

const prepared = new WeakSet<I18nInstance>();

/**
 * Adds the history strings (`revisionHistory.*`) to an i18n instance of the library, once,
 * keeping strings a host passed in `translations`. Not bundled with the portal.
 */
export function addRevisionHistoryStrings(i18n: I18nInstance): void {
  if (prepared.has(i18n)) return;
  prepared.add(i18n);
  for (const language of bundledLanguages) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, { revisionHistory: revisionHistory[language] }, true, false);
  }
}

/** `t` for the history dialog: the portal's strings, `admin.*` and `revisionHistory.*`. */
export function useRevisionHistoryTranslation() {
  const translation = useAdminTranslation();
  addRevisionHistoryStrings(translation.i18n);
  return translation;
}
