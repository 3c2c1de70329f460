import { css, styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** The width below which the navigation folds into the "Menu" disclosure (of the layout, not the window). */
const NARROW = '48rem';
const WIDE = '48.0625rem';

// The header is drawn on the primary colour: its text and focus rings use `onPrimary`, which
// the theme keeps readable on it (the primary's own focus colour may not be).
const onPrimaryFocus = css`
  &:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.onPrimary};
    outline-offset: ${theme.focusRing.offset};
  }
`;

/**
 * The outermost element, which the admin's CSS can never select (every rule it keeps is scoped
 * to the element inside). Paint containment makes it the containing block of `position: fixed`
 * descendants and clips what they paint, so no rule can cover the host's page; the size
 * container lets the navigation fold by the layout's own width.
 */
export const LayoutFrame = styled.div`
  position: relative;
  contain: paint;
  isolation: isolate;
  container: hpk-layout / inline-size;
`;

/**
 * The root the admin's custom CSS is scoped to (`body {}` and `:root {}` land here). It carries
 * the admin's brand colours as `--hpk-*` variables over the host's theme.
 */
export const LayoutRoot = styled.div<{ $variables: string }>`
  ${({ $variables }) => css`
    ${$variables}
  `}
  display: flex;
  flex-direction: column;
  min-block-size: 100%;
  background: ${theme.color.background};
  color: ${theme.color.text};
`;

export const SkipLink = styled.a`
  position: absolute;
  inset-block-start: ${theme.space.sm};
  inset-inline-start: ${theme.space.sm};
  z-index: 1;
  display: inline-flex;
  align-items: center;
  min-block-size: 2.75rem;
  padding-inline: ${theme.space.md};
  border-radius: ${theme.radius.md};
  background: ${theme.color.surface};
  color: ${theme.color.primaryText};
  font-weight: ${theme.font.fontWeightBold};
  box-shadow: ${theme.shadow.overlay};
  /* Off screen until focused; the frame clips it, so it never shows over the host's page. */
  transform: translateY(-300%);

  &:focus {
    transform: none;
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;

export const Header = styled.header`
  background: ${theme.color.primary};
  color: ${theme.color.onPrimary};
`;

export const TopBar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${theme.space.sm} ${theme.space.lg};
  padding-block: ${theme.space.sm};
  padding-inline: ${theme.space.lg};
`;

/** The logo (or the portal's name) at the start of the header: top-left, top-right in RTL. */
export const Brand = styled.span`
  display: inline-flex;
  align-items: center;
  min-block-size: 2.75rem;
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};

  /* Where narrow, the logo has a row of its own from the first paint, so a logo that arrives
     later never wraps the controls onto a new line. */
  @container hpk-layout (max-width: ${NARROW}) {
    flex-basis: 100%;
  }

  & a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    color: inherit;
    text-decoration: none;
    ${onPrimaryFocus}
  }

  & img {
    display: block;
    block-size: 2.5rem;
    inline-size: auto;
    max-inline-size: 14rem;
    object-fit: contain;
  }
`;

/**
 * In the logo's place when the layout settings cannot be read: a short message and a retry,
 * no taller than the logo's box (two short lines at most), so nothing below moves.
 */
export const BrandError = styled.span`
  display: inline-flex;
  flex-wrap: nowrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  font-weight: ${({ theme }) => theme.font.fontWeightNormal};
  line-height: 1.25;

  & > span {
    max-inline-size: 16rem;
  }
`;

export const Controls = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${theme.space.sm} ${theme.space.md};
`;

export const LanguageLabel = styled.label`
  display: inline-flex;
  align-items: center;
  gap: ${theme.space.xs};
  font-size: ${theme.font.fontSizeSm};
`;

export const LanguageSelect = styled.select`
  min-block-size: 2.75rem;
  padding-inline: ${theme.space.sm};
  font: inherit;
  background: ${theme.color.surface};
  color: ${theme.color.text};
  border: 1px solid ${theme.color.controlBorder};
  border-radius: ${theme.radius.sm};
  ${onPrimaryFocus}
`;

export const Account = styled.div`
  display: inline-flex;
  align-items: center;
  gap: ${theme.space.sm};
  font-size: ${theme.font.fontSizeSm};
`;

export const AvatarImage = styled.img`
  display: block;
  inline-size: 2rem;
  block-size: 2rem;
  border-radius: ${theme.radius.pill};
  object-fit: cover;
  background: ${theme.color.surface};
`;

export const AvatarFallback = styled.svg`
  display: block;
  inline-size: 2rem;
  block-size: 2rem;
  border-radius: ${theme.radius.pill};
  background: ${theme.color.surface};
  color: ${theme.color.textMuted};
`;

export const HeaderButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: ${theme.space.xs};
  min-block-size: 2.75rem;
  padding-inline: ${theme.space.md};
  font: inherit;
  font-weight: ${theme.font.fontWeightBold};
  color: inherit;
  background: transparent;
  border: 1px solid currentColor;
  border-radius: ${theme.radius.pill};
  cursor: pointer;
  ${onPrimaryFocus}
`;

export const Navigation = styled.nav`
  padding-inline: ${theme.space.lg};
  border-block-start: 1px solid color-mix(in srgb, currentColor 30%, transparent);
`;

// Without container queries (old browsers, jsdom) the button and the open list both show.
export const MenuToggle = styled(HeaderButton)`
  margin-block: ${theme.space.sm};

  & svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  @container hpk-layout (min-width: ${WIDE}) {
    display: none;
  }
`;

export const NavigationList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${theme.space.lg};
  margin: 0;
  padding: 0;
  list-style: none;

  @container hpk-layout (max-width: ${NARROW}) {
    flex-direction: column;
    padding-block-end: ${theme.space.sm};

    &[data-state='closed'] {
      display: none;
    }
  }

  & a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    color: inherit;
    text-decoration: none;
    border-block-end: 3px solid transparent;
    ${onPrimaryFocus}
  }

  & a:hover {
    text-decoration: underline;
  }

  & a[aria-current='page'] {
    border-block-end-color: currentColor;
    font-weight: ${theme.font.fontWeightBold};
  }
`;

export const Main = styled.main`
  flex: 1 0 auto;
  inline-size: 100%;
  max-inline-size: 64rem;
  margin-inline: auto;
  padding-block: ${theme.space.xl};
  padding-inline: ${theme.space.lg};
  color: ${theme.color.text};

  &:focus {
    outline: none;
  }
`;

export const Footer = styled.footer`
  padding-block: ${theme.space.lg};
  padding-inline: ${theme.space.lg};
  border-block-start: 1px solid ${theme.color.border};
  background: ${theme.color.surface};
  color: ${theme.color.textMuted};
  font-size: ${theme.font.fontSizeSm};

  & a {
    color: ${theme.color.primaryText};
  }

  & a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;
