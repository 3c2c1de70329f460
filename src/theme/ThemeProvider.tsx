import { createContext, useContext, useMemo, type ComponentProps } from 'react';
import { css, styled, StyleSheetManager, ThemeProvider as StyledThemeProvider } from 'styled-components';
import type { Direction } from '../i18n/direction.js';
import { cssVariablesToDeclarations, themeToCssVariables, themeVars } from './cssVariables.js';
import { createTheme, defaultTheme, type ResolvedTheme, type ThemeInput } from './tokens.js';

const NAME = 'ThemeProvider';

/** Whether a `ThemeProvider` is already above: a nested one without a theme inherits its variables. */
const NestedThemeContext = createContext(false);

export interface ThemeProviderProps extends ComponentProps<'div'> {
  /**
   * Any subset of the theme, or a theme made with `createTheme`. Without it, a provider nested in
   * another inherits the outer theme (an editor's preview in another language keeps the look);
   * a top-level one uses the default theme.
   * @default the outer theme, else defaultTheme
   */
  theme?: ThemeInput | ResolvedTheme | undefined;
  /** Text direction of the subtree; logical CSS properties follow it. @default 'ltr' */
  dir?: Direction | undefined;
  /** CSP nonce put on the `<style>` elements styled-components inserts in the browser. */
  nonce?: string | undefined;
}

const isResolved = (theme: ThemeInput | ResolvedTheme): theme is ResolvedTheme => 'derived' in theme;

/** The default theme, resolved once (deriving its colours checks contrasts), not per provider. */
let resolvedDefault: ResolvedTheme | undefined;

function resolveTheme(theme: ThemeInput | ResolvedTheme | undefined): ResolvedTheme {
  if (!theme) return (resolvedDefault ??= createTheme());
  if (isResolved(theme)) return theme;
  try {
    return createTheme(theme);
  } catch (error) {
    // An admin-entered colour must never take the portal down: keep the default look.
    console.warn(`[helpdesk-portal-kit] ${NAME}: ${(error as Error).message}; using the default theme.`);
    return createTheme({}, defaultTheme);
  }
}

// The custom properties of each theme given, and of the default theme, made once: resolving a
// theme (colour parsing, contrast checks) is most of a provider's work, and a server renders
// the same theme object on every request. Theme objects are not changed once given, as for
// any React prop.
const declarationsByTheme = new WeakMap<object, string>();
let defaultDeclarations: string | undefined;

function themeDeclarations(theme: ThemeInput | ResolvedTheme | undefined): string {
  if (!theme) return (defaultDeclarations ??= cssVariablesToDeclarations(themeToCssVariables(resolveTheme(undefined))));
  let declarations = declarationsByTheme.get(theme);
  if (declarations === undefined) {
    declarations = cssVariablesToDeclarations(themeToCssVariables(resolveTheme(theme)));
    declarationsByTheme.set(theme, declarations);
  }
  return declarations;
}

const Root = styled.div<{ $variables: string }>`
  ${({ $variables }) => css`
    ${$variables}
  `}
  color: var(--hpk-color-text);
  font-family: var(--hpk-font-family);
  font-size: var(--hpk-font-size-md);
  line-height: var(--hpk-font-line-height);
  text-align: start;
  /* Long words, pasted addresses and compounds break where they would otherwise widen their box
     (inherited by every component; it also lets flex and grid items shrink around them). */
  overflow-wrap: anywhere;

  &,
  & *,
  & *::before,
  & *::after {
    box-sizing: border-box;
  }

  /* Links anywhere in the portal (also the host's router links) read as links on any surface;
     :where() keeps the specificity at one class so every component's own styles win. */
  & :where(a) {
    color: var(--hpk-color-primary-text);
  }
  & :where(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: var(--hpk-focus-ring-width) solid var(--hpk-color-focus);
    outline-offset: var(--hpk-focus-ring-offset);
  }
`;

/**
 * Emits the theme as `--hpk-*` custom properties on its root element and gives the
 * library's styled parts a theme of `var()` references. Nothing outside the root is styled.
 */
export function ThemeProvider({ theme, dir = 'ltr', nonce, children, ...rootProps }: ThemeProviderProps) {
  const nested = useContext(NestedThemeContext);
  const inherits = nested && theme === undefined;
  const declarations = useMemo(
    // Custom properties inherit through the DOM, so an inheriting provider emits none.
    () => (inherits ? '' : themeDeclarations(theme)),
    [inherits, theme],
  );

  const content = (
    <NestedThemeContext.Provider value>
      <StyledThemeProvider theme={themeVars}>
        <Root data-slot="portal-root" data-hpk-root="" dir={dir} $variables={declarations} {...rootProps}>
          {children}
        </Root>
      </StyledThemeProvider>
    </NestedThemeContext.Provider>
  );
  // On the server the host's ServerStyleSheet carries the nonce; a sheet made here would
  // detach our styles from the one it collects.
  if (nonce && typeof document !== 'undefined') {
    return <StyleSheetManager nonce={nonce}>{content}</StyleSheetManager>;
  }
  return content;
}
ThemeProvider.displayName = NAME;
