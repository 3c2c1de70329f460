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

/** Text only screen readers read (e.g. "opens in a new tab"). */
export const VisuallyHidden = styled.span`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;
