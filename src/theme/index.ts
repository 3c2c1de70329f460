export { ThemeProvider } from './ThemeProvider.js';
export type { ThemeProviderProps } from './ThemeProvider.js';
export { createTheme, defaultTheme, deriveColors } from './tokens.js';
export type {
  DerivedColors,
  PortalTheme,
  ResolvedTheme,
  ThemeColors,
  ThemeFocusRing,
  ThemeInput,
  ThemeRadii,
  ThemeSpace,
  ThemeTypography,
} from './tokens.js';
export { cssVariableNames, themeToCssVariables, themeVars } from './cssVariables.js';
export type { ColorName, ThemeVars } from './cssVariables.js';
export {
  contrastRatio,
  CONTRAST_AA_LARGE_TEXT,
  CONTRAST_AA_NORMAL_TEXT,
  ensureContrast,
  isColor,
  isLightColor,
  meetsContrast,
  readableTextColor,
  shiftLightness,
  toHexColor,
} from './contrast.js';
