import { describe, expect, it } from 'vitest';
import { compositeColor, heroPalette } from '../../../src/portal/HeroUnit/heroPalette.js';
import { contrastRatio } from '../../../src/theme/contrast.js';

/** The contrast the palette's text gets over `backdrop` under its scrim. */
function contrastOver(palette: ReturnType<typeof heroPalette>, backdrop: string) {
  const scrim = palette.scrim === 'white' ? '#ffffff' : '#000000';
  const under = palette.scrim === 'none' ? backdrop : compositeColor(scrim, backdrop, palette.opacity);
  return contrastRatio(palette.text, under);
}

describe('heroPalette', () => {
  it('composites like a browser: half-transparent black over white is mid grey', () => {
    expect(compositeColor('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  describe('given an image whose colours are not known yet (server rendering)', () => {
    it.each(['dark-scrim', 'light-scrim', 'gradient', 'none'] as const)('keeps AA over the worst image with the %s overlay', (overlay) => {
      const palette = heroPalette({ overlay });
      for (const worst of ['#ffffff', '#000000']) {
        // Light text is endangered by white images, dark text by black ones.
        if (contrastRatio(palette.text, worst) < 2) expect(contrastOver(palette, worst)).toBeGreaterThanOrEqual(4.5);
      }
      expect(palette.warnings).toEqual([]);
    });
  });

  describe('given a bright image', () => {
    const bright = ['#dcefff', '#e8f4ff'];

    it('strengthens a dark scrim until white text reaches AA', () => {
      const palette = heroPalette({ overlay: 'dark-scrim', imageColors: bright });
      expect(palette.text).toBe('#ffffff');
      expect(palette.opacity).toBeGreaterThan(0.45);
      for (const color of bright) expect(contrastOver(palette, color)).toBeGreaterThanOrEqual(4.5);
    });

    it('keeps bare text readable without an overlay by choosing dark text, and says so', () => {
      const palette = heroPalette({ overlay: 'none', textColor: '#ffffff', imageColors: bright });
      expect(palette).toMatchObject({ scrim: 'none', opacity: 0, text: '#000000' });
      expect(palette.warnings[0]).toMatch(/below WCAG AA/);
    });
  });

  describe('given a dark image', () => {
    it('keeps the base scrim when the text already reads', () => {
      const palette = heroPalette({ overlay: 'dark-scrim', imageColors: ['#102030'] });
      expect(palette).toMatchObject({ text: '#ffffff', scrim: 'black', opacity: 0.45, warnings: [] });
    });

    it('keeps an admin text colour that reaches AA', () => {
      expect(heroPalette({ overlay: 'dark-scrim', textColor: '#ffe08a', imageColors: ['#102030'] }).text).toBe('#ffe08a');
    });
  });

  it('replaces a text colour no strength of the overlay makes readable, with a warning', () => {
    const palette = heroPalette({ overlay: 'dark-scrim', textColor: '#333333', imageColors: ['#888888'] });
    expect(palette.text).toBe('#ffffff');
    expect(palette.warnings[0]).toMatch(/cannot reach WCAG AA/);
    expect(contrastOver(palette, '#888888')).toBeGreaterThanOrEqual(4.5);
  });

  it('uses black text on a light scrim', () => {
    const palette = heroPalette({ overlay: 'light-scrim', imageColors: ['#203040'] });
    expect(palette.text).toBe('#000000');
    expect(palette.scrim).toBe('white');
    expect(contrastOver(palette, '#203040')).toBeGreaterThanOrEqual(4.5);
  });
});
