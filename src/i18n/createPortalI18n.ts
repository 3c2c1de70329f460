import type { i18n as I18nInstance } from 'i18next';
import { I18N_NAMESPACE } from './namespace.js';
import { bundledLanguages, bundledResources, type PortalStrings } from './resources/index.js';
import { setUpPortalI18n } from './setUpPortalI18n.js';

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

/**
 * The i18next instance the library's components translate with. By default a fresh instance
 * made with `createInstance()`: the host's global i18next is never touched. It holds every
 * bundled language at once (`PortalProvider` itself adds languages as it shows them).
 */
export function createPortalI18n(options: CreatePortalI18nOptions = {}): I18nInstance {
  return setUpPortalI18n(options, bundledLanguages.map((language) => [language, bundledResources[language]] as const));
}
