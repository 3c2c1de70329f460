// CSS colour parsing and the conversions the theme needs (sRGB, HSL, OKLab, OKLCH and linear
// sRGB), in plain code: what an admin types as a brand colour (hex, rgb(), hsl(), oklch(),
// oklab(), color(srgb …), color(srgb-linear …), a named colour) parses to the same channels and
// converts and formats the same as culori's modes of those spaces (a test compares both), in a
// fraction of the bytes. Every other space (lab(), hwb(), display-p3, …) is refused.

/** A parsed colour: its space and channels (a missing channel is `none`, treated as 0). */
export type Color =
  | { mode: 'rgb' | 'lrgb'; r?: number; g?: number; b?: number; alpha?: number }
  | { mode: 'hsl'; h?: number; s?: number; l?: number; alpha?: number }
  | { mode: 'oklab'; l?: number; a?: number; b?: number; alpha?: number }
  | { mode: 'oklch'; l?: number; c?: number; h?: number; alpha?: number };
type Rgb = Extract<Color, { mode: 'rgb' | 'lrgb' }>;
type Oklab = Extract<Color, { mode: 'oklab' }>;
export type Oklch = Extract<Color, { mode: 'oklch' }>;

// The CSS named colours: each name followed by its six hex digits.
const NAMED =
  ' alicebluef0f8ff antiquewhitefaebd7 aqua00ffff aquamarine7fffd4 azuref0ffff beigef5f5dc bisqueffe4c4 black000000 blanchedalmondffebcd blue0000ff blueviolet8a2be2 browna52a2a burlywooddeb887 cadetblue5f9ea0 chartreuse7fff00 chocolated2691e coralff7f50 cornflowerblue6495ed cornsilkfff8dc crimsondc143c cyan00ffff darkblue00008b darkcyan008b8b darkgoldenrodb8860b darkgraya9a9a9 darkgreen006400 darkgreya9a9a9 darkkhakibdb76b darkmagenta8b008b darkolivegreen556b2f darkorangeff8c00 darkorchid9932cc darkred8b0000 darksalmone9967a darkseagreen8fbc8f darkslateblue483d8b darkslategray2f4f4f darkslategrey2f4f4f darkturquoise00ced1 darkviolet9400d3 deeppinkff1493 deepskyblue00bfff dimgray696969 dimgrey696969 dodgerblue1e90ff firebrickb22222 floralwhitefffaf0 forestgreen228b22 fuchsiaff00ff gainsborodcdcdc ghostwhitef8f8ff goldffd700 goldenroddaa520 gray808080 green008000 greenyellowadff2f grey808080 honeydewf0fff0 hotpinkff69b4 indianredcd5c5c indigo4b0082 ivoryfffff0 khakif0e68c lavendere6e6fa lavenderblushfff0f5 lawngreen7cfc00 lemonchiffonfffacd lightblueadd8e6 lightcoralf08080 lightcyane0ffff lightgoldenrodyellowfafad2 lightgrayd3d3d3 lightgreen90ee90 lightgreyd3d3d3 lightpinkffb6c1 lightsalmonffa07a lightseagreen20b2aa lightskyblue87cefa lightslategray778899 lightslategrey778899 lightsteelblueb0c4de lightyellowffffe0 lime00ff00 limegreen32cd32 linenfaf0e6 magentaff00ff maroon800000 mediumaquamarine66cdaa mediumblue0000cd mediumorchidba55d3 mediumpurple9370db mediumseagreen3cb371 mediumslateblue7b68ee mediumspringgreen00fa9a mediumturquoise48d1cc mediumvioletredc71585 midnightblue191970 mintcreamf5fffa mistyroseffe4e1 moccasinffe4b5 navajowhiteffdead navy000080 oldlacefdf5e6 olive808000 olivedrab6b8e23 orangeffa500 orangeredff4500 orchidda70d6 palegoldenrodeee8aa palegreen98fb98 paleturquoiseafeeee palevioletreddb7093 papayawhipffefd5 peachpuffffdab9 perucd853f pinkffc0cb plumdda0dd powderblueb0e0e6 purple800080 rebeccapurple663399 redff0000 rosybrownbc8f8f royalblue4169e1 saddlebrown8b4513 salmonfa8072 sandybrownf4a460 seagreen2e8b57 seashellfff5ee siennaa0522d silverc0c0c0 skyblue87ceeb slateblue6a5acd slategray708090 slategrey708090 snowfffafa springgreen00ff7f steelblue4682b4 tand2b48c teal008080 thistled8bfd8 tomatoff6347 turquoise40e0d0 violetee82ee wheatf5deb3 whiteffffff whitesmokef5f5f5 yellowffff00 yellowgreen9acd32 ';

