export { createPortalI18n, I18N_NAMESPACE } from './createPortalI18n.js';
export type { CreatePortalI18nOptions, PortalTranslations } from './createPortalI18n.js';
export { getDirection } from './direction.js';
export type { Direction } from './direction.js';
export { bundledLanguages, bundledResources } from './resources/index.js';
export type { BundledLanguage, PortalStrings } from './resources/index.js';
