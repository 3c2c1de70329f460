import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** A refused link: plain text, visibly not a link. */
export const BlockedLink = styled.span`
  color: ${theme.color.textMuted};
  text-decoration: line-through;
  text-decoration-style: dotted;
`;

/** The visible explanation beside a refused link. */
export const BlockedMarker = styled.span`
  display: inline-block;
  font-size: ${theme.font.fontSizeSm};
  font-style: italic;
  color: ${theme.color.textMuted};
  text-decoration: none;
`;

