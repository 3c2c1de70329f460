import { contrastRatio, CONTRAST_AA_LARGE_TEXT, CONTRAST_AA_NORMAL_TEXT, createTheme, ensureContrast, isColor, toHexColor, type ResolvedTheme, type ThemeInput } from '../../theme/index.js';

/** One pair of colours the portal draws with a brand colour, and its contrast. */
export interface ContrastCheck {
  /** Which pair: text on the colour, the colour as text, the colour as the portal shows it as text, the focus ring. */
  kind: 'on-color' | 'as-text' | 'adjusted-text' | 'focus';
  foreground: string;
  background: string;
  /** The WCAG ratio, rounded to two decimals. */
  ratio: number;
  /** The AA minimum for this pair (4.5 for text, 3 for the focus ring). */
  minimum: number;
  passes: boolean;
}

/** What {@link checkBrandColor} found. */
export interface BrandColorReport {
  /** The colour as `#rrggbb`. */
  hex: string;
  checks: ContrastCheck[];
  /**
   * The nearest colour of the same hue that keeps AA as text on the page, when the chosen
   * one cannot (the portal then uses it for links and text): the warning's suggestion.
   */
  suggestion: string | undefined;
  /** The colour's own ratio as text on the page. */
  textRatio: number;
}

const round = (ratio: number) => Math.round(ratio * 100) / 100;

/**
 * The contrast of a primary or accent colour as the portal uses it, against `base` (the
 * portal's theme): text on the colour, the colour as text on the surface, the derived text
 * colour (`createTheme` darkens or lightens it to keep AA) and, for the primary, the focus
 * ring on the background. `undefined` when `color` is not a CSS colour.
 */
export function checkBrandColor(color: string, role: 'primary' | 'accent', base?: ThemeInput | ResolvedTheme): BrandColorReport | undefined {
  if (!isColor(color)) return undefined;
  const hex = toHexColor(color);
  if (hex === undefined) return undefined;
  const resolvedBase = base && 'derived' in base ? base : createTheme(base ?? {});
  const theme = createTheme({ colors: { [role]: hex } }, resolvedBase);
  const { surface, background } = theme.colors;
  const onColor = role === 'primary' ? theme.derived.onPrimary : theme.derived.onAccent;
  const adjusted = role === 'primary' ? theme.derived.primaryText : theme.derived.accentText;
  const check = (kind: ContrastCheck['kind'], foreground: string, backgroundColor: string, minimum: number): ContrastCheck => {
    const ratio = round(contrastRatio(foreground, backgroundColor));
    return { kind, foreground, background: backgroundColor, ratio, minimum, passes: ratio >= minimum };
  };
  const asText = check('as-text', hex, surface, CONTRAST_AA_NORMAL_TEXT);
  const checks = [check('on-color', onColor, hex, CONTRAST_AA_NORMAL_TEXT), asText];
  let suggestion: string | undefined;
  if (!asText.passes) {
    suggestion = ensureContrast(hex, surface, CONTRAST_AA_NORMAL_TEXT);
    checks.push(check('adjusted-text', adjusted, surface, CONTRAST_AA_NORMAL_TEXT));
  }
  if (role === 'primary') checks.push(check('focus', theme.derived.focus, background, CONTRAST_AA_LARGE_TEXT));
  return { hex, checks, suggestion, textRatio: asText.ratio };
}
