import { css, styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';
import { cssVariableNames } from '../../theme/cssVariables.js';

export const TeaserRowRoot = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
  gap: ${theme.space.lg};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const TeaserItem = styled.li`
  display: flex;
  min-inline-size: 0;
`;

/**
 * One teaser. The title's link covers the whole card (its `::after`), so the card is one
 * click target with one accessible name, and keyboard focus shows on the card's outline.
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
`;

/** Reserves the image's space (16:9) before it loads: no layout shift. */
export const TeaserMedia = styled.div`
  aspect-ratio: 16 / 9;
  background: ${theme.color.surfaceMuted};

  & > img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;

export const TeaserBody = styled.div`
  display: grid;
  gap: ${theme.space.xs};
  padding: ${theme.space.md};
  overflow-wrap: anywhere;
`;

export const TeaserTitle = styled.h3`
  margin: 0;
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};

  & > a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  & > a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  & > a:focus-visible {
    outline: none;
  }
`;

export const TeaserText = styled.p`
  margin: 0;
`;
