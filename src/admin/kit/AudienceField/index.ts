export { AudienceBadge, AudienceField } from './AudienceField.js';
export type { AudienceBadgeProps, AudienceFieldProps } from './AudienceField.js';
export { PreviewAudienceSelect } from './PreviewAudienceSelect.js';
export type { PreviewAudience, PreviewAudienceSelectProps } from './PreviewAudienceSelect.js';
export { useCustomerGroups } from './useCustomerGroups.js';
export type { CustomerGroupsState } from './useCustomerGroups.js';
