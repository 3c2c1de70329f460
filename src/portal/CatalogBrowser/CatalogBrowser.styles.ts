import { css, styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** The focus ring every interactive part of the catalog shows. */
export const focusRing = css`
  &:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;

/** Buttons that look like the links they stand for (when the host gives no `getHref`). */
export const navigationReset = css`
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  padding: 0;
  margin: 0;
  text-align: start;
  cursor: pointer;
`;

// Every styled component of the catalog is named: styled-components numbers unnamed ones in the
// order they are created, and in browser bundles the catalog's code loads after the rest (see
// catalogBrowserEntry.browser.tsx), so unnamed ones would get other class names than on a server
// and break hydration, the catalog's and everything's created after it.
export const Root = styled.div.withConfig({ displayName: 'CatalogRoot' })`
  display: grid;
  gap: ${theme.space.lg};
  grid-template-columns: minmax(0, 1fr);
  grid-template-areas: 'search' 'main' 'nav';

  /* The tree gives up width in a narrow container on a wide screen, so the main area keeps room. */
  @media (min-width: 56rem) {
    grid-template-columns: minmax(min(12rem, 35%), min(18rem, 35%)) minmax(0, 1fr);
    grid-template-areas: 'search search' 'nav main';
    align-items: start;
  }
`;

export const SearchArea = styled.div.withConfig({ displayName: 'CatalogSearchArea' })`
  grid-area: search;
`;

export const NavArea = styled.nav.withConfig({ displayName: 'CatalogNavArea' })`
  grid-area: nav;
  min-inline-size: 0;
`;

export const MainArea = styled.div.withConfig({ displayName: 'CatalogMainArea' })`
  grid-area: main;
  min-inline-size: 0;
  display: grid;
  /* One column as wide as the area: an item's image or a long breadcrumb cannot widen it. */
  grid-template-columns: minmax(0, 1fr);
  gap: ${theme.space.md};
  align-content: start;
`;

export const Heading = styled.h2.withConfig({ displayName: 'CatalogHeading' })`
  margin: 0;
  font-family: ${theme.font.headingFontFamily};
  font-size: ${theme.font.fontSizeXl};
  font-weight: ${theme.font.fontWeightBold};
  line-height: 1.2;

  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;

export const SectionHeading = styled.h3.withConfig({ displayName: 'CatalogSectionHeading' })`
  margin: 0 0 ${theme.space.sm};
  font-family: ${theme.font.headingFontFamily};
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};
`;

export const Description = styled.p.withConfig({ displayName: 'CatalogDescription' })`
  margin: 0;
  color: ${theme.color.textMuted};
`;

export const Mark = styled.mark.withConfig({ displayName: 'CatalogMark' })`
  color: ${theme.color.text};
  background: ${theme.color.surfaceMuted};
  font-weight: ${theme.font.fontWeightBold};
  text-decoration: underline;
  text-underline-offset: 0.15em;
`;

export const TextAction = styled.button.withConfig({ displayName: 'CatalogTextAction' })`
  ${navigationReset}
  ${focusRing}
  justify-self: start;
  min-block-size: 24px;
  color: ${theme.color.primaryText};
  text-decoration: underline;
  border-radius: ${theme.radius.sm};
`;

/** Loading, empty, not-found and error states. */
export const StateBox = styled.div.withConfig({ displayName: 'CatalogStateBox' })`
  display: grid;
  gap: ${theme.space.sm};
  justify-items: start;
  padding: ${theme.space.lg};
  border: 1px solid ${theme.color.border};
  border-radius: ${theme.radius.md};
  background: ${theme.color.surface};
`;


export const StateText = styled.p.withConfig({ displayName: 'CatalogStateText' })`
  margin: 0;
  color: ${theme.color.textMuted};
`;


