import type { ThemeInput } from '../../src/theme/index.js';

/** A theme offered in Storybook's toolbar and shown in the theme stories. */
export interface StoryTheme {
  /** Toolbar label. */
  title: string;
  /** What a host would pass to `PortalProvider`'s `theme` prop. */
  theme: ThemeInput;
}

/**
 * Themes every story can be viewed in. The two brand primaries are the hard cases for
 * contrast: a navy that is too dark for links on a dark surface, and a yellow that white text
 * cannot sit on.
 */
export const storyThemes = {
  default: { title: 'Default', theme: {} },
  navy: { title: 'Dark navy primary (#0b1f3a)', theme: { colors: { primary: '#0b1f3a' } } },
  yellow: { title: 'Pale yellow primary (#ffeb3b)', theme: { colors: { primary: '#ffeb3b' } } },
  dark: {
    title: 'Dark surface',
    theme: {
      colors: {
        background: '#0d1117',
        surface: '#161b22',
        surfaceMuted: '#21262d',
        text: '#e6edf3',
        textMuted: '#9da7b3',
        border: '#3d444d',
      },
    },
  },
} satisfies Record<string, StoryTheme>;

/** The key of a toolbar theme. */
export type StoryThemeName = keyof typeof storyThemes;

/** The theme for a toolbar value, falling back to the default for an unknown one. */
export function storyTheme(name: unknown): StoryTheme {
  return typeof name === 'string' && name in storyThemes ? storyThemes[name as StoryThemeName] : storyThemes.default;
}
