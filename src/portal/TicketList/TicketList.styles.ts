import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

// Every value is one of the theme's `var(--hpk-…)` references, read once here rather than
// through a function per rendered element: static styles let styled-components reuse each part's
// class instead of re-resolving and hashing its CSS for every row a scrolling list mounts. The
// theme's colours and spacing still apply (and a host's plain CSS can still override them)
// through the custom properties.

export const TicketListRoot = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${theme.space.md};
  min-inline-size: 0;
`;

export const TicketListHeader = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: ${theme.space.sm};

  & > a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: ${theme.color.primaryText};
    font-weight: ${theme.font.fontWeightBold};
  }

  & > a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;

export const TicketListTitle = styled.h2`
  margin: 0;
  font-size: ${theme.font.fontSizeXl};
  font-weight: ${theme.font.fontWeightBold};
`;

export const TicketToolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: end;
  gap: ${theme.space.md};

  & label {
    display: grid;
    gap: ${theme.space.xxs};
    font-size: ${theme.font.fontSizeSm};
    font-weight: ${theme.font.fontWeightBold};
  }

  & select {
    min-block-size: 2.5rem;
    padding-inline: ${theme.space.sm};
    border: 1px solid ${theme.color.controlBorder};
    border-radius: ${theme.radius.sm};
    background: ${theme.color.surface};
    color: ${theme.color.text};
    font: inherit;
  }

  & select:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;

export const TicketSummary = styled.p`
  margin: 0;
  margin-inline-start: auto;
  color: ${theme.color.textMuted};
  font-size: ${theme.font.fontSizeSm};
`;

/** The rows. Virtualized lists position their rows (through the CSSOM, never a style attribute) once mounted. */
export const TicketItems = styled.ul`
  position: relative;
  margin: 0;
  padding: 0;
  list-style: none;
  border-block-start: 1px solid ${theme.color.border};

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
  gap: ${theme.space.xxs} ${theme.space.md};
  padding: ${theme.space.sm} ${theme.space.xs};
  border-block-end: 1px solid ${theme.color.border};
  background: ${theme.color.surface};

  &:hover,
  &:focus-within {
    background: ${theme.color.surfaceMuted};
  }

  @media (max-width: 30rem) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

export const TicketTitleLine = styled.div`
  display: flex;
  align-items: center;
  gap: ${theme.space.xs};
  min-inline-size: 0;
  overflow-wrap: anywhere;

  & > a,
  & > span[data-slot='safe-link'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: ${theme.color.primaryText};
  }

  & > a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }

  [data-state='unread'] > & > a {
    font-weight: ${theme.font.fontWeightBold};
  }
`;

export const UnreadDot = styled.span`
  flex: none;
  inline-size: 0.625rem;
  block-size: 0.625rem;
  border-radius: ${theme.radius.pill};
  background: ${theme.color.primaryText};
`;

export const TicketMeta = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${theme.space.sm};
  color: ${theme.color.textMuted};
  font-size: ${theme.font.fontSizeSm};
  grid-column: 1;
`;

export const TicketNumber = styled.span`
  font-family: ${theme.font.monospaceFontFamily};
`;

/** A state type's badge, in its colour as text on the surface (AA by the theme's derivation); the row sets `data-state`. */
export const StateBadge = styled.span`
  display: inline-flex;
  align-items: center;
  padding-inline: ${theme.space.xs};
  border: 1px solid currentColor;
  border-radius: ${theme.radius.pill};
  background: ${theme.color.surface};
  font-weight: ${theme.font.fontWeightBold};

  &[data-state='new'] {
    color: ${theme.color.infoText};
  }
  &[data-state='open'] {
    color: ${theme.color.accentText};
  }
  &[data-state='pending'] {
    color: ${theme.color.warningText};
  }
  &[data-state='closed'] {
    color: ${theme.color.successText};
  }
`;

export const TicketChanged = styled.span`
  position: relative;
  grid-column: 2;
  grid-row: 1 / span 2;
  align-self: center;
  color: ${theme.color.textMuted};
  font-size: ${theme.font.fontSizeSm};
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
  inset-block-end: calc(100% + ${theme.space.xxs});
  inset-inline-end: 0;
  z-index: 1;
  padding: ${theme.space.xxs} ${theme.space.xs};
  border-radius: ${theme.radius.sm};
  background: ${theme.color.text};
  color: ${theme.color.surface};
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
  padding-inline: ${theme.space.lg};
  border: 1px solid ${theme.color.controlBorder};
  border-radius: ${theme.radius.pill};
  background: ${theme.color.surface};
  color: ${theme.color.primaryText};
  font: inherit;
  font-weight: ${theme.font.fontWeightBold};
  cursor: pointer;

  &:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }

  &:disabled {
    cursor: progress;
  }
`;
