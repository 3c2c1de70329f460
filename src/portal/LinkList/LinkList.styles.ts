import { css, styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

export const LinkListGroupRoot = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  gap: ${theme.space.xl};
`;

export const LinkListRoot = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${theme.space.sm};
  min-inline-size: 0;
  overflow-wrap: anywhere;
`;

export const LinkListTitle = styled.h3`
  margin: 0;
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};
`;

/** A link of the list (and the "show more" link): at least 24 px tall, with a visible focus ring. */
const linkItem = css`
  & > a,
  & > span {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }

  & > a {
    color: ${theme.color.primaryText};
  }

  & > a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;

/** The links. Each item is a plain `li` styled from here: one styled part per list, not per link. */
export const LinkListItems = styled.ul`
  display: grid;
  gap: ${theme.space.xs};
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    ${linkItem}
  }
`;

export const LinkListMore = styled.p`
  margin: 0;
  ${linkItem}

  & > a {
    font-weight: ${theme.font.fontWeightBold};
  }
`;
