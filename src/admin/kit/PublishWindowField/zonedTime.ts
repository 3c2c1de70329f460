// Wall-clock times in the admin's time zone ⇄ UTC instants, with Intl only (no time zone data of
// our own). A datetime-local input has no zone: the editor reads and writes it in the admin's.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of `time` in `timeZone`, as milliseconds of a UTC date with the same fields. */
function wallClockAsUtc(time: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(new Date(time))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/** The zone's offset from UTC at `time`, in minutes (`+60` for Berlin in winter). */
export function zoneOffsetMinutes(time: number, timeZone: string): number {
  const whole = Math.floor(time / 1000) * 1000;
  return Math.round((wallClockAsUtc(whole, timeZone) - whole) / 60_000);
}

/** Whether `timeZone` is a zone Intl knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The time zone of the runtime (the admin's browser). */
export function defaultTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `+01:00`, `-03:30`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** The zone with its offset at `at`: `Europe/Berlin (UTC+01:00)`. */
export function formatZoneLabel(timeZone: string, at: Date = new Date()): string {
  return `${timeZone} (UTC${formatOffset(zoneOffsetMinutes(at.getTime(), timeZone))})`;
}

/** The value of a datetime-local input (`2026-03-29T03:30`) showing the instant `iso` in `timeZone`. */
export function toZonedInputValue(iso: string | undefined, timeZone: string): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Date(wallClockAsUtc(time, timeZone)).toISOString().slice(0, 16);
}

/**
 * What a wall-clock time means in its zone: `exact` — one instant; `skipped` — it does not exist
 * (the clocks went forward over it), read as the same distance after the gap's start, i.e.
 * with the offset before the change (02:30 on Berlin's spring day becomes 03:30 summer time);
 * `repeated` — it occurs twice (the clocks went back), read as the first occurrence.
 */
export type WallClockKind = 'exact' | 'skipped' | 'repeated';

/** Result of {@link fromZonedInputValue}. */
export interface ZonedInstant {
  /** The instant, as a UTC timestamp (`2026-03-29T01:30:00.000Z`). */
  iso: string;
  /** See {@link WallClockKind}. */
  kind: WallClockKind;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The UTC instant of a datetime-local value in `timeZone`, deterministic on days the clocks
 * change (see {@link WallClockKind}); `undefined` for an empty or malformed value.
 */
export function fromZonedInputValue(value: string, timeZone: string): ZonedInstant | undefined {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second || 0);
  if (Number.isNaN(wall)) return undefined;
  // Every offset in force within a day either side: a change of offset near `wall` shows up
  // as two different ones. A candidate is right when its wall clock reads back the same.
  const before = zoneOffsetMinutes(wall - 86_400_000, timeZone);
  const after = zoneOffsetMinutes(wall + 86_400_000, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * 60_000)
    .filter((time) => wallClockAsUtc(time, timeZone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length === 0) return { iso: new Date(wall - before * 60_000).toISOString(), kind: 'skipped' };
  return { iso: new Date(candidates[0]!).toISOString(), kind: candidates.length > 1 ? 'repeated' : 'exact' };
}