/** `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` (the `#` optional) as sRGB channels 0–1. */
function parseHex(color: string): Rgb | undefined {
  const digits = /^#?([\da-f]{8}|[\da-f]{6}|[\da-f]{4}|[\da-f]{3})$/i.exec(color)?.[1];
  if (!digits) return undefined;
  const short = digits.length < 6;
  const values = (short ? digits.split('').map((digit) => digit + digit) : (digits.match(/../g) ?? [])).map((pair) => parseInt(pair, 16) / 255);
  const [r, g, b, alpha] = values;
  return alpha === undefined ? { mode: 'rgb', r, g, b } : { mode: 'rgb', r, g, b, alpha };
}

let namedColors: Map<string, string> | undefined;

function parseNamed(color: string): Rgb | undefined {
  if (!namedColors) {
    namedColors = new Map();
    for (const entry of NAMED.trim().split(' ')) namedColors.set(entry.slice(0, -6), entry.slice(-6));
  }
  const hex = namedColors.get(color.toLowerCase());
  return hex ? parseHex(hex) : undefined;
}

// Tokens of the modern (space-separated) syntax, as CSS Syntax reads them.
type Token =
  | { type: 'function' | 'ident'; value: string }
  | { type: 'number' | 'percentage' | 'hue'; value: number }
  | { type: 'none' }
  | { type: ')' }
  | { type: 'alpha'; value: Token };
type Coordinate = Extract<Token, { type: 'number' | 'percentage' | 'hue' | 'none' }>;

const HUE_UNITS: Record<string, number> = { deg: 1, rad: 180 / Math.PI, grad: 9 / 10, turn: 360 };
const IDENT = '(?:-[-a-zA-Z_\\u0080-\\uffff]|[a-zA-Z_\\u0080-\\uffff])[-\\w\\u0080-\\uffff]*';
const NUMBER = `([+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][+-]?\\d+)?)(%|${IDENT})?`;
// Whitespace, then `)`, a slash and the alpha value after it, a number (with its unit), or an
// identifier (a function's name when `(` follows).
const TOKEN = new RegExp(`[ \\t\\n]*(?:(\\))|(/)[ \\t\\n]*(?:${NUMBER}|(none)(?![-\\w\\u0080-\\uffff]))|${NUMBER}|(${IDENT})(\\()?)`, 'y');

function numeric(value: string, unit: string | undefined): Token | undefined {
  if (unit === undefined) return { type: 'number', value: +value };
  if (unit === '%') return { type: 'percentage', value: +value };
  const factor = HUE_UNITS[unit];
  return factor === undefined ? undefined : { type: 'hue', value: +value * factor };
}

function tokenize(color: string): Token[] | undefined {
  const text = color.trim();
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) return /^[ \t\n]*$/.test(text.slice(TOKEN.lastIndex)) ? tokens : undefined;
    const [, close, slash, alphaNumber, alphaUnit, alphaNone, number, unit, ident, open] = match;
    let token: Token | undefined;
    if (close) token = { type: ')' };
    else if (slash) {
      const value = alphaNone ? { type: 'none' as const } : numeric(alphaNumber ?? '', alphaUnit);
      token = value && value.type !== 'hue' ? { type: 'alpha', value } : undefined;
    } else if (number !== undefined) token = numeric(number, unit);
    else if (ident !== undefined) {
      token = open ? { type: 'function', value: ident } : ident === 'none' ? { type: 'none' } : { type: 'ident', value: ident };
      // An identifier starting with `-` is never a function or `none`.
      if (ident.startsWith('-')) token = { type: 'ident', value: ident };
      if (open && ident.startsWith('-')) return undefined;
    }
    if (!token) return undefined;
    tokens.push(token);
  }
  return tokens;
}

/** Three channels and an alpha (`none` when absent) from `tokens[from]` on, or `undefined`. */
function coordinates(tokens: Token[], from: number, hue: boolean): Coordinate[] | undefined {
  const result: Token[] = [];
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type === ')') {
      if (index < tokens.length - 1) return undefined;
    } else if (token.type === 'number' || token.type === 'percentage' || token.type === 'none' || token.type === 'alpha' || (hue && token.type === 'hue')) {
      result.push(token);
    } else return undefined;
  }
  if (result.length < 3 || result.length > 4) return undefined;
  if (result.length === 4) {
    const alpha = result[3]!;
    if (alpha.type !== 'alpha') return undefined;
    result[3] = alpha.value;
  } else result.push({ type: 'none' });
  return result.every((token) => token.type !== 'alpha') ? (result as Coordinate[]) : undefined;
}

