export { ValidityBadge, ValiditySelect, VALIDITY_LABEL_KEYS } from './ValiditySelect.js';
export type { ValidityBadgeProps, ValiditySelectProps } from './ValiditySelect.js';
