export { PreviewAsOfControl, PublishWindowField, ScheduleBadge } from './PublishWindowField.js';
export type { PreviewAsOfControlProps, PublishWindowFieldProps, ScheduleBadgeProps } from './PublishWindowField.js';
export { defaultTimeZone, formatZoneLabel, fromZonedInputValue, toZonedInputValue } from './zonedTime.js';
export type { WallClockKind, ZonedInstant } from './zonedTime.js';
