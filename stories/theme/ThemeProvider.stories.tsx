import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { getDirection, type Direction } from '../../src/i18n/index.js';
import { createTheme, defaultTheme, ThemeProvider, type ThemeColors, type ThemeInput } from '../../src/theme/index.js';
import { arabicSample, colorValue, contrastPairs, englishSample, ThemeShowcase } from './ThemeShowcase.js';
import { storyThemes } from './themes.js';

/** The colours a designer tries out in the controls panel, plus the direction. */
type ThemeStoryArgs = Pick<
  ThemeColors,
  'primary' | 'accent' | 'background' | 'surface' | 'surfaceMuted' | 'text' | 'textMuted' | 'border' | 'danger'
> & {
  /** Text direction; follows the toolbar language when not set. */
  dir?: Direction | undefined;
};

const { primary, accent, background, surface, surfaceMuted, text, textMuted, border, danger } = defaultTheme.colors;
const defaultColors = { primary, accent, background, surface, surfaceMuted, text, textMuted, border, danger };

function toTheme({ dir: _dir, ...colors }: ThemeStoryArgs): ThemeInput {
  return { colors };
}

/** `rgb(r, g, b)`, the form `getComputedStyle` reports colours in. */
function toRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

const meta = {
  title: 'Theme/ThemeProvider',
  component: ThemeProvider,
  parameters: {
    docs: {
      description: {
        component:
          'Emits the theme as `--hpk-*` CSS custom properties on the portal root. The table lists every derived colour with its WCAG contrast ratio, computed by `contrastRatio` from the same theme.',
      },
    },
  },
  args: defaultColors,
  render: (args, { globals }) => {
    const theme = toTheme(args);
    const dir = args.dir ?? getDirection(typeof globals.language === 'string' ? globals.language : 'en');
    return (
      <ThemeProvider theme={theme} dir={dir}>
        <ThemeShowcase theme={theme} sample={dir === 'rtl' ? arabicSample : englishSample} />
      </ThemeProvider>
    );
  },
  // Each swatch must show the colour the theme resolved to, and every pair must reach its minimum.
  play: async ({ canvasElement, args }) => {
    const theme = createTheme(toTheme(args));
    for (const pair of contrastPairs) {
      const row = canvasElement.querySelector(`[data-slot="contrast-pair"][data-foreground="${pair.foreground}"]`);
      const swatch = row?.querySelector<HTMLElement>('[data-slot="swatch"]');
      if (!row || !swatch) throw new Error(`No swatch for ${pair.foreground}`);
      const style = getComputedStyle(swatch);
      await expect(style.backgroundColor).toBe(toRgb(colorValue(theme, pair.background)));
      const drawn = pair.kind === 'text' ? style.color : style.borderTopColor;
      await expect(drawn).toBe(toRgb(colorValue(theme, pair.foreground)));
      const ratio = Number.parseFloat(row.querySelector('[data-slot="contrast-ratio"]')?.textContent ?? '0');
      await expect(ratio).toBeGreaterThanOrEqual(pair.minimum);
    }
  },
} satisfies Meta<ThemeStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default theme. Tab to the link and the button to see the focus ring. */
export const Default: Story = {
  play: async (context) => {
    await meta.play(context);
    const { canvas, userEvent, args } = context;
    const link = canvas.getByRole('link');
    const button = canvas.getByRole('button');
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(getComputedStyle(button).outlineColor).toBe(toRgb(createTheme(toTheme(args)).derived.focus));
  },
};

/** A dark navy brand colour: white button text; links keep the navy on a light surface. */
export const DarkNavyPrimary: Story = {
  args: { ...defaultColors, ...storyThemes.navy.theme.colors },
};

/** A pale yellow brand colour: white text cannot sit on it, so buttons get black text and links a darker yellow. */
export const PaleYellowPrimary: Story = {
  args: { ...defaultColors, ...storyThemes.yellow.theme.colors },
};

/** A dark surface: body, muted, link and state colours are lightened until they reach AA. */
export const DarkSurface: Story = {
  args: { ...defaultColors, ...storyThemes.dark.theme.colors },
};

/** Navy primary on the dark surface: the navy link colour is lightened, the buttons stay navy. */
export const DarkNavyOnDarkSurface: Story = {
  args: { ...defaultColors, ...storyThemes.dark.theme.colors, ...storyThemes.navy.theme.colors },
};

/** Right to left: logical CSS properties put the start of every line on the right. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  play: async (context) => {
    await meta.play(context);
    const { canvas, canvasElement } = context;
    const root = canvasElement.querySelector('[data-slot="portal-root"][dir="rtl"]');
    await expect(root).not.toBeNull();
    const heading = canvas.getByRole('heading', { name: arabicSample.heading });
    const sample = heading.parentElement;
    if (!sample) throw new Error('The heading has no parent');
    const headingBox = heading.getBoundingClientRect();
    const sampleBox = sample.getBoundingClientRect();
    // The heading hugs the right-hand edge of its box, far from the left one.
    await expect(sampleBox.right - headingBox.right).toBeLessThan(headingBox.left - sampleBox.left);
  },
};
