import { createInstance } from 'i18next';
import { useTranslation } from 'react-i18next';
import { addPseudoLocale, usePortal } from '../src/index.js';
import { pseudoLocaleEnabled } from './settings.js';
import { demoStrings } from './strings.js';

/** The namespace of the demo's own strings. */
const DEMO_NAMESPACE = 'demo';

/**
 * The host's i18next instance. It is handed to `PortalProvider`'s `i18n` prop, which adds the
 * library's namespace to it: host and library strings then live in one instance.
 */
export const demoI18n = createInstance();
void demoI18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: [DEMO_NAMESPACE],
  defaultNS: DEMO_NAMESPACE,
  interpolation: { escapeValue: false }, // React escapes.
  initAsync: false,
  resources: Object.fromEntries(
    Object.entries(demoStrings).map(([language, strings]) => [language, { [DEMO_NAMESPACE]: strings }]),
  ),
});

// With `?pseudo=1`: the pseudo-locale, made from the English strings of the demo and (as
// `PortalProvider` and the admin screens add them) of the library.
if (pseudoLocaleEnabled) addPseudoLocale(demoI18n);

/** `t` for the demo's strings, in the portal's current language. */
export function useDemoTranslation() {
  const { language } = usePortal('useDemoTranslation');
  return useTranslation(DEMO_NAMESPACE, { lng: language });
}
