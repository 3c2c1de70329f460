import { createRequire } from 'node:module';
import type * as Culori from 'culori';
import { describe, expect, it } from 'vitest';
import { contrastRatio, isColor, shiftLightness, toHexColor } from '../../src/theme/index.js';

// The reference: culori's self-contained CommonJS build, every colour space registered (its own
// registry, so it cannot change what the library's module registered). The library promises the
// colours of culori's sRGB, HSL, OKLCH, OKLab and linear-sRGB modes, parsed, converted and
// formatted exactly as culori does; every other space is refused.
const reference = createRequire(import.meta.url)('culori/require') as typeof Culori;
const SUPPORTED_MODES = new Set(['rgb', 'hsl', 'oklch', 'oklab', 'lrgb']);
const referenceParse = (color: string) => {
  const parsed = reference.parse(color.trim());
  return parsed && SUPPORTED_MODES.has(parsed.mode) ? parsed : undefined;
};

/** A deterministic pseudo-random sequence (mulberry32), so a failure names a reproducible input. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleColors(): string[] {
  const next = random(20261201);
  const number = (min: number, max: number, digits = 2) => (min + next() * (max - min)).toFixed(digits);
  const hex = (length: number) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join('');
  const samples: string[] = [];
  for (let index = 0; index < 60; index += 1) {
    samples.push(
      `#${hex([3, 4, 6, 8][index % 4] ?? 6)}`,
      `rgb(${number(0, 255, 0)} ${number(0, 255, 0)} ${number(0, 255, 0)})`,
      `rgba(${number(0, 255, 0)}, ${number(0, 255, 0)}, ${number(0, 255, 0)}, ${number(0, 1)})`,
      `rgb(${number(-10, 110)}% ${number(0, 100)}% none / ${number(0, 100)}%)`,
      `hsl(${number(-360, 720)} ${number(0, 100)}% ${number(0, 100)}%)`,
      `hsla(${number(0, 1)}turn, ${number(0, 100)}%, ${number(0, 100)}%, ${number(0, 1)})`,
      `hsl(${number(0, 6.3)}rad ${number(0, 100)} ${number(0, 100)})`,
      `oklch(${number(0, 1, 3)} ${number(0, 0.45, 3)} ${number(0, 360)})`,
      `oklch(${number(0, 100)}% ${number(0, 100)}% ${number(0, 400)}grad / ${number(0, 1)})`,
      `oklab(${number(0, 1, 3)} ${number(-0.4, 0.4, 3)} ${number(-0.4, 0.4, 3)})`,
      `color(srgb ${number(0, 1, 3)} ${number(0, 1, 3)} ${number(0, 1, 3)})`,
      `color(srgb-linear ${number(0, 1, 3)} ${number(0, 100)}% ${number(0, 1, 3)} / 0.5)`,
    );
  }
  return samples;
}

const EDGE_CASES = [
  'red', 'RebeccaPurple', ' navy ', 'transparent', 'currentcolor', 'notacolour', '', '#12', '#12345', '#ggg',
  'rgb(1 2)', 'rgb(1, 2 3)', 'rgb(none none none)', 'hsl(120deg 100% 50% / none)', 'oklch(none 0.1 20)',
  'oklch(0.5 0.2)', 'lab(50 20 30)', 'lch(50 30 120)', 'hwb(120 10% 10%)', 'color(display-p3 1 0 0)',
  'color(srgb 1 0)', '#000', '#fff', 'oklch(1.2 0.5 30)', 'rgb(300 -20 128)',
];

describe('colour parsing and conversion (the same as culori for the supported spaces)', () => {
  const colors = [...EDGE_CASES, ...sampleColors()];

  it('accepts exactly the colours culori parses in the supported spaces, and refuses lab(), hwb(), display-p3 and the rest', () => {
    const differences = colors.filter((color) => isColor(color) !== (referenceParse(color) !== undefined));
    expect(differences).toEqual([]);
    // The sample holds both: the comparison above is not vacuous.
    expect(colors.filter((color) => isColor(color)).length).toBeGreaterThan(600);
    expect(['lab(50 20 30)', 'hwb(120 10% 10%)', 'color(display-p3 1 0 0)', 'notacolour'].map(isColor)).toEqual([false, false, false, false]);
  });

  it('formats each colour to the same #rrggbb', () => {
    for (const color of colors) {
      const parsed = referenceParse(color);
      expect(toHexColor(color), color).toBe(parsed ? reference.formatHex(parsed) : undefined);
    }
  });

  it('computes the same WCAG contrast ratio', () => {
    for (const color of colors.filter((candidate) => referenceParse(candidate) !== undefined)) {
      const parsed = referenceParse(color);
      expect(contrastRatio(color.trim(), '#ffffff'), color).toBe(reference.wcagContrast(parsed!, '#ffffff'));
      expect(contrastRatio('#1a2b3c', color.trim()), color).toBe(reference.wcagContrast('#1a2b3c', parsed!));
    }
  });

  it('shifts OKLCH lightness to the same colour', () => {
    const toOklch = reference.converter('oklch');
    for (const color of colors.filter((candidate) => referenceParse(candidate) !== undefined)) {
      const start = toOklch(referenceParse(color)!);
      for (const amount of [-0.08, 0.08, 0.5]) {
        const expected = reference.formatHex({ ...start, l: Math.min(1, Math.max(0, start.l + amount)) });
        expect(shiftLightness(color.trim(), amount), `${color} ${amount}`).toBe(expected);
      }
    }
  });
});
