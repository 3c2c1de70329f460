import * as v from 'valibot';

/** A BCP 47 language tag such as `en`, `de`, `pt-BR`, `zh-Hant-TW` or `ar`. */
export type LanguageTag = string;

// language[-script][-region][-variant]*: the subset of BCP 47 a portal's content uses.
// Private-use and grandfathered tags are refused on purpose: they cannot be matched or
// shown in a language picker, and the strict shape also keeps keys like `__proto__` out.
/** The shape of a language tag (case-insensitive); {@link isLanguageTag} also asks `Intl`. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

/** Whether `tag` is a well-formed BCP 47 language tag (`en`, `pt-BR`, `sr-Latn-RS`). */
export function isLanguageTag(tag: unknown): tag is LanguageTag {
  if (typeof tag !== 'string' || !LANGUAGE_TAG_PATTERN.test(tag)) return false;
  // Every localized record's keys are checked, on every parse: the few tags in use are asked
  // about again and again, and asking `Intl` is the slow part.
  let valid = checkedTags.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      valid = false;
    }
    if (checkedTags.size >= 500) checkedTags.delete(checkedTags.keys().next().value as string);
    checkedTags.set(tag, valid);
  }
  return valid;
}

const checkedTags = new Map<string, boolean>();

/** Schema of a language tag; see {@link isLanguageTag}. */
export const LanguageTagSchema = v.pipe(
  v.string(),
  v.check<string, string>((tag) => isLanguageTag(tag), 'Expected a BCP 47 language tag such as "en" or "pt-BR"'),
);

/** The primary language subtag, lower-cased: `pt-BR` → `pt`. */
export function primaryLanguage(tag: LanguageTag): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}
