export { TranslationStatus } from './TranslationStatus.js';
export type { TranslationStatusProps } from './TranslationStatus.js';
export { useTranslationOverview } from './useTranslationOverview.js';
export type { UseTranslationOverviewOptions } from './useTranslationOverview.js';
