import { useMemo } from 'react';
import { usePortal } from './context.js';

const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** Date, time, relative-time and number formatting through `Intl` in the portal's language. */
export interface Formatters {
  /** A date and time, e.g. "25 Nov 2026, 18:10". */
  formatDateTime(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  /** A date, e.g. "25 Nov 2026". */
  formatDate(value: Date | string | number): string;
  /** "3 hours ago", "in 2 days"; relative to `now` (default: the current time). */
  formatRelativeTime(value: Date | string | number, now?: Date | number): string;
  /** A number in the language's format. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

// One set per language, shared by every provider: creating `Intl` formatters is slow, and a
// page mounts providers (a preview, a list remounted by the router) again and again.
const shared = new Map<string, Formatters>();

/** Formats dates, times and numbers for the portal's language. */
export function useFormatters(): Formatters {
  const { language } = usePortal('useFormatters');
  return useMemo(() => {
    let formatters = shared.get(language);
    if (!formatters) {
      formatters = createFormatters(language);
      shared.set(language, formatters);
    }
    return formatters;
  }, [language]);
}

/** The same formatters outside React (for server code and tests). */
export function createFormatters(language: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const numbers = new Intl.NumberFormat(language);
  const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));

  return {
    formatDateTime: (value, options) =>
      options ? new Intl.DateTimeFormat(language, options).format(toDate(value)) : dateTime.format(toDate(value)),
    formatDate: (value) => date.format(toDate(value)),
    formatRelativeTime(value, now = Date.now()) {
      const seconds = (toDate(value).getTime() - (now instanceof Date ? now.getTime() : now)) / 1000;
      for (const [unit, size] of RELATIVE_UNITS) {
        if (Math.abs(seconds) >= size || unit === 'second') {
          return relative.format(Math.round(seconds / size), unit);
        }
      }
      return relative.format(0, 'second');
    },
    formatNumber: (value, options) =>
      options ? new Intl.NumberFormat(language, options).format(value) : numbers.format(value),
  };
}
