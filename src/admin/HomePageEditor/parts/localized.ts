import type { LanguageTag, Localized } from '../../../model/index.js';

/** `content` with `patch` applied to one language (creating it from `empty` when missing). */
export function patchLocalized<T extends object>(content: Localized<T>, language: LanguageTag, empty: T, patch: Partial<T>): Localized<T> {
  const current = (Object.hasOwn(content, language) ? content[language] : undefined) ?? empty;
  return { ...content, [language]: { ...current, ...patch } };
}

/** One language of `content`, or `undefined`. */
export function inLanguage<T>(content: Localized<T>, language: LanguageTag): T | undefined {
  return Object.hasOwn(content, language) ? content[language] : undefined;
}

/** An optional text from an input: empty becomes `undefined`, so the portal's default applies. */
export function optionalText(value: string): string | undefined {
  return value === '' ? undefined : value;
}
