import { useTranslation } from 'react-i18next';
import { I18N_NAMESPACE } from '../../i18n/createPortalI18n.js';
import { usePortal } from './PortalProvider.js';

/**
 * `t` for the library's strings in the portal's language. The language is fixed per
 * `PortalProvider`, so an admin preview in another language never switches the host's.
 */
export function usePortalTranslation() {
  const { language, i18n } = usePortal('usePortalTranslation');
  return useTranslation(I18N_NAMESPACE, { lng: language, i18n });
}
