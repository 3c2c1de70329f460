import { css, styled } from 'styled-components';
import type { TicketStateType } from '../../model/index.js';

export const TicketListRoot = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.md};
  min-inline-size: 0;
`;

export const TicketListHeader = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};

  & > a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: ${({ theme }) => theme.color.primaryText};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }

  & > a:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

export const TicketListTitle = styled.h2`
  margin: 0;
  font-size: ${({ theme }) => theme.font.fontSizeXl};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
`;

export const TicketToolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: end;
  gap: ${({ theme }) => theme.space.md};

  & label {
    display: grid;
    gap: ${({ theme }) => theme.space.xxs};
    font-size: ${({ theme }) => theme.font.fontSizeSm};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }

  & select {
    min-block-size: 2.5rem;
    padding-inline: ${({ theme }) => theme.space.sm};
    border: 1px solid ${({ theme }) => theme.color.controlBorder};
    border-radius: ${({ theme }) => theme.radius.sm};
    background: ${({ theme }) => theme.color.surface};
    color: ${({ theme }) => theme.color.text};
    font: inherit;
  }

  & select:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

export const TicketSummary = styled.p`
  margin: 0;
  margin-inline-start: auto;
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;

/** The rows. Virtualized lists position their rows (through the CSSOM, never a style attribute) once mounted. */
export const TicketItems = styled.ul`
  position: relative;
  margin: 0;
  padding: 0;
  list-style: none;
  border-block-start: 1px solid ${({ theme }) => theme.color.border};

  &[data-virtualized='true'] > li {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    inline-size: 100%;
  }
`;

export const TicketRowRoot = styled.li`
  position: relative;
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  gap: ${({ theme }) => `${theme.space.xxs} ${theme.space.md}`};
  padding: ${({ theme }) => `${theme.space.sm} ${theme.space.xs}`};
  border-block-end: 1px solid ${({ theme }) => theme.color.border};
  background: ${({ theme }) => theme.color.surface};

  &:hover,
  &:focus-within {
    background: ${({ theme }) => theme.color.surfaceMuted};
  }

  @media (max-width: 30rem) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

export const TicketTitleLine = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-inline-size: 0;
  overflow-wrap: anywhere;

  & > a,
  & > span[data-slot='safe-link'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: ${({ theme }) => theme.color.primaryText};
  }

  & > a:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }

  [data-state='unread'] > & > a {
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }
`;

export const UnreadDot = styled.span`
  flex: none;
  inline-size: 0.625rem;
  block-size: 0.625rem;
  border-radius: ${({ theme }) => theme.radius.pill};
  background: ${({ theme }) => theme.color.primaryText};
`;

export const TicketMeta = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  grid-column: 1;
`;

export const TicketNumber = styled.span`
  font-family: ${({ theme }) => theme.font.monospaceFontFamily};
`;

/** Each state type's colour, as text on the surface (AA by the theme's derivation). */
const badgeColor = { new: 'infoText', open: 'accentText', pending: 'warningText', closed: 'successText' } as const satisfies Record<TicketStateType, string>;

export const StateBadge = styled.span<{ $stateType: TicketStateType }>`
  display: inline-flex;
  align-items: center;
  padding-inline: ${({ theme }) => theme.space.xs};
  border: 1px solid currentColor;
  border-radius: ${({ theme }) => theme.radius.pill};
  background: ${({ theme }) => theme.color.surface};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  ${({ theme, $stateType }) => css`
    color: ${theme.color[badgeColor[$stateType]]};
  `}
`;

export const TicketChanged = styled.span`
  position: relative;
  grid-column: 2;
  grid-row: 1 / span 2;
  align-self: center;
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  white-space: nowrap;

  @media (max-width: 30rem) {
    grid-column: 1;
    grid-row: auto;
  }
`;

/** The exact time, shown while the row is hovered or holds focus; always the link's description. */
export const ExactTime = styled.span`
  display: none;
  position: absolute;
  inset-block-end: calc(100% + ${({ theme }) => theme.space.xxs});
  inset-inline-end: 0;
  z-index: 1;
  padding: ${({ theme }) => `${theme.space.xxs} ${theme.space.xs}`};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.text};
  color: ${({ theme }) => theme.color.surface};
  white-space: nowrap;

  li:hover &,
  li:focus-within & {
    display: block;
  }
`;

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

export const LoadMoreButton = styled.button`
  align-self: center;
  min-block-size: 2.5rem;
  padding-inline: ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.pill};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.primaryText};
  font: inherit;
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  cursor: pointer;

  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }

  &:disabled {
    cursor: progress;
  }
`;
