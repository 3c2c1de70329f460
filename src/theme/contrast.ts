import { formatHex, parseColor as parse, toOklch, wcagContrast, type Color, type Oklch } from './colorSpaces.js';

/** WCAG 2.x minimum contrast ratios. */
export const CONTRAST_AA_NORMAL_TEXT = 4.5;
/** WCAG 2.x minimum for large text and for user-interface components (focus rings, borders). */
export const CONTRAST_AA_LARGE_TEXT = 3;

const BLACK = '#000000';
const WHITE = '#ffffff';

/** OKLCH lightness; `NaN` for a lightness of `none`, so that such a colour formats as black (as culori does). */
const lightnessOf = (color: Oklch) => color.l ?? NaN;

function parseOrThrow(color: string): Color {
  const parsed = parse(color);
  if (!parsed) throw new TypeError(`Not a CSS colour: "${color}"`);
  return parsed;
}

/** Whether `color` is a CSS colour this library understands (hex, rgb(), hsl(), oklch(), named). */
export function isColor(color: string): boolean {
  return parse(color.trim()) !== undefined;
}

/** The colour as `#rrggbb`, or `undefined` when it is not a CSS colour. */
export function toHexColor(color: string): string | undefined {
  const parsed = parse(color.trim());
  return parsed ? formatHex(parsed) : undefined;
}

/** The WCAG 2.x contrast ratio of two CSS colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  return wcagContrast(parseOrThrow(foreground), parseOrThrow(background));
}

/** Whether text in `foreground` on `background` meets WCAG AA (4.5:1, or 3:1 for large text). */
export function meetsContrast(
  foreground: string,
  background: string,
  options: { largeText?: boolean } = {},
): boolean {
  const minimum = options.largeText ? CONTRAST_AA_LARGE_TEXT : CONTRAST_AA_NORMAL_TEXT;
  return contrastRatio(foreground, background) >= minimum;
}

/**
 * The candidate with the highest contrast on `background` (black or white by default).
 * For any background, black or white reaches at least 4.58:1, so this always passes AA.
 */
export function readableTextColor(
  background: string,
  candidates: readonly string[] = [BLACK, WHITE],
): string {
  let best = candidates[0] ?? BLACK;
  let bestRatio = -1;
  for (const candidate of candidates) {
    const ratio = contrastRatio(candidate, background);
    if (ratio > bestRatio) {
      best = candidate;
      bestRatio = ratio;
    }
  }
  return best;
}

/**
 * `color` itself when it reaches `minimum` contrast on `background`; otherwise the nearest
 * colour of the same hue (changing only OKLCH lightness) that does. Used to derive link and
 * accent text colours from an admin's brand colour without ever failing AA.
 */
export function ensureContrast(
  color: string,
  background: string,
  minimum: number = CONTRAST_AA_NORMAL_TEXT,
): string {
  const hex = formatHex(parseOrThrow(color));
  if (contrastRatio(hex, background) >= minimum) return hex;

  const start: Oklch = toOklch(parseOrThrow(hex));
  const startLightness = lightnessOf(start);
  const towardsDark = contrastRatio(BLACK, background) >= contrastRatio(WHITE, background);
  // Binary search on lightness between the colour and the extreme that contrasts most.
  let low = towardsDark ? 0 : startLightness;
  let high = towardsDark ? startLightness : 1;
  let best = towardsDark ? BLACK : WHITE;
  for (let step = 0; step < 24; step += 1) {
    const lightness = (low + high) / 2;
    const candidate = formatHex({ ...start, l: lightness });
    const passes = contrastRatio(candidate, background) >= minimum;
    if (passes) best = candidate;
    // Keep the passing candidate closest to the original lightness.
    if (towardsDark === passes) low = lightness;
    else high = lightness;
  }
  return best;
}

/** Moves a colour's OKLCH lightness by `amount` (-1 to 1), for hover and pressed shades. */
export function shiftLightness(color: string, amount: number): string {
  const start: Oklch = toOklch(parseOrThrow(color));
  return formatHex({ ...start, l: Math.min(1, Math.max(0, lightnessOf(start) + amount)) });
}

/** Whether a colour is light (black text reads better on it than white). */
export function isLightColor(color: string): boolean {
  return readableTextColor(color) === BLACK;
}
