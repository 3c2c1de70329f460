import { suggestSlug } from '../../../model/index.js';

// Latin spellings of Cyrillic, Greek and Arabic letters, so a Russian, Greek or Arabic title
// still suggests a readable slug. Scripts without a short letter-by-letter spelling (Chinese,
// Japanese, Korean, Hebrew without vowels…) suggest nothing: the admin is asked to type one.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'iu', я: 'ia', є: 'ie', і: 'i', ї: 'i', ґ: 'g',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: 'a', و: 'w', ؤ: 'w', ي: 'y', ى: 'a', ئ: 'y', ء: '',
};
const TABLE: Record<string, string> = { ...CYRILLIC, ...GREEK, ...ARABIC };

/**
 * A slug suggested from any title: accents are dropped (`é` → `e`), German umlauts spelled
 * out (`ö` → `oe`), Cyrillic, Greek and Arabic letters transliterated (`Цены` → `tseny`),
 * everything else turned into single hyphens. Empty when nothing Latin can be made of it.
 */
export function suggestSlugFromTitle(title: string): string {
  const latin = title
    .toLowerCase()
    // Greek accents first, so `ά` finds `α` in the table.
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, (mark, offset: number, whole: string) => (/[\u0370-\u03ff]/.test(whole[offset - 1] ?? '') ? '' : mark))
    .normalize('NFC')
    // Greek "ου" is one sound, "ou".
    .replace(/ου/g, 'ou')
    .replace(/[\u0400-\u04ff\u0370-\u03ff\u0600-\u06ff]/g, (letter) => TABLE[letter] ?? '-');
  return suggestSlug(latin);
}

/** Why a slug breaks the rule, most specific first; `undefined` when it follows it. */
export type SlugProblem = 'empty' | 'spaces' | 'uppercase' | 'doubleHyphen' | 'edgeHyphen' | 'characters' | 'tooLong';

/** The first problem of a slug, for a message that says exactly what to change. */
export function findSlugProblem(slug: string): SlugProblem | undefined {
  if (slug.length === 0) return 'empty';
  if (/\s/.test(slug)) return 'spaces';
  if (/[A-Z]/.test(slug)) return 'uppercase';
  if (slug.includes('--')) return 'doubleHyphen';
  if (slug.startsWith('-') || slug.endsWith('-')) return 'edgeHyphen';
  if (!/^[a-z0-9-]+$/.test(slug)) return 'characters';
  if (slug.length > 120) return 'tooLong';
  return undefined;
}
