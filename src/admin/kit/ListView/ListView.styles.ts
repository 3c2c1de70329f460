import { css, styled } from 'styled-components';

export const ListRoot = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;

export const ListToolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};
  & > [data-slot='field'] {
    margin-block-end: 0;
    flex: 0 1 24rem;
  }
`;

export const TableScroller = styled.div`
  overflow-x: auto;
`;

/**
 * The admin screens' data tables: full width, a bold caption, ruled rows and muted column
 * headings (the list view's and the translation status's tables).
 */
export const adminTableStyles = css`
  inline-size: 100%;
  border-collapse: collapse;
  & caption {
    text-align: start;
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
    padding-block-end: ${({ theme }) => theme.space.xs};
  }
  & th,
  & td {
    padding-block: ${({ theme }) => theme.space.xs};
    padding-inline: ${({ theme }) => theme.space.sm};
    border-block-end: 1px solid ${({ theme }) => theme.color.border};
    text-align: start;
  }
  & thead th {
    font-size: ${({ theme }) => theme.font.fontSizeSm};
    color: ${({ theme }) => theme.color.textMuted};
  }
`;

export const Table = styled.table`
  ${adminTableStyles}
  & th,
  & td {
    vertical-align: middle;
  }
  & tbody tr:hover,
  & tbody tr:focus-within {
    background: ${({ theme }) => theme.color.surfaceMuted};
  }
`;

export const SortButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xxs};
  min-block-size: 1.75rem;
  padding: 0;
  border: 0;
  background: transparent;
  color: inherit;
  font: inherit;
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  cursor: pointer;
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

export const RowActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
  justify-content: flex-end;
`;

export const Pager = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};
  & > p {
    margin: 0;
    color: ${({ theme }) => theme.color.textMuted};
  }
`;

export const StateBox = styled.div`
  display: grid;
  justify-items: start;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.lg};
  border: 1px dashed ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  & > p {
    margin: 0;
  }
`;
