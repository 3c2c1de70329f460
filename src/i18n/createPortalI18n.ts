import { createInstance, type i18n as I18nInstance } from 'i18next';
import { I18N_NAMESPACE } from './namespace.js';
import { bundledLanguages, bundledResources, type PortalStrings } from './resources/index.js';

export { I18N_NAMESPACE };

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Extra languages or overrides of any bundled string, per language. */
export type PortalTranslations = Record<string, DeepPartial<PortalStrings>>;

export interface CreatePortalI18nOptions {
  /** Languages to add, or bundled strings to override, keyed by BCP 47 tag. */
  translations?: PortalTranslations | undefined;
  /**
   * The host's own i18next instance. The library then adds its namespace to it (without
   * overwriting anything the host set) instead of creating an instance of its own.
   */
  instance?: I18nInstance | undefined;
  /** Language used when a string is missing in the requested one. @default 'en' */
  fallbackLanguage?: string | undefined;
}

// Fresh objects per instance: i18next keeps (and fills) the `resources` object it is given.
const initOptions = (fallbackLanguage: string) => ({
  fallbackLng: fallbackLanguage, // i18next also tries `pt` before this for `pt-BR`.
  supportedLngs: false as const,
  ns: [I18N_NAMESPACE],
  defaultNS: I18N_NAMESPACE,
  interpolation: { escapeValue: false }, // React escapes.
  initAsync: false, // Resources are bundled: ready synchronously, also for server rendering.
  returnNull: false,
  resources: {},
});

// Host instances that hold the bundled strings and the given translations already, per
// `translations` object: a server renders every request with the same host instance, and adding
// every bundle again (a deep merge of all strings) would be most of a small page's render.
const prepared = new WeakMap<I18nInstance, WeakSet<object>>();
const NO_TRANSLATIONS = {};
// Per fallback language, an instance holding the bundled strings, made once per process. Each
// provider without translations of its own gets a clone of it: its own language and events,
// the same (read-only) strings.
const templates = new Map<string, I18nInstance>();

function hasTranslations(translations: PortalTranslations | undefined): translations is PortalTranslations {
  if (!translations) return false;
  for (const _language in translations) return true;
  return false;
}

/**
 * The i18next instance the library's components translate with. By default an instance of its
 * own (a clone of one made with `createInstance()` and the bundled strings once per process, or
 * a fresh one when `translations` are given): the host's global i18next is never touched.
 */
export function createPortalI18n(options: CreatePortalI18nOptions = {}): I18nInstance {
  const { translations, instance, fallbackLanguage = 'en' } = options;
  if (instance) {
    const key = translations ?? NO_TRANSLATIONS;
    let done = prepared.get(instance);
    // Again only if the host removed a bundle meanwhile.
    if (done?.has(key) && bundledLanguages.every((language) => instance.hasResourceBundle(language, I18N_NAMESPACE))) return instance;
    addStrings(instance, translations, fallbackLanguage, false);
    if (!done) prepared.set(instance, (done = new WeakSet()));
    done.add(key);
    return instance;
  }
  if (hasTranslations(translations)) return addStrings(createInstance(), translations, fallbackLanguage, true);
  let template = templates.get(fallbackLanguage);
  if (!template) {
    template = addStrings(createInstance(), undefined, fallbackLanguage, true);
    templates.set(fallbackLanguage, template);
  }
  return template.cloneInstance();
}

function addStrings(i18n: I18nInstance, translations: PortalTranslations | undefined, fallbackLanguage: string, own: boolean): I18nInstance {
  if (!i18n.isInitialized) void i18n.init(initOptions(fallbackLanguage));
  for (const language of bundledLanguages) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, bundledResources[language], true, own);
  }
  for (const [language, strings] of Object.entries(translations ?? {})) {
    i18n.addResourceBundle(language, I18N_NAMESPACE, strings, true, true);
  }
  return i18n;
}
