import { styled } from 'styled-components';

export const AdminRoot = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  color: ${({ theme }) => theme.color.text};
  & h2 {
    margin: 0;
    font-family: ${({ theme }) => theme.font.headingFontFamily};
    font-size: ${({ theme }) => theme.font.fontSizeXl};
  }
  & h3 {
    margin: 0;
    font-size: ${({ theme }) => theme.font.fontSizeLg};
  }
`;

export const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: end;
  gap: ${({ theme }) => theme.space.sm};
`;

export const TreeList = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  & & {
    padding-inline-start: ${({ theme }) => theme.space.lg};
    border-inline-start: 2px solid ${({ theme }) => theme.color.border};
    margin-inline-start: ${({ theme }) => theme.space.sm};
  }
  /* The row being dragged stays in place, dimmed; a preview follows the pointer. */
  & > li[data-dragging] > div {
    opacity: 0.5;
  }
`;

export const TreeRow = styled.div`
  position: relative;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
  padding-block: ${({ theme }) => theme.space.xs};
  border-block-end: 1px solid ${({ theme }) => theme.color.border};
`;

/** The handle a category row is dragged by: a 2.25rem (36px) target, above axe's 24px minimum. */
export const DragHandle = styled.button`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-inline-size: 2.25rem;
  min-block-size: 2.25rem;
  padding: 0;
  border: 1px solid ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.text};
  cursor: grab;
  touch-action: none;
  font: inherit;
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

/**
 * An invisible part of a row that takes drops: its top quarter ("before"), middle ("inside")
 * or bottom quarter ("after"). It lets pointer events through, so the row's buttons stay usable;
 * dnd-kit finds it by its measured rectangle. The part under the dragged category is marked.
 */
export const DropZone = styled.div<{ $position: 'before' | 'inside' | 'after' | 'whole' }>`
  position: absolute;
  inset-inline: 0;
  pointer-events: none;
  border-radius: ${({ theme }) => theme.radius.sm};
  ${({ $position }) =>
    $position === 'before'
      ? 'inset-block-start: 0; block-size: 25%;'
      : $position === 'after'
        ? 'inset-block-end: 0; block-size: 25%;'
        : $position === 'inside'
          ? 'inset-block: 25%;'
          : 'inset-block: 0;'}
  &[data-state='over'] {
    ${({ $position, theme }) =>
      $position === 'before'
        ? `border-block-start: 3px solid ${theme.color.focus};`
        : $position === 'after'
          ? `border-block-end: 3px solid ${theme.color.focus};`
          : `outline: 2px dashed ${theme.color.focus}; outline-offset: 2px;`}
  }
  &[data-state='refused'] {
    outline: 2px dashed ${({ theme }) => theme.color.danger};
    outline-offset: 2px;
  }
`;

/** Where a category is dropped to move it to the top level; shown (and announced) only while dragging. */
export const TopLevelDropZone = styled.div`
  display: flex;
  align-items: center;
  justify-content: center;
  min-block-size: 2.75rem;
  margin-block-start: ${({ theme }) => theme.space.sm};
  padding-inline: ${({ theme }) => theme.space.md};
  border: 2px dashed ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.md};
  color: ${({ theme }) => theme.color.textMuted};
  /* Kept in the layout while hidden: rows never shift when a drag starts, so measured drop zones stay right. */
  &[data-state='idle'] {
    visibility: hidden;
  }
  &[data-over='true'] {
    border-color: ${({ theme }) => theme.color.focus};
    color: ${({ theme }) => theme.color.text};
  }
`;

/** The row under the pointer while a category is dragged. */
export const DragPreview = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
  box-sizing: border-box;
  block-size: 100%;
  padding-inline: ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.color.focus};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.surface};
  box-shadow: ${({ theme }) => theme.shadow.raised};
  color: ${({ theme }) => theme.color.text};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  cursor: grabbing;
  opacity: 0.95;
`;

export const TreeTitle = styled.span`
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  min-inline-size: 10rem;
  flex: 1 1 10rem;
`;

export const Muted = styled.span`
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;

export const HiddenReason = styled.span<{ $hidden: boolean }>`
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme, $hidden }) => ($hidden ? theme.color.warningText : theme.color.successText)};
`;

export const Fieldset = styled.fieldset`
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  padding: ${({ theme }) => theme.space.md};
  margin: 0;
  min-inline-size: 0;
  & > legend {
    padding-inline: ${({ theme }) => theme.space.xs};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }
`;

export const CheckList = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  max-block-size: 18rem;
  overflow: auto;
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.sm};
  & > li {
    padding-block: ${({ theme }) => theme.space.xxs};
    padding-inline: ${({ theme }) => theme.space.sm};
  }
  & label {
    display: inline-flex;
    align-items: center;
    gap: ${({ theme }) => theme.space.xs};
    min-block-size: 24px;
    cursor: pointer;
  }
  & input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
`;

export const Indent = styled.span<{ $depth: number }>`
  display: inline-block;
  inline-size: ${({ $depth }) => `${$depth * 1.25}rem`};
`;

export const LinkRow = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
  align-items: end;
  @media (max-width: 40rem) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

export const ImagePreview = styled.img`
  display: block;
  max-inline-size: 12rem;
  max-block-size: 8rem;
  object-fit: contain;
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.sm};
`;

export const StatusBox = styled.div`
  padding: ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.surface};
`;

export const FormGrid = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  max-inline-size: 60rem;
`;
