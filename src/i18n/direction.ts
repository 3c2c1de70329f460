/** Text direction of a language. */
export type Direction = 'ltr' | 'rtl';

// Scripts written right to left, for runtimes whose Intl.Locale has no text info.
const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);
const rtlLanguages = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku-Arab']);

/**
 * The direction of a BCP 47 language tag (`ar`, `he-IL` → `rtl`), from `Intl.Locale` where
 * the runtime knows it, otherwise from the script or language subtag.
 */
export function getDirection(language: string): Direction {
  let direction = directions.get(language);
  if (direction === undefined) {
    direction = findDirection(language);
    // Bounded, since the tags come from callers; every provider render asks.
    if (directions.size >= 200) directions.delete(directions.keys().next().value as string);
    directions.set(language, direction);
  }
  return direction;
}

const directions = new Map<string, Direction>();

function findDirection(language: string): Direction {
  try {
    const locale = new Intl.Locale(language);
    const info = (locale as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } });
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    const maximized = locale.maximize();
    if (maximized.script) return rtlScripts.has(maximized.script) ? 'rtl' : 'ltr';
    return rtlLanguages.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return rtlLanguages.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
  }
}