const clamp = (value: number) => Math.max(0, Math.min(1, value));
/** A number as is, a percentage divided by `percent` (100 for 0–1 channels). */
const scaled = (token: Exclude<Coordinate, { type: 'none' }>, number: number, percent: number) =>
  token.type === 'number' ? token.value / number : token.value / percent;

/** Sets the channels given (not `none`) from the modern syntax. */
function channels<T extends Color>(color: T, names: string[], values: Coordinate[], read: (token: Exclude<Coordinate, { type: 'none' }>, index: number) => number): T {
  values.forEach((token, index) => {
    if (token.type !== 'none') (color as Record<string, unknown>)[names[index]!] = index === 3 ? clamp(scaled(token, 1, 100)) : read(token, index);
  });
  return color;
}

function parseModern(name: string, values: Coordinate[]): Color | undefined {
  const isHue = (index: number) => values[index]!.type === 'hue';
  const isPercentage = (index: number) => values[index]!.type === 'percentage';
  switch (name) {
    case 'rgb':
    case 'rgba':
      if (isHue(0) || isHue(1) || isHue(2)) return undefined;
      return channels({ mode: 'rgb' }, ['r', 'g', 'b', 'alpha'], values, (token) => scaled(token, 255, 100));
    case 'hsl':
    case 'hsla':
      if (isPercentage(0) || isHue(1) || isHue(2)) return undefined;
      return channels({ mode: 'hsl' }, ['h', 's', 'l', 'alpha'], values, (token, index) => (index === 0 ? token.value : token.value / 100));
    case 'oklch':
      if (isHue(0) || isPercentage(2)) return undefined;
      return channels({ mode: 'oklch' }, ['l', 'c', 'h', 'alpha'], values, (token, index) =>
        index === 0 ? clamp(scaled(token, 1, 100)) : index === 1 ? Math.max(0, token.type === 'number' ? token.value : (token.value * 0.4) / 100) : token.value,
      );
    case 'oklab':
      if (isHue(0) || isHue(1) || isHue(2)) return undefined;
      return channels({ mode: 'oklab' }, ['l', 'a', 'b', 'alpha'], values, (token, index) =>
        index === 0 ? clamp(scaled(token, 1, 100)) : token.type === 'number' ? token.value : (token.value * 0.4) / 100,
      );
    default:
      return undefined;
  }
}

// The legacy (comma-separated) rgb() and hsl() syntax.
const NUM = '([+-]?\\d*\\.?\\d+(?:[eE][+-]?\\d+)?)';
const COMMA = '\\s*,\\s*';
const ALPHA = `\\s*(?:,\\s*(?:${NUM}%|${NUM})\\s*)?\\)$`;
const LEGACY_RGB = new RegExp(`^rgba?\\(\\s*${NUM}(%?)${COMMA}${NUM}(%?)${COMMA}${NUM}(%?)${ALPHA}`);
const LEGACY_HSL = new RegExp(`^hsla?\\(\\s*(?:${NUM}(deg|grad|rad|turn)|${NUM})${COMMA}${NUM}%${COMMA}${NUM}%${ALPHA}`);

function legacyAlpha<T extends Color>(color: T, percent: string | undefined, number: string | undefined): T {
  if (percent !== undefined) color.alpha = clamp(+percent / 100);
  else if (number !== undefined) color.alpha = clamp(+number);
  return color;
}

function parseLegacy(color: string): Color | undefined {
  const rgb = LEGACY_RGB.exec(color);
  if (rgb) {
    const [, r, rUnit, g, gUnit, b, bUnit, alphaPercent, alphaNumber] = rgb;
    // All three numbers, or all three percentages.
    if (rUnit !== gUnit || gUnit !== bUnit) return undefined;
    const divisor = rUnit ? 100 : 255;
    return legacyAlpha({ mode: 'rgb', r: +r! / divisor, g: +g! / divisor, b: +b! / divisor }, alphaPercent, alphaNumber);
  }
  const hsl = LEGACY_HSL.exec(color);
  if (!hsl) return undefined;
  const [, angle, unit, plain, s, l, alphaPercent, alphaNumber] = hsl;
  const value = +(angle ?? plain)!;
  const h = plain !== undefined ? value : unit === 'rad' ? (value / Math.PI) * 180 : unit === 'grad' ? (value / 10) * 9 : unit === 'turn' ? value * 360 : value;
  return legacyAlpha({ mode: 'hsl', h, s: clamp(+s! / 100), l: clamp(+l! / 100) }, alphaPercent, alphaNumber);
}

