import { css } from 'styled-components';

/**
 * The outlined pill of the admin lists' badges (validity, schedule): small, on one line, its
 * border in the text colour the badge sets.
 */
export const pillBadgeStyles = css`
  display: inline-flex;
  align-items: center;
  padding-block: 0.1em;
  padding-inline: ${({ theme }) => theme.space.xs};
  border: 1px solid currentColor;
  border-radius: ${({ theme }) => theme.radius.pill};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  white-space: nowrap;
`;
