import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/**
 * The cards. Each card and its title, text and footer are plain elements styled from here by
 * their `data-slot` (one styled part per list, not four per card: each styled part costs a
 * server render its share).
 */
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

  & [data-slot='content-card'] {
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
  }

  & [data-slot='content-card-title'] {
    margin: 0;
    font-size: ${theme.font.fontSizeLg};
    font-weight: ${theme.font.fontWeightBold};
  }

  & [data-slot='content-card-text'] {
    margin: 0;
    flex-grow: 1;
    color: ${theme.color.textMuted};
    white-space: pre-line;
  }

  & [data-slot='content-card-footer'] {
    margin: 0;
  }

  & [data-slot='content-card-footer'] > a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: ${theme.color.primaryText};
    font-weight: ${theme.font.fontWeightBold};
  }

  & [data-slot='content-card-footer'] > a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;
