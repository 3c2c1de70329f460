import { createInstance, type i18n as I18nInstance } from 'i18next';
import type { CreatePortalI18nOptions } from './createPortalI18n.js';
import { I18N_NAMESPACE } from './namespace.js';
import type { PortalStrings } from './resources/index.js';
import { loadedStrings, loadStrings } from './resources/languageLoader.js';
import { bundledLanguages, type BundledLanguage } from './resources/languages.js';

/** The bundled languages whose strings each instance holds, so that each is added once. */
const added = new WeakMap<I18nInstance, Set<BundledLanguage>>();

// Host instances that hold the bundled strings and the given translations already, per
// `translations` object: a server renders every request with the same host instance, and adding
// every bundle again (a deep merge of all strings) would be most of a small page's render.
const prepared = new WeakMap<I18nInstance, WeakSet<object>>();
const NO_TRANSLATIONS = {};
// Per fallback language, an instance holding the bundled strings, made once per process. Each
// provider without translations of its own gets a clone of it: its own language and events, the
// same (read-only) strings.
const templates = new Map<string, I18nInstance>();

function hasTranslations(translations: CreatePortalI18nOptions['translations']): boolean {
  for (const _language in translations ?? {}) return true;
  return false;
}

/**
 * `createPortalI18n` with the bundled strings it is given (all of them, or those loaded so far):
 * an instance of its own (a clone of one made once per process, or a fresh one when
 * `translations` are given), or the host's with the library's namespace added, then the host's
 * `translations` over the bundled strings.
 */
export function setUpPortalI18n(
  options: CreatePortalI18nOptions,
  bundled: ReadonlyArray<readonly [BundledLanguage, PortalStrings]>,
): I18nInstance {
  const { translations, instance, fallbackLanguage = 'en' } = options;
  if (instance) {
    const key = translations ?? NO_TRANSLATIONS;
    let done = prepared.get(instance);
    // Again only if the host removed a bundle meanwhile.
    if (done?.has(key) && bundled.every(([language]) => instance.hasResourceBundle(language, I18N_NAMESPACE))) return instance;
    addStrings(instance, bundled, translations, fallbackLanguage, false);
    if (!done) prepared.set(instance, (done = new WeakSet()));
    done.add(key);
    return instance;
  }
  if (hasTranslations(translations)) return addStrings(createInstance(), bundled, translations, fallbackLanguage, true);
  let template = templates.get(fallbackLanguage);
  if (!template) {
    template = addStrings(createInstance(), bundled, undefined, fallbackLanguage, true);
    templates.set(fallbackLanguage, template);
  }
  // Languages loaded since the template was made (clones share its strings).
  for (const [language, strings] of bundled) {
    if (!template.hasResourceBundle(language, I18N_NAMESPACE)) template.addResourceBundle(language, I18N_NAMESPACE, strings, true, true);
  }
  const clone = template.cloneInstance();
  added.set(clone, new Set(bundledLanguages.filter((language) => template.hasResourceBundle(language, I18N_NAMESPACE))));
  return clone;
}

function addStrings(
  i18n: I18nInstance,
  bundled: ReadonlyArray<readonly [BundledLanguage, PortalStrings]>,
  translations: CreatePortalI18nOptions['translations'],
  fallbackLanguage: string,
  own: boolean,
): I18nInstance {
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
  const languages = added.get(i18n) ?? new Set<BundledLanguage>();
  added.set(i18n, languages);
  for (const [language, strings] of bundled) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, strings, true, own);
    languages.add(language);
  }
  for (const [language, strings] of Object.entries(translations ?? {})) {
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
