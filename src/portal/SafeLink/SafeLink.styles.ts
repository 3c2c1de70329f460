import { styled } from 'styled-components';

/** A refused link: plain text, visibly not a link. */
export const BlockedLink = styled.span`
  color: ${({ theme }) => theme.color.textMuted};
  text-decoration: line-through;
  text-decoration-style: dotted;
`;

/** The visible explanation beside a refused link. */
export const BlockedMarker = styled.span`
  display: inline-block;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  font-style: italic;
  color: ${({ theme }) => theme.color.textMuted};
  text-decoration: none;
`;

