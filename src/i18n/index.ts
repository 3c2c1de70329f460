export { createPortalI18n } from './createPortalI18n.js';
export { I18N_NAMESPACE } from './namespace.js';
export type { CreatePortalI18nOptions, PortalTranslations } from './createPortalI18n.js';
export { getDirection } from './direction.js';
export type { Direction } from './direction.js';
export { bundledLanguages, bundledResources } from './resources/index.js';
export type { BundledLanguage, PortalStrings } from './resources/index.js';
export { addPseudoLocale, PSEUDO_LOCALE, pseudoLocalize, pseudoLocalizeResources } from './pseudoLocale.js';
export type { AddPseudoLocaleOptions } from './pseudoLocale.js';
