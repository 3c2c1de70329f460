import { css } from 'styled-components';

/** What every admin table shares: full width, collapsed borders, a bold caption, cells aligned to the start. */
const tableBaseStyles = css`
  inline-size: 100%;
  border-collapse: collapse;
  & caption {
    text-align: start;
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
    padding-block-end: ${({ theme }) => theme.space.xs};
  }
  & th,
  & td {
    text-align: start;
  }
`;

/**
 * The admin screens' data tables: ruled rows and muted column headings (the list view's and
 * the translation status's tables).
 */
export const adminTableStyles = css`
  ${tableBaseStyles}
  & th,
  & td {
    padding-block: ${({ theme }) => theme.space.xs};
    padding-inline: ${({ theme }) => theme.space.sm};
    border-block-end: 1px solid ${({ theme }) => theme.color.border};
  }
  & thead th {
    font-size: ${({ theme }) => theme.font.fontSizeSm};
    color: ${({ theme }) => theme.color.textMuted};
  }
`;

/**
 * The admin screens' comparison tables (a conflict's two versions, a history's field diff):
 * every cell ruled, values from the top, long words broken anywhere.
 */
export const compareTableStyles = css`
  ${tableBaseStyles}
  & th,
  & td {
    padding: ${({ theme }) => theme.space.xs};
    border: 1px solid ${({ theme }) => theme.color.border};
    vertical-align: top;
    overflow-wrap: anywhere;
  }
`;
