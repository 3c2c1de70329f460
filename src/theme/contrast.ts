import {
  convertHslToRgb,
  convertLabToLch,
  convertLchToLab,
  convertLrgbToOklab,
  convertLrgbToRgb,
  convertOklabToLrgb,
  convertOklabToRgb,
  convertRgbToHsl,
  convertRgbToLrgb,
  convertRgbToOklab,
  converter,
  formatHex,
  interpolatorLinear,
  parse,
  parseHex,
  parseHsl,
  parseHslLegacy,
  parseNamed,
  parseOklab,
  parseOklch,
  parseRgb,
  parseRgbLegacy,
  parseTransparent,
  useMode,
  wcagContrast,
  type Color,
  type Oklab,
  type Oklch,
  type Rgb,
} from 'culori/fn';

// Only the colour spaces we use, each with only the parsers and conversions we need. These
// are the parse lists and conversions of culori's own `modeRgb`, `modeHsl`, `modeOklch`,
// `modeOklab` and `modeLrgb`, without the interpolation, difference and averaging helpers
// (and the Lab, LCh and XYZ modes they extend), which the library never calls: the same
// colours parse, convert and format the same, in a quarter of culori's bytes.
type ModeDefinition = {
  mode: string;
  channels: string[];
  parse: unknown[];
  toMode?: Record<string, (color: never) => unknown>;
  fromMode?: Record<string, (color: never) => unknown>;
  interpolate: Record<string, typeof interpolatorLinear>;
};
// culori's polar conversions take the target mode as a second argument its types leave out.
const lchToLab = convertLchToLab as unknown as (color: Oklch, mode: 'oklab') => Oklab;
const labToLch = convertLabToLch as unknown as (color: Oklab, mode: 'oklch') => Oklch;
const linear = (channels: string[]) => Object.fromEntries(channels.map((channel) => [channel, interpolatorLinear]));
const register = (definition: Omit<ModeDefinition, 'interpolate'>) =>
  useMode({ ...definition, interpolate: linear(definition.channels) } as unknown as Parameters<typeof useMode>[0]);
const rgbChannels = ['r', 'g', 'b', 'alpha'];
register({ mode: 'rgb', channels: rgbChannels, parse: [parseRgb, parseHex, parseRgbLegacy, parseNamed, parseTransparent, 'srgb'] });
register({ mode: 'hsl', channels: ['h', 's', 'l', 'alpha'], parse: [parseHsl, parseHslLegacy], toMode: { rgb: convertHslToRgb }, fromMode: { rgb: convertRgbToHsl } });
register({
  mode: 'oklch',
  channels: ['l', 'c', 'h', 'alpha'],
  parse: [parseOklch],
  toMode: { oklab: (color: Oklch) => lchToLab(color, 'oklab'), rgb: (color: Oklch) => convertOklabToRgb(lchToLab(color, 'oklab')) },
  fromMode: { rgb: (color: Rgb) => labToLch(convertRgbToOklab(color), 'oklch'), oklab: (color: Oklab) => labToLch(color, 'oklch') },
});
register({
  mode: 'oklab', // OKLCH converts through OKLab
  channels: ['l', 'a', 'b', 'alpha'],
  parse: [parseOklab],
  toMode: { lrgb: convertOklabToLrgb, rgb: convertOklabToRgb },
  fromMode: { lrgb: convertLrgbToOklab, rgb: convertRgbToOklab },
});
// WCAG luminance is computed in linear RGB.
register({ mode: 'lrgb', channels: rgbChannels, parse: ['srgb-linear'], toMode: { rgb: convertLrgbToRgb }, fromMode: { rgb: convertRgbToLrgb } });
const toOklch = converter('oklch');

/** WCAG 2.x minimum contrast ratios. */
export const CONTRAST_AA_NORMAL_TEXT = 4.5;
/** WCAG 2.x minimum for large text and for user-interface components (focus rings, borders). */
export const CONTRAST_AA_LARGE_TEXT = 3;

const BLACK = '#000000';
const WHITE = '#ffffff';

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
  const towardsDark = contrastRatio(BLACK, background) >= contrastRatio(WHITE, background);
  // Binary search on lightness between the colour and the extreme that contrasts most.
  let low = towardsDark ? 0 : start.l;
  let high = towardsDark ? start.l : 1;
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
  return formatHex({ ...start, l: Math.min(1, Math.max(0, start.l + amount)) });
}

/** Whether a colour is light (black text reads better on it than white). */
export function isLightColor(color: string): boolean {
  return readableTextColor(color) === BLACK;
}