// Parsed colours, by their text: a theme, its derived colours and every contrast check parse the
// same few colours again and again. The parsed objects are shared: nothing here changes them.
const CACHE_LIMIT = 500;
const parsedColors = new Map<string, Color | undefined>();

/** A CSS colour string in one of the supported spaces, or `undefined`. The result must not be changed. */
export function parseColor(color: string): Color | undefined {
  if (parsedColors.has(color)) return parsedColors.get(color);
  const parsed = parse(color);
  if (parsedColors.size >= CACHE_LIMIT) parsedColors.delete(parsedColors.keys().next().value as string);
  parsedColors.set(color, parsed);
  return parsed;
}

function parse(color: string): Color | undefined {
  if (color.startsWith('#')) return parseHex(color);
  const tokens = tokenize(color);
  const first = tokens?.[0];
  const values = first?.type === 'function' ? coordinates(tokens!, 1, true) : undefined;
  const modern = first?.type === 'function' && values ? parseModern(first.value, values) : undefined;
  const parsed = modern ?? parseHex(color) ?? parseLegacy(color) ?? parseNamed(color);
  if (parsed) return parsed;
  if (color === 'transparent') return { mode: 'rgb', r: 0, g: 0, b: 0, alpha: 0 };
  // color(srgb …) and color(srgb-linear …): channels 0–1 or percentages, no hue.
  const space = tokens?.[1];
  if (first?.type !== 'function' || first.value !== 'color' || space?.type !== 'ident') return undefined;
  const mode = space.value === 'srgb' ? 'rgb' : space.value === 'srgb-linear' ? 'lrgb' : undefined;
  const profile = mode && coordinates(tokens!, 2, false);
  return profile ? channels({ mode } as Rgb, ['r', 'g', 'b', 'alpha'], profile, (token) => scaled(token, 1, 100)) : undefined;
}

const normalizeHue = (hue: number) => ((hue %= 360) < 0 ? hue + 360 : hue);
const withAlpha = <T extends Color>(color: T, alpha: number | undefined): T => {
  if (alpha !== undefined) color.alpha = alpha;
  return color;
};

const toLinear = (value = 0) => {
  const magnitude = Math.abs(value);
  return magnitude <= 0.04045 ? value / 12.92 : (Math.sign(value) || 1) * Math.pow((magnitude + 0.055) / 1.055, 2.4);
};
const fromLinear = (value = 0) => {
  const magnitude = Math.abs(value);
  return magnitude > 0.0031308 ? (Math.sign(value) || 1) * (1.055 * Math.pow(magnitude, 1 / 2.4) - 0.055) : value * 12.92;
};

function rgbToLrgb({ r, g, b, alpha }: Rgb): Rgb {
  return withAlpha({ mode: 'lrgb', r: toLinear(r), g: toLinear(g), b: toLinear(b) }, alpha);
}

function lrgbToRgb({ r, g, b, alpha }: Rgb): Rgb {
  return withAlpha({ mode: 'rgb', r: fromLinear(r), g: fromLinear(g), b: fromLinear(b) }, alpha);
}

function hslToRgb({ h = 0, s = 0, l = 0, alpha }: Extract<Color, { mode: 'hsl' }>): Rgb {
  h = normalizeHue(h);
  const m1 = l + s * (l < 0.5 ? l : 1 - l);
  const m2 = m1 - (m1 - l) * 2 * Math.abs(((h / 60) % 2) - 1);
  const m3 = 2 * l - m1;
  const sector = Math.floor(h / 60);
  const [r, g, b] = [[m1, m2, m3], [m2, m1, m3], [m3, m1, m2], [m3, m2, m1], [m2, m3, m1], [m1, m3, m2]][sector] ?? [m3, m3, m3];
  return withAlpha({ mode: 'rgb', r, g, b }, alpha);
}

