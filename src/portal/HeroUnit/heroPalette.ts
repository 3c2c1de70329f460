import type { HeroOverlay } from '../../blocks/HeroUnit/block.js';
import { CONTRAST_AA_NORMAL_TEXT, contrastRatio, readableTextColor, toHexColor } from '../../theme/contrast.js';

const BLACK = '#000000';
const WHITE = '#ffffff';

/** The opacity each overlay starts from; raised where the image needs more for AA. */
export const OVERLAY_BASE_OPACITY: Record<HeroOverlay, number> = {
  none: 0,
  'dark-scrim': 0.45,
  'light-scrim': 0.6,
  gradient: 0.55,
};

/** What the hero knows about its backdrop. */
export interface HeroPaletteInput {
  /** The overlay the admin chose. */
  overlay: HeroOverlay;
  /** The admin's text colour (`#rrggbb`), if any. */
  textColor?: string | undefined;
  /**
   * Colours that stand for the image under the text (its average and the average of the text
   * side), or `undefined` when they are not known (server rendering, image not decoded yet,
   * cross-origin image): then the palette holds for any image.
   */
  imageColors?: readonly string[] | undefined;
}

/** How the hero draws its text over the image. */
export interface HeroPalette {
  /** Text colour (`#rrggbb`). */
  text: string;
  /** The scrim's colour; `none` draws no scrim. */
  scrim: 'black' | 'white' | 'none';
  /** The scrim's opacity (0–1) where the text is. */
  opacity: number;
  /** Why the admin's choice was changed, for a console warning; empty when it was kept. */
  warnings: string[];
}

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** `overlay` at `opacity` over `backdrop`, as browsers composite (in sRGB). */
export function compositeColor(overlay: string, backdrop: string, opacity: number): string {
  const top = channels(overlay);
  const bottom = channels(backdrop);
  return `#${top
    .map((value, index) => Math.round(opacity * value + (1 - opacity) * (bottom[index] ?? 0)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The backdrops the text must read on: the known image colours, or the worst image for this text colour. */
function backdropsFor(text: string, imageColors: readonly string[] | undefined): string[] {
  if (imageColors && imageColors.length > 0) return [...imageColors];
  // With nothing known, assume the image is as close to the text colour as an image can be.
  return [readableTextColor(text) === BLACK ? WHITE : BLACK];
}

/** The least opacity ≥ `from` at which `text` reaches AA over every backdrop under `scrim`; `undefined` if none. */
function opacityFor(text: string, scrim: string, backdrops: readonly string[], from: number): number | undefined {
  const passes = (opacity: number) =>
    backdrops.every((backdrop) => contrastRatio(text, compositeColor(scrim, backdrop, opacity)) >= CONTRAST_AA_NORMAL_TEXT);
  if (passes(from)) return from;
  if (!passes(1)) return undefined;
  let low = from;
  let high = 1;
  for (let step = 0; step < 12; step += 1) {
    const middle = (low + high) / 2;
    if (passes(middle)) high = middle;
    else low = middle;
  }
  // Round up to a hundredth so the CSS value never undercuts the computed one.
  return Math.min(1, Math.ceil(high * 100) / 100);
}

/**
 * Chooses the hero's text colour and scrim so its text reaches WCAG AA (4.5:1) over the image:
 * the admin's overlay and text colour where they are enough, a stronger scrim where the image
 * needs it, and the overlay's own text colour (white on dark, black on light) when the chosen
 * text colour cannot be made readable on that overlay.
 */
export function heroPalette({ overlay, textColor, imageColors }: HeroPaletteInput): HeroPalette {
  // A pure function of its input, searched by contrast checks: kept for recent inputs, since
  // every render of a hero asks again (a server, on every request).
  const key = JSON.stringify([overlay, textColor ?? null, imageColors ?? null]);
  let palette = palettes.get(key);
  if (!palette) {
    palette = choosePalette(overlay, textColor, imageColors);
    if (palettes.size >= 100) palettes.delete(palettes.keys().next().value as string);
    palettes.set(key, palette);
  }
  return { ...palette, warnings: [...palette.warnings] };
}

const palettes = new Map<string, HeroPalette>();

function choosePalette(overlay: HeroOverlay, textColor: string | undefined, imageColors: readonly string[] | undefined): HeroPalette {
  const warnings: string[] = [];
  const chosen = textColor ? toHexColor(textColor) : undefined;
  const colors = imageColors?.map((color) => toHexColor(color)).filter((color): color is string => color !== undefined);

  if (overlay === 'none') {
    const candidates = [...(chosen ? [chosen] : []), WHITE, BLACK];
    if (colors && colors.length > 0) {
      const readable = candidates.find((text) => opacityFor(text, BLACK, colors, 0) === 0);
      if (readable) {
        if (chosen && readable !== chosen) warnings.push(`text colour ${chosen} is below WCAG AA contrast on the image; using ${readable}.`);
        return { text: readable, scrim: 'none', opacity: 0, warnings };
      }
    }
    // The image is unknown or too busy for bare text: add the least scrim that makes white text readable.
    const opacity = opacityFor(WHITE, BLACK, backdropsFor(WHITE, colors), 0) ?? 1;
    if (colors && colors.length > 0) warnings.push('no text colour reaches WCAG AA on the image without an overlay; adding a dark scrim.');
    return { text: WHITE, scrim: opacity > 0 ? 'black' : 'none', opacity, warnings };
  }

  const scrim = overlay === 'light-scrim' ? WHITE : BLACK;
  const natural = overlay === 'light-scrim' ? BLACK : WHITE;
  const base = OVERLAY_BASE_OPACITY[overlay];
  if (chosen) {
    const opacity = opacityFor(chosen, scrim, backdropsFor(chosen, colors), base);
    if (opacity !== undefined) return { text: chosen, scrim: scrim === WHITE ? 'white' : 'black', opacity, warnings };
    warnings.push(`text colour ${chosen} cannot reach WCAG AA contrast on the ${overlay} overlay; using ${natural}.`);
  }
  const opacity = opacityFor(natural, scrim, backdropsFor(natural, colors), base) ?? 1;
  return { text: natural, scrim: scrim === WHITE ? 'white' : 'black', opacity, warnings };
}
