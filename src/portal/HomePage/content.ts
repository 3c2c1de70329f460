// Helpers shared by the home page's blocks: per-language content and admin-chosen colours.
import { primaryLanguage, resolveLocalizedEntry, type Localized } from '../../model/index.js';
import { isColor, meetsContrast, readableTextColor, toHexColor } from '../../theme/contrast.js';
import { usePortal } from '../PortalProvider/context.js';

/** One localized record resolved for the customer. */
export interface LocalizedContent<T> {
  /** The entry to show. */
  value: T;
  /**
   * The entry's language when it is not the customer's (a fallback), for the `lang` attribute
   * so screen readers pronounce it right; `undefined` when it is the customer's language.
   */
  lang: string | undefined;
}

/**
 * The entry of `content` to show: the customer's language, then the portal's default language,
 * then the first language with content (see `resolveLocalizedEntry`). Each record (a block,
 * a card, a link) falls back on its own, so one untranslated card never drags the page into
 * another language, and the texts of one card never mix languages.
 */
export function useLocalizedContent<T>(content: Localized<T> | null | undefined): LocalizedContent<T> | undefined {
  const { language, defaultLanguage } = usePortal('useLocalizedContent');
  return resolveContent(content, language, defaultLanguage);
}

/** The same outside React (for lists that resolve many records in one render). */
export function resolveContent<T>(
  content: Localized<T> | null | undefined,
  language: string,
  defaultLanguage: string,
): LocalizedContent<T> | undefined {
  const entry = resolveLocalizedEntry(content, language, defaultLanguage);
  if (!entry) return undefined;
  const same = entry.language.toLowerCase() === language.toLowerCase() || primaryLanguage(entry.language) === primaryLanguage(language);
  return { value: entry.value, lang: same ? undefined : entry.language };
}

const warned = new Set<string>();

/** Logs a configuration problem once per message (renders repeat; the console should not). */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[helpdesk-portal-kit] ${message}`);
}

/** A colour an admin chose, as `#rrggbb`, or `undefined` (with a warning) when it is not a colour. */
export function checkedColor(color: string | null | undefined, where: string): string | undefined {
  if (color === undefined || color === null || color.trim() === '') return undefined;
  if (!isColor(color)) {
    warnOnce(`${where}: "${color}" is not a CSS colour; using the theme's colours.`);
    return undefined;
  }
  return toHexColor(color);
}

/** What {@link checkColorPair} decided. */
export interface ColorPair {
  /** The background to paint, or `undefined` for the theme's. */
  background: string | undefined;
  /** The text colour, or `undefined` for the theme's. */
  text: string | undefined;
}

/**
 * An admin's background and text colours, kept only when the text reaches WCAG AA (4.5:1) on
 * the background. A background alone gets black or white text, whichever reads better. An
 * unreadable pair, or a text colour without a background to check it against, falls back to
 * the theme's colours and logs a warning naming `where`.
 */
export function checkColorPair(background: string | null | undefined, text: string | null | undefined, where: string): ColorPair {
  const backgroundHex = checkedColor(background, where);
  const textHex = checkedColor(text, where);
  if (!backgroundHex) {
    if (textHex) warnOnce(`${where}: a text colour needs a background colour to be checked for contrast; using the theme's colours.`);
    return { background: undefined, text: undefined };
  }
  if (!textHex) return { background: backgroundHex, text: readableTextColor(backgroundHex) };
  if (meetsContrast(textHex, backgroundHex)) return { background: backgroundHex, text: textHex };
  warnOnce(`${where}: text colour ${textHex} on ${backgroundHex} is below WCAG AA contrast (4.5:1); using the theme's colours.`);
  return { background: undefined, text: undefined };
}
