import { cssVariableNames, cssVariablesToDeclarations, type ColorName } from '../../theme/cssVariables.js';
import { createTheme, type ResolvedTheme, type ThemeInput } from '../../theme/tokens.js';

/** The colours that follow from the admin's primary and accent; every other token stays the host's. */
const BRAND_COLORS: readonly ColorName[] = ['primary', 'accent', 'onPrimary', 'primaryText', 'primaryHover', 'onAccent', 'accentText', 'focus'];

const isResolved = (theme: ThemeInput | ResolvedTheme): theme is ResolvedTheme => 'derived' in theme;

/**
 * The `--hpk-*` declarations for the admin's primary and accent colours, with the text and focus
 * colours derived from them against `base`'s surface and background (so they keep WCAG AA
 * contrast there). An empty string when a colour is not a CSS colour: the host's theme stays.
 */
export function brandColorDeclarations(base: ThemeInput | ResolvedTheme | undefined, primary: string, accent: string): string {
  try {
    const resolvedBase = base && isResolved(base) ? base : createTheme(base ?? {});
    const theme = createTheme({ colors: { primary, accent } }, resolvedBase);
    const values: Record<string, string> = {};
    for (const name of BRAND_COLORS) {
      values[cssVariableNames.color[name]] =
        name in theme.derived ? theme.derived[name as keyof ResolvedTheme['derived']] : theme.colors[name as keyof ResolvedTheme['colors']];
    }
    return cssVariablesToDeclarations(values);
  } catch {
    return '';
  }
}
