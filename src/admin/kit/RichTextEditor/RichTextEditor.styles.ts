import { styled } from 'styled-components';

export const EditorFrame = styled.div`
  border: 1px solid ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surface};
  &[data-invalid='true'] {
    border-color: ${({ theme }) => theme.color.danger};
    border-width: 2px;
  }
  &:focus-within {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

export const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.xxs};
  border-block-end: 1px solid ${({ theme }) => theme.color.border};
  background: ${({ theme }) => theme.color.surfaceMuted};
`;

export const ToolbarSeparator = styled.span`
  inline-size: 1px;
  align-self: stretch;
  background: ${({ theme }) => theme.color.border};
  margin-inline: ${({ theme }) => theme.space.xxs};
`;

export const ToolButton = styled.button`
  position: relative;
  min-inline-size: 2rem;
  min-block-size: 2rem;
  padding-inline: ${({ theme }) => theme.space.xs};
  border: 1px solid transparent;
  border-radius: ${({ theme }) => theme.radius.sm};
  background: transparent;
  color: ${({ theme }) => theme.color.text};
  font: inherit;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  cursor: pointer;
  &[aria-pressed='true'] {
    background: ${({ theme }) => theme.color.surface};
    border-color: ${({ theme }) => theme.color.controlBorder};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }
  &:hover:not(:disabled) {
    background: ${({ theme }) => theme.color.surface};
  }
  &:disabled {
    color: ${({ theme }) => theme.color.textMuted};
    cursor: not-allowed;
  }
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
  }
`;

export const InlineForm = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.sm};
  border-block-end: 1px solid ${({ theme }) => theme.color.border};
  & > label {
    display: grid;
    gap: ${({ theme }) => theme.space.xxs};
    flex: 1 1 14rem;
  }
  & > [data-slot='editor-form-error'] {
    flex-basis: 100%;
  }
`;

export const EditorArea = styled.div`
  & .ProseMirror {
    min-block-size: 12rem;
    padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
    outline: none;
    color: ${({ theme }) => theme.color.text};
  }
  & .ProseMirror a {
    color: ${({ theme }) => theme.color.primaryText};
  }
  & .ProseMirror img {
    max-inline-size: 100%;
    block-size: auto;
  }
  & .ProseMirror table {
    border-collapse: collapse;
  }
  & .ProseMirror th,
  & .ProseMirror td {
    border: 1px solid ${({ theme }) => theme.color.border};
    padding: ${({ theme }) => theme.space.xxs} ${({ theme }) => theme.space.xs};
    min-inline-size: 3rem;
  }
  & .ProseMirror .selectedCell {
    background: ${({ theme }) => theme.color.surfaceMuted};
  }
`;
