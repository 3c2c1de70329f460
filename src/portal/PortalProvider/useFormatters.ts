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

// Making an `Intl` formatter costs far more than using one (locale data is looked up and
// resolved each time), and a server renders each request anew: formatters are made once per
// language (and options) and reused. Bounded, since languages and options come from callers.
const CACHE_LIMIT = 200;
const formattersByLanguage = new Map<string, Formatters>();
const intlByKey = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function remembered<Value>(cache: Map<string, Value>, key: string, make: () => Value): Value {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
  }
  return value;
}

/** A formatter for `options` that are not the defaults, made once per language and options. */
function customFormatter<Kind extends 'date' | 'number'>(kind: Kind, language: string, options: object) {
  return remembered(intlByKey, `${kind}|${language}|${JSON.stringify(options)}`, () =>
    kind === 'date' ? new Intl.DateTimeFormat(language, options) : new Intl.NumberFormat(language, options),
  ) as Kind extends 'date' ? Intl.DateTimeFormat : Intl.NumberFormat;
}

/** The same formatters outside React (for server code and tests); made once per language. */
export function createFormatters(language: string): Formatters {
  return remembered(formattersByLanguage, language, () => makeFormatters(language));
}

function makeFormatters(language: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const numbers = new Intl.NumberFormat(language);
  const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));
  // "3 days ago" depends on the amount and the unit alone: a list shows the same few again and again.
  const relativeTexts = new Map<string, string>();
  const formatRelative = (amount: number, unit: Intl.RelativeTimeFormatUnit) => {
    const key = `${amount} ${unit}`;
    let text = relativeTexts.get(key);
    if (text === undefined) {
      text = relative.format(amount, unit);
      if (relativeTexts.size >= 500) relativeTexts.delete(relativeTexts.keys().next().value as string);
      relativeTexts.set(key, text);
    }
    return text;
  };
  // Formatting a date is slow too (a list shows the same times on every render): recent
  // results are kept per instant.
  const dateTimeTexts = new Map<number, string>();
  const dateTexts = new Map<number, string>();
  const formatAt = (texts: Map<number, string>, format: Intl.DateTimeFormat, value: Date | string | number) => {
    const instant = toDate(value);
    const time = instant.getTime();
    let text = texts.get(time);
    if (text === undefined) {
      text = format.format(instant);
      if (texts.size >= 500) texts.delete(texts.keys().next().value as number);
      texts.set(time, text);
    }
    return text;
  };

  return {
    formatDateTime: (value, options) => (options ? customFormatter('date', language, options).format(toDate(value)) : formatAt(dateTimeTexts, dateTime, value)),
    formatDate: (value) => formatAt(dateTexts, date, value),
    formatRelativeTime(value, now = Date.now()) {
      const seconds = (toDate(value).getTime() - (now instanceof Date ? now.getTime() : now)) / 1000;
      for (const [unit, size] of RELATIVE_UNITS) {
        if (Math.abs(seconds) >= size || unit === 'second') return formatRelative(Math.round(seconds / size), unit);
      }
      return formatRelative(0, 'second');
    },
    formatNumber: (value, options) => (options ? customFormatter('number', language, options) : numbers).format(value),
  };
}
