export { TRANSLATION_STATUS_LABEL_KEYS, TranslationStatusBadge, TranslationStatusIcon } from './TranslationStatusBadge.js';
export type { TranslationStatusBadgeProps, TranslationStatusIconProps } from './TranslationStatusBadge.js';
