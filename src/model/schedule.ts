import * as v from 'valibot';
import type { Validity } from './common.js';

/**
 * A UTC timestamp as `Date.prototype.toISOString` writes it, seconds and milliseconds optional:
 * `2026-03-29T01:30:00.000Z`. Publish windows are stored in UTC only, so that every reader
 * (browser, server, database) compares the same instant whatever its own time zone.
 */
export const UtcTimestampSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/, 'Expected a UTC timestamp such as "2026-03-29T01:30:00.000Z"'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'Expected a UTC timestamp such as "2026-03-29T01:30:00.000Z"'),
);

/**
 * The optional publish window of a record: shown in the portal from `visibleFrom` (inclusive)
 * until `visibleUntil` (exclusive). Either end may be left out (open); a record without either
 * is not scheduled. Optional, so records stored before windows existed stay readable.
 */
export const publishWindowEntries = {
  /** The first instant the record is shown (UTC, inclusive); absent: from the start. */
  visibleFrom: v.optional(UtcTimestampSchema),
  /** The first instant the record is no longer shown (UTC, exclusive); absent: without end. */
  visibleUntil: v.optional(UtcTimestampSchema),
};

/** See {@link publishWindowEntries}. */
export interface PublishWindow {
  /** The first instant the record is shown (UTC, inclusive). */
  visibleFrom?: string | undefined;
  /** The first instant the record is no longer shown (UTC, exclusive). */
  visibleUntil?: string | undefined;
}

/** The message of a window whose end does not come after its start. */
export const PUBLISH_WINDOW_ORDER_MESSAGE = 'The end of the publish window must come after its start';

/** Whether the window's end comes after its start (always true when an end is open). */
export function isPublishWindowOrdered(window: PublishWindow): boolean {
  if (!window.visibleFrom || !window.visibleUntil) return true;
  return Date.parse(window.visibleFrom) < Date.parse(window.visibleUntil);
}

/**
 * The pipe action that refuses a window whose end is not after its start, reported on
 * `visibleUntil`. Add it to the pipe of every object schema that spreads {@link publishWindowEntries}.
 */
export function publishWindowCheck<Input extends PublishWindow & Record<string, unknown>>() {
  // A partial check runs even when other fields of the record fail, so the window's message
  // appears together with theirs.
  const check = v.partialCheck([['visibleFrom'], ['visibleUntil']] as never, (input: unknown) => isPublishWindowOrdered(input as PublishWindow), PUBLISH_WINDOW_ORDER_MESSAGE);
  // Typed as the plain check it behaves like in a pipe (valibot's partial-check types need an index signature).
  return v.forward(check as never, ['visibleUntil'] as never) as unknown as v.CheckAction<Input, string>;
}

/**
 * Whether `at` lies inside the record's publish window: on or after `visibleFrom` and before
 * `visibleUntil`. A record without a window is always inside it. The one rule every place
 * that decides what the portal shows (views, search, stores, server) applies.
 */
export function isWithinWindow(record: PublishWindow, at: Date): boolean {
  const time = at.getTime();
  if (record.visibleFrom && time < Date.parse(record.visibleFrom)) return false;
  if (record.visibleUntil && time >= Date.parse(record.visibleUntil)) return false;
  return true;
}

/** Where `at` lies relative to a publish window; see {@link getScheduleState}. */
export type ScheduleState = 'unscheduled' | 'scheduled' | 'live' | 'expired';

/**
 * `unscheduled`: the record has no window; `scheduled`: its window has not begun at `at`;
 * `live`: `at` is inside it; `expired`: it has ended. Admin lists show the second and third as badges.
 */
export function getScheduleState(record: PublishWindow, at: Date): ScheduleState {
  if (!record.visibleFrom && !record.visibleUntil) return 'unscheduled';
  const time = at.getTime();
  if (record.visibleUntil && time >= Date.parse(record.visibleUntil)) return 'expired';
  if (record.visibleFrom && time < Date.parse(record.visibleFrom)) return 'scheduled';
  return 'live';
}

/** Whether the portal shows a record at `at`: it is `valid` and `at` lies inside its publish window. */
export function isShownAt(record: PublishWindow & { validity: Validity }, at: Date): boolean {
  return record.validity === 'valid' && isWithinWindow(record, at);
}
