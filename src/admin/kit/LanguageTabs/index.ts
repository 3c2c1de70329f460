export { LanguageTabs } from './LanguageTabs.js';
export type { LanguageTabsProps } from './LanguageTabs.js';
export { DEFAULT_CONTENT_LANGUAGES, useLanguageName } from './languageNames.js';
