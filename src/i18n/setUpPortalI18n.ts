import { createInstance, type i18n as I18nInstance } from 'i18next';
import type { CreatePortalI18nOptions } from './createPortalI18n.js';
import { I18N_NAMESPACE } from './namespace.js';
import type { PortalStrings } from './resources/index.js';
import { loadedStrings, loadStrings } from './resources/languageLoader.js';
import { bundledLanguages, type BundledLanguage } from './resources/languages.js';

/** The bundled languages whose strings each instance holds, so that each is added once. */
const added = new WeakMap<I18nInstance, Set<BundledLanguage>>();

/**
 * `createPortalI18n` with the bundled strings it is given (all of them, or those loaded so far):
 * a fresh instance, or the host's with the library's namespace added, then the host's
 * `translations` over the bundled strings.
 */
export function setUpPortalI18n(
  options: CreatePortalI18nOptions,
  bundled: ReadonlyArray<readonly [BundledLanguage, PortalStrings]>,
): I18nInstance {
  const { translations = {}, instance, fallbackLanguage = 'en' } = options;
  const i18n = instance ?? createInstance();

  if (!i18n.isInitialized) {
    void i18n.init({
      fallbackLng: fallbackLanguage, // i18next also tries `pt` before this for `pt-BR`.
      supportedLngs: false,
      ns: [I18N_NAMESPACE],
      defaultNS: I18N_NAMESPACE,
      interpolation: { escapeValue: false }, // React escapes.
      initAsync: false, // English (and on servers every language) is bundled: ready synchronously.
      returnNull: false,
      resources: {},
    });
  }
  const languages = new Set<BundledLanguage>();
  added.set(i18n, languages);
  for (const [language, strings] of bundled) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, strings, true, !instance);
    languages.add(language);
  }
  for (const [language, strings] of Object.entries(translations)) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, strings, true, true);
  }
  return i18n;
}

/** Every bundled language's strings that are loaded now (in browser bundles English at first). */
export function loadedBundles(): Array<readonly [BundledLanguage, PortalStrings]> {
  return bundledLanguages.flatMap((language) => {
    const strings = loadedStrings(language);
    return strings ? [[language, strings] as const] : [];
  });
}

const isBundled = (code: string): code is BundledLanguage => (bundledLanguages as readonly string[]).includes(code);

/**
 * Makes sure `i18n` holds the bundled strings that `language` resolves through (the language,
 * its base language, the fallback): those already loaded are added at once; for the others
 * the returned promise settles when they have loaded (and `undefined` means nothing is missing).
 * A later bundle never replaces a string the host or its `translations` set.
 */
export function preparePortalLanguage(i18n: I18nInstance, language: string): Promise<unknown> | undefined {
  const languages = added.get(i18n) ?? new Set<BundledLanguage>();
  added.set(i18n, languages);
  const hierarchy = (i18n.services.languageUtils?.toResolveHierarchy?.(language) as string[] | undefined) ?? [language, language.split('-')[0] ?? language];
  const pending: Promise<unknown>[] = [];
  for (const code of new Set(hierarchy.filter(isBundled))) {
    if (languages.has(code)) continue;
    const strings = loadedStrings(code);
    if (strings) {
      // Silently: the components below render with this language after this very render.
      i18n.addResourceBundle(code, I18N_NAMESPACE, strings, true, false, { silent: true });
      languages.add(code);
    } else {
      pending.push(loadStrings(code));
    }
  }
  return pending.length > 0 ? Promise.all(pending) : undefined;
}
