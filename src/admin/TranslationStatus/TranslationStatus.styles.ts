import { styled } from 'styled-components';
import { SafeLink } from '../../portal/SafeLink/index.js';
import { adminTableStyles } from '../kit/table.styles.js';

export const StatusRoot = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  & > h2 {
    margin: 0;
    font-size: ${({ theme }) => theme.font.fontSizeLg};
  }
  & > p {
    margin: 0;
    color: ${({ theme }) => theme.color.textMuted};
  }
`;

/** The counts per language: the admin table look, no wider than it needs, figures aligned. */
export const SummaryTable = styled.table`
  ${adminTableStyles}
  max-inline-size: 40rem;
  & td {
    font-variant-numeric: tabular-nums;
  }
`;

/** A column heading with its status icon. */
export const HeadingWithIcon = styled.span`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xxs};
`;

export const Filters = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${({ theme }) => theme.space.sm};
  & > label {
    display: grid;
    gap: ${({ theme }) => theme.space.xxs};
    font-size: ${({ theme }) => theme.font.fontSizeSm};
  }
`;

/** "Open" as a link into the host's router, looking like the admin's secondary buttons. */
export const OpenLink = styled(SafeLink)`
  display: inline-flex;
  align-items: center;
  min-block-size: 2.25rem;
  padding-inline: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.text};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  text-decoration: none;
  &:hover {
    text-decoration: underline;
  }
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;
