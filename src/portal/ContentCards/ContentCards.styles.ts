import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** The cards; each item is a plain `li` styled from here (one styled part per list, not per card). */
export const CardsRoot = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  gap: ${theme.space.lg};
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    display: flex;
    min-inline-size: 0;
  }
`;

export const Card = styled.article`
  display: flex;
  flex-direction: column;
  gap: ${theme.space.sm};
  inline-size: 100%;
  padding: ${theme.space.lg};
  border: 1px solid ${theme.color.border};
  border-radius: ${theme.radius.md};
  background: ${theme.color.surface};
  color: ${theme.color.text};
  overflow-wrap: anywhere;
`;

export const CardTitle = styled.h3`
  margin: 0;
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};
`;

export const CardText = styled.p`
  margin: 0;
  flex-grow: 1;
  color: ${theme.color.textMuted};
  white-space: pre-line;
`;

export const CardFooter = styled.p`
  margin: 0;

  & > a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: ${theme.color.primaryText};
    font-weight: ${theme.font.fontWeightBold};
  }

  & > a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;

