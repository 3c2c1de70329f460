import { styled } from 'styled-components';
import { adminTableStyles } from '../table.styles.js';

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

export const Table = styled.table`
  ${adminTableStyles}
  & th,
  & td {
    vertical-align: middle;
  }
  /* The row under the pointer or holding the focus is framed, not tinted: the state colours of
     badges and links reach 4.5:1 on the surface only, and a tint took them below it. */
  & tbody tr:hover > *,
  & tbody tr:focus-within > * {
    box-shadow:
      inset 0 1px 0 ${({ theme }) => theme.color.controlBorder},
      inset 0 -1px 0 ${({ theme }) => theme.color.controlBorder};
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
