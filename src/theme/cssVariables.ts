import type { DerivedColors, ResolvedTheme, ThemeColors, ThemeRadii, ThemeSpace, ThemeTypography } from './tokens.js';

/** Every colour name components can use: the chosen ones and the derived ones. */
export type ColorName = keyof ThemeColors | keyof DerivedColors;

const colorNames: ColorName[] = [
  'primary', 'accent', 'background', 'surface', 'surfaceMuted', 'border', 'danger', 'success', 'warning', 'info',
  'onPrimary', 'primaryText', 'primaryHover', 'onAccent', 'accentText', 'text', 'textMuted',
  'dangerText', 'successText', 'warningText', 'infoText', 'onDanger', 'focus', 'controlBorder',
];
const spaceNames: Array<keyof ThemeSpace> = ['xxs', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl'];
const radiusNames: Array<keyof ThemeRadii> = ['sm', 'md', 'lg', 'pill'];
const fontNames: Array<keyof ThemeTypography> = [
  'fontFamily', 'headingFontFamily', 'monospaceFontFamily', 'fontSizeSm', 'fontSizeMd', 'fontSizeLg',
  'fontSizeXl', 'fontSizeXxl', 'lineHeight', 'fontWeightNormal', 'fontWeightBold',
];

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const variable = (group: string, name: string) => `--hpk-${group}-${kebab(name)}`;

/**
 * The names of the CSS custom properties `ThemeProvider` emits on the portal root, e.g.
 * `cssVariableNames.color.primary === '--hpk-color-primary'`. Hosts restyle a subtree by
 * setting these in plain CSS.
 */
export const cssVariableNames = {
  color: Object.fromEntries(colorNames.map((name) => [name, variable('color', name)])) as Record<ColorName, string>,
  space: Object.fromEntries(spaceNames.map((name) => [name, variable('space', name)])) as Record<keyof ThemeSpace, string>,
  radius: Object.fromEntries(radiusNames.map((name) => [name, variable('radius', name)])) as Record<keyof ThemeRadii, string>,
  font: Object.fromEntries(fontNames.map((name) => [name, variable('font', name.replace(/^font(\w)/, (_, first: string) => first.toLowerCase()))])) as Record<keyof ThemeTypography, string>,
  focusRing: { width: '--hpk-focus-ring-width', offset: '--hpk-focus-ring-offset' },
  shadow: { raised: '--hpk-shadow-raised', overlay: '--hpk-shadow-overlay' },
} as const;

type VarRefs<T extends Record<string, string>> = { [K in keyof T]: string };
const refs = <T extends Record<string, string>>(names: T) =>
  Object.fromEntries(Object.entries(names).map(([key, name]) => [key, `var(${name})`])) as VarRefs<T>;

/**
 * The theme styled-components read: every value is a `var(--hpk-…)` reference, so this
 * object never changes and a colour change re-renders nothing below `ThemeProvider`.
 */
export const themeVars = {
  color: refs(cssVariableNames.color),
  space: refs(cssVariableNames.space),
  radius: refs(cssVariableNames.radius),
  font: refs(cssVariableNames.font),
  focusRing: refs(cssVariableNames.focusRing),
  shadow: refs(cssVariableNames.shadow),
};

/** The type of the styled-components theme (see `styled.d.ts`). */
export type ThemeVars = typeof themeVars;

/** The CSS custom properties for a resolved theme, as `{ '--hpk-color-primary': '#1f6feb', … }`. */
export function themeToCssVariables(theme: ResolvedTheme): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of colorNames) {
    values[cssVariableNames.color[name]] =
      name in theme.derived ? theme.derived[name as keyof DerivedColors] : theme.colors[name as keyof ThemeColors];
  }
  for (const name of spaceNames) values[cssVariableNames.space[name]] = theme.space[name];
  for (const name of radiusNames) values[cssVariableNames.radius[name]] = theme.radii[name];
  for (const name of fontNames) values[cssVariableNames.font[name]] = theme.typography[name];
  values[cssVariableNames.focusRing.width] = theme.focusRing.width;
  values[cssVariableNames.focusRing.offset] = theme.focusRing.offset;
  values[cssVariableNames.shadow.raised] = theme.shadows.raised;
  values[cssVariableNames.shadow.overlay] = theme.shadows.overlay;
  return values;
}

/** The variables as one CSS declaration block (`--a: 1; --b: 2;`). */
export function cssVariablesToDeclarations(variables: Record<string, string>): string {
  return Object.entries(variables)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
}
