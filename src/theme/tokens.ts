import {
  CONTRAST_AA_LARGE_TEXT,
  CONTRAST_AA_NORMAL_TEXT,
  ensureContrast,
  readableTextColor,
  shiftLightness,
  toHexColor,
} from './contrast.js';

/** The colours a host or admin chooses. Every value accepts any CSS colour. */
export interface ThemeColors {
  /** Brand colour: buttons, links, the hero's default background. @default '#1f6feb' */
  primary: string;
  /** Second brand colour: highlights, badges. @default '#8250df' */
  accent: string;
  /** The page behind the portal. @default '#ffffff' */
  background: string;
  /** Cards, panels and inputs. @default '#ffffff' */
  surface: string;
  /** Subtle panels (skeletons, hovered rows). @default '#f3f5f8' */
  surfaceMuted: string;
  /** Body text. @default '#1b1f24' */
  text: string;
  /** Secondary text (captions, meta data). @default '#57606a' */
  textMuted: string;
  /** Borders and dividers. @default '#d0d7de' */
  border: string;
  /** Errors and destructive actions. @default '#cf222e' */
  danger: string;
  /** Success states. @default '#1a7f37' */
  success: string;
  /** Warnings. @default '#9a6700' */
  warning: string;
  /** Neutral information. @default '#0969da' */
  info: string;
}

/** Spacing steps, any CSS length. */
export interface ThemeSpace {
  xxs: string;
  xs: string;
  sm: string;
  md: string;
  lg: string;
  xl: string;
  xxl: string;
}

export interface ThemeRadii {
  sm: string;
  md: string;
  lg: string;
  pill: string;
}

export interface ThemeTypography {
  fontFamily: string;
  headingFontFamily: string;
  monospaceFontFamily: string;
  fontSizeSm: string;
  fontSizeMd: string;
  fontSizeLg: string;
  fontSizeXl: string;
  fontSizeXxl: string;
  lineHeight: string;
  fontWeightNormal: string;
  fontWeightBold: string;
}

export interface ThemeFocusRing {
  width: string;
  offset: string;
  /** Defaults to a shade of the primary colour with 3:1 contrast on the background. */
  color?: string | undefined;
}

/** A complete theme: what `createTheme` returns and `ThemeProvider` emits. */
export interface PortalTheme {
  colors: ThemeColors;
  space: ThemeSpace;
  radii: ThemeRadii;
  typography: ThemeTypography;
  focusRing: ThemeFocusRing;
  shadows: { raised: string; overlay: string };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

/** What a host passes: any subset of the theme; the rest comes from the default theme. */
export type ThemeInput = DeepPartial<PortalTheme>;

export const defaultTheme: PortalTheme = {
  colors: {
    primary: '#1f6feb',
    accent: '#8250df',
    background: '#ffffff',
    surface: '#ffffff',
    surfaceMuted: '#f3f5f8',
    text: '#1b1f24',
    textMuted: '#57606a',
    border: '#d0d7de',
    danger: '#cf222e',
    success: '#1a7f37',
    warning: '#9a6700',
    info: '#0969da',
  },
  space: { xxs: '2px', xs: '4px', sm: '8px', md: '16px', lg: '24px', xl: '32px', xxl: '48px' },
  radii: { sm: '4px', md: '8px', lg: '16px', pill: '999px' },
  typography: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
    headingFontFamily: 'inherit',
    monospaceFontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSizeSm: '0.875rem',
    fontSizeMd: '1rem',
    fontSizeLg: '1.25rem',
    fontSizeXl: '1.75rem',
    fontSizeXxl: '2.5rem',
    lineHeight: '1.5',
    fontWeightNormal: '400',
    fontWeightBold: '600',
  },
  focusRing: { width: '3px', offset: '2px' },
  shadows: {
    raised: '0 1px 3px rgb(0 0 0 / 0.12), 0 1px 2px rgb(0 0 0 / 0.08)',
    overlay: '0 8px 24px rgb(0 0 0 / 0.2)',
  },
};

