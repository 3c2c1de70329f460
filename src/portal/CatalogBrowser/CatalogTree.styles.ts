import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

export const Tree = styled.ul.withConfig({ displayName: 'CatalogTree' })`
  list-style: none;
  margin: 0;
  padding: 0;
`;

export const Group = styled.ul.withConfig({ displayName: 'CatalogGroup' })`
  list-style: none;
  margin: 0;
  padding: 0;
  padding-inline-start: ${theme.space.md};
`;

export const TreeItem = styled.li.withConfig({ displayName: 'CatalogTreeItem' })`
  margin: 0;
`;

/** The treeitem itself: one row with the arrow and the name. */
export const Row = styled.div.withConfig({ displayName: 'CatalogRow' })`
  display: flex;
  align-items: center;
  gap: ${theme.space.xs};
  min-block-size: 2rem;
  padding-inline: ${theme.space.xs};
  border-inline-start: 3px solid transparent;
  border-radius: ${theme.radius.sm};
  cursor: pointer;

  &:hover {
    text-decoration: underline;
  }
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: calc(-1 * ${theme.focusRing.width});
  }
  &[aria-selected='true'] {
    background: ${theme.color.surfaceMuted};
    font-weight: ${theme.font.fontWeightBold};
    border-inline-start-color: ${theme.color.primary};
  }
`;

export const Toggle = styled.span.withConfig({ displayName: 'CatalogToggle' })`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
  inline-size: 1.5rem;
  block-size: 1.5rem;
  color: ${theme.color.textMuted};

  &::before {
    content: '';
    inline-size: 0.45rem;
    block-size: 0.45rem;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  [dir='rtl'] &::before {
    transform: rotate(135deg);
  }
  &[data-state='open']::before {
    transform: rotate(45deg);
  }
  &[data-state='leaf']::before {
    content: none;
  }
`;