// OKLab (Björn Ottosson's matrices, as in CSS Color 4).
function lrgbToOklab({ r = 0, g = 0, b = 0, alpha }: Rgb): Oklab {
  const L = Math.cbrt(0.412221469470763 * r + 0.5363325372617348 * g + 0.0514459932675022 * b);
  const M = Math.cbrt(0.2119034958178252 * r + 0.6806995506452344 * g + 0.1073969535369406 * b);
  const S = Math.cbrt(0.0883024591900564 * r + 0.2817188391361215 * g + 0.6299787016738222 * b);
  return withAlpha(
    {
      mode: 'oklab',
      l: 0.210454268309314 * L + 0.7936177747023054 * M - 0.0040720430116193 * S,
      a: 1.9779985324311684 * L - 2.4285922420485799 * M + 0.450593709617411 * S,
      b: 0.0259040424655478 * L + 0.7827717124575296 * M - 0.8086757549230774 * S,
    },
    alpha,
  );
}

function oklabToLrgb({ l = 0, a = 0, b = 0, alpha }: Oklab): Rgb {
  const L = Math.pow(l + 0.3963377773761749 * a + 0.2158037573099136 * b, 3);
  const M = Math.pow(l - 0.1055613458156586 * a - 0.0638541728258133 * b, 3);
  const S = Math.pow(l - 0.0894841775298119 * a - 1.2914855480194092 * b, 3);
  return withAlpha(
    {
      mode: 'lrgb',
      r: 4.0767416360759574 * L - 3.3077115392580616 * M + 0.2309699031821044 * S,
      g: -1.2684379732850317 * L + 2.6097573492876887 * M - 0.3413193760026573 * S,
      b: -0.0041960761386756 * L - 0.7034186179359362 * M + 1.7076146940746117 * S,
    },
    alpha,
  );
}

function rgbToOklab(color: Rgb): Oklab {
  const result = lrgbToOklab(rgbToLrgb(color));
  // Greys have no chroma (not a rounding error's worth of it).
  if (color.r === color.b && color.b === color.g) result.a = result.b = 0;
  return result;
}

function oklabToOklch({ l, a = 0, b = 0, alpha }: Oklab): Oklch {
  const c = Math.sqrt(a * a + b * b);
  const result: Oklch = { mode: 'oklch', l, c };
  if (c) result.h = normalizeHue((Math.atan2(b, a) * 180) / Math.PI);
  return withAlpha(result, alpha);
}

function oklchToOklab({ l, c, h = 0, alpha }: Oklch): Oklab {
  const result: Oklab = { mode: 'oklab', l, a: c ? c * Math.cos((h / 180) * Math.PI) : 0, b: c ? c * Math.sin((h / 180) * Math.PI) : 0 };
  return withAlpha(result, alpha);
}

/** The colour in sRGB (channels unclamped). */
export function toRgb(color: Color): Rgb {
  switch (color.mode) {
    case 'rgb':
      return color;
    case 'lrgb':
      return lrgbToRgb(color);
    case 'hsl':
      return hslToRgb(color);
    case 'oklab':
      return lrgbToRgb(oklabToLrgb(color));
    case 'oklch':
      return lrgbToRgb(oklabToLrgb(oklchToOklab(color)));
  }
}

/** The colour in linear sRGB (OKLab converts directly, the others through sRGB). */
function toLrgb(color: Color): Rgb {
  if (color.mode === 'lrgb') return color;
  return color.mode === 'oklab' ? oklabToLrgb(color) : rgbToLrgb(toRgb(color));
}

/** The colour in OKLCH. */
export function toOklch(color: Color): Oklch {
  if (color.mode === 'oklch') return color;
  return oklabToOklch(color.mode === 'oklab' ? color : rgbToOklab(toRgb(color)));
}

/** The colour as `#rrggbb`, channels clamped to sRGB (alpha dropped). */
export function formatHex(color: Color): string {
  const { r, g, b } = toRgb(color);
  const byte = (value: number | undefined) => Math.round(Math.max(0, Math.min(1, value || 0)) * 255);
  return `#${((1 << 24) | (byte(r) << 16) | (byte(g) << 8) | byte(b)).toString(16).slice(1)}`;
}

/** WCAG 2.x relative luminance. */
function luminance(color: Color): number {
  const { r, g, b } = toLrgb(color);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG 2.x contrast ratio of two colours. */
export function wcagContrast(first: Color, second: Color): number {
  const one = luminance(first);
  const two = luminance(second);
  return (Math.max(one, two) + 0.05) / (Math.min(one, two) + 0.05);
}