/**
 * Colours computed from the chosen ones so that every text keeps WCAG AA contrast on the
 * background it is drawn on, whatever the admin picked.
 */
export interface DerivedColors {
  /** Text on a primary background (buttons, default hero). */
  onPrimary: string;
  /** Primary used as text or link colour on the surface. */
  primaryText: string;
  /** Primary background on hover / pressed. */
  primaryHover: string;
  /** Text on an accent background (badges). */
  onAccent: string;
  /** Accent used as text on the surface. */
  accentText: string;
  /** Body and muted text, adjusted to reach AA on the surface. */
  text: string;
  textMuted: string;
  /** State colours as text on the surface. */
  dangerText: string;
  successText: string;
  warningText: string;
  infoText: string;
  /** Text on a danger background (destructive buttons). */
  onDanger: string;
  /** Focus ring, 3:1 against the background (WCAG 2.2 non-text contrast). */
  focus: string;
  /** Border for controls, 3:1 against the surface. */
  controlBorder: string;
}

/** A theme with its derived colours: what components actually read. */
export interface ResolvedTheme extends PortalTheme {
  derived: DerivedColors;
}

function normalizeColors(colors: ThemeColors): ThemeColors {
  const entries = Object.entries(colors).map(([name, value]) => {
    const hex = toHexColor(value);
    if (!hex) throw new TypeError(`Theme colour "${name}" is not a CSS colour: "${value}"`);
    return [name, hex];
  });
  return Object.fromEntries(entries) as unknown as ThemeColors;
}

/** Computes the colours components draw with; every text pair reaches AA. */
export function deriveColors(colors: ThemeColors, focusRingColor?: string): DerivedColors {
  const { surface, background } = colors;
  return {
    onPrimary: readableTextColor(colors.primary),
    primaryText: ensureContrast(colors.primary, surface, CONTRAST_AA_NORMAL_TEXT),
    primaryHover: shiftLightness(colors.primary, readableTextColor(colors.primary) === '#ffffff' ? -0.08 : 0.08),
    onAccent: readableTextColor(colors.accent),
    accentText: ensureContrast(colors.accent, surface, CONTRAST_AA_NORMAL_TEXT),
    text: ensureContrast(colors.text, surface, CONTRAST_AA_NORMAL_TEXT),
    textMuted: ensureContrast(colors.textMuted, surface, CONTRAST_AA_NORMAL_TEXT),
    dangerText: ensureContrast(colors.danger, surface, CONTRAST_AA_NORMAL_TEXT),
    successText: ensureContrast(colors.success, surface, CONTRAST_AA_NORMAL_TEXT),
    warningText: ensureContrast(colors.warning, surface, CONTRAST_AA_NORMAL_TEXT),
    infoText: ensureContrast(colors.info, surface, CONTRAST_AA_NORMAL_TEXT),
    onDanger: readableTextColor(colors.danger),
    focus: ensureContrast(focusRingColor ?? colors.primary, background, CONTRAST_AA_LARGE_TEXT),
    controlBorder: ensureContrast(colors.border, surface, CONTRAST_AA_LARGE_TEXT),
  };
}

/** Fills a partial theme from the default theme and derives its accessible colours. */
export function createTheme(input: ThemeInput = {}, base: PortalTheme = defaultTheme): ResolvedTheme {
  const theme: PortalTheme = {
    colors: normalizeColors({ ...base.colors, ...input.colors }),
    space: { ...base.space, ...input.space },
    radii: { ...base.radii, ...input.radii },
    typography: { ...base.typography, ...input.typography },
    focusRing: { ...base.focusRing, ...input.focusRing },
    shadows: { ...base.shadows, ...input.shadows },
  };
  return { ...theme, derived: deriveColors(theme.colors, theme.focusRing.color) };
}
