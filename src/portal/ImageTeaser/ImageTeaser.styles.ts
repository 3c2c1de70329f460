import { css, styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';
import { cssVariableNames } from '../../theme/cssVariables.js';

/** The row; each item is a plain `li` styled from here (one styled part per row, not per teaser). */
export const TeaserRowRoot = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
  gap: ${theme.space.lg};
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    display: flex;
    min-inline-size: 0;
  }
`;

/**
 * One teaser. The title's link covers the whole card (its `::after`), so the card is one
 * click target with one accessible name, and keyboard focus shows on the card's outline. Its
 * image box, body, title and text are plain elements styled from here by their `data-slot` (one
 * styled part per teaser, not five: each costs a server render its share).
 */
export const TeaserRoot = styled.article<{ $background: string | undefined; $text: string | undefined }>`
  position: relative;
  display: flex;
  flex-direction: column;
  inline-size: 100%;
  overflow: hidden;
  border: 1px solid ${theme.color.border};
  border-radius: ${theme.radius.md};
  background: ${({ $background }) => $background ?? theme.color.surface};
  color: ${({ $text }) => $text ?? theme.color.text};
  /* Parts inside that read the theme's text colours (a refused link's muted text, for one)
     would pick the page's colours, which need not read on the admin's background: on a
     custom background every text colour is the checked one. */
  ${({ $text }) =>
    $text &&
    css`
      ${cssVariableNames.color.text}: ${$text};
      ${cssVariableNames.color.textMuted}: ${$text};
    `}
  box-shadow: ${theme.shadow.raised};

  &:focus-within {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }

  /* Reserves the image's space (16:9) before it loads: no layout shift. */
  & > [data-slot='image-teaser-media'] {
    aspect-ratio: 16 / 9;
    background: ${theme.color.surfaceMuted};
  }

  & > [data-slot='image-teaser-media'] > img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  & > [data-slot='image-teaser-body'] {
    display: grid;
    gap: ${theme.space.xs};
    padding: ${theme.space.md};
    overflow-wrap: anywhere;
  }

  & [data-slot='image-teaser-title'] {
    margin: 0;
    font-size: ${theme.font.fontSizeLg};
    font-weight: ${theme.font.fontWeightBold};
  }

  & [data-slot='image-teaser-title'] > a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  & [data-slot='image-teaser-title'] > a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  & [data-slot='image-teaser-title'] > a:focus-visible {
    outline: none;
  }

  & [data-slot='image-teaser-text'] {
    margin: 0;
  }
`;
