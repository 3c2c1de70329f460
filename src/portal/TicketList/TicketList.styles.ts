import { styled } from 'styled-components';
import { visuallyHidden } from '../../internal/visuallyHidden.js';
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

/**
 * The rows, and each row's parts. A row and its parts are plain elements styled from here (by
 * `li` and `data-slot`): a long list mounts rows as it scrolls, and a styled component per row
 * would compose, hash and look up its class for every row mounted. Virtualized lists position
 * their rows (through the CSSOM, never a style attribute) once mounted.
 */
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

  /* One row: title link, number, state badge and last change. */
  & > li {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: ${theme.space.xxs} ${theme.space.md};
    padding: ${theme.space.sm} ${theme.space.xs};
    border-block-end: 1px solid ${theme.color.border};
    background: ${theme.color.surface};

    /* Marked by an outline, not a darker background: the theme keeps the link's, the muted text's
       and the badges' colours readable on the surface, not on a muted one. */
    &:hover,
    &:focus-within {
      box-shadow: inset 0 0 0 1px ${theme.color.controlBorder};
    }

    & > [data-slot='ticket-list-row-title'] {
      display: flex;
      align-items: center;
      gap: ${theme.space.xs};
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    & > [data-slot='ticket-list-row-title'] > a,
    & > [data-slot='ticket-list-row-title'] > span[data-slot='safe-link'] {
      display: inline-flex;
      align-items: center;
      min-block-size: 24px;
      color: ${theme.color.primaryText};
    }

    & > [data-slot='ticket-list-row-title'] > a:focus-visible {
      outline: ${theme.focusRing.width} solid ${theme.color.focus};
      outline-offset: ${theme.focusRing.offset};
    }

    &[data-state='unread'] > [data-slot='ticket-list-row-title'] > a {
      font-weight: ${theme.font.fontWeightBold};
    }

    & [data-slot='ticket-list-unread-marker'] {
      flex: none;
      inline-size: 0.625rem;
      block-size: 0.625rem;
      border-radius: ${theme.radius.pill};
      background: ${theme.color.primaryText};
    }

    & [data-slot='ticket-list-unread-label'] {
      ${visuallyHidden}
    }

    & > [data-slot='ticket-list-row-meta'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${theme.space.sm};
      color: ${theme.color.textMuted};
      font-size: ${theme.font.fontSizeSm};
      grid-column: 1;
    }

    & [data-slot='ticket-list-number'] {
      font-family: ${theme.font.monospaceFontFamily};
    }

    /* The state badge, in its state type's colour as text on the surface (AA by the theme's derivation). */
    & [data-slot='ticket-list-state'] {
      display: inline-flex;
      align-items: center;
      padding-inline: ${theme.space.xs};
      border: 1px solid currentColor;
      border-radius: ${theme.radius.pill};
      background: ${theme.color.surface};
      font-weight: ${theme.font.fontWeightBold};
    }
    & [data-slot='ticket-list-state'][data-state='new'] {
      color: ${theme.color.infoText};
    }
    & [data-slot='ticket-list-state'][data-state='open'] {
      color: ${theme.color.accentText};
    }
    & [data-slot='ticket-list-state'][data-state='pending'] {
      color: ${theme.color.warningText};
    }
    & [data-slot='ticket-list-state'][data-state='closed'] {
      color: ${theme.color.successText};
    }

    & > [data-slot='ticket-list-changed'] {
      position: relative;
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
      color: ${theme.color.textMuted};
      font-size: ${theme.font.fontSizeSm};
      white-space: nowrap;
    }

    /* The exact time, shown while the row is hovered or holds focus; always the link's description. */
    & [data-slot='ticket-list-changed-exact'] {
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
    }
    &:hover [data-slot='ticket-list-changed-exact'],
    &:focus-within [data-slot='ticket-list-changed-exact'] {
      display: block;
    }

    @media (max-width: 30rem) {
      grid-template-columns: minmax(0, 1fr);

      & > [data-slot='ticket-list-changed'] {
        grid-column: 1;
        grid-row: auto;
      }
    }
  }
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
