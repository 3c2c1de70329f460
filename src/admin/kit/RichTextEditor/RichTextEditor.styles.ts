import { keyframes, styled } from 'styled-components';

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

const caretBlink = keyframes`
  to {
    visibility: hidden;
  }
`;

/**
 * The editing area. It carries the rules ProseMirror needs (white space, the gap cursor,
 * hidden selections) that Tiptap would otherwise inject as a `<style>` element without the
 * page's nonce, which a strict `style-src` refuses (the editor sets `injectCSS: false`).
 */
export const EditorArea = styled.div`
  & .ProseMirror {
    position: relative;
    word-wrap: break-word;
    white-space: pre-wrap;
    white-space: break-spaces;
    font-variant-ligatures: none;
    font-feature-settings: 'liga' 0;
  }
  & .ProseMirror [contenteditable='false'] {
    white-space: normal;
  }
  & .ProseMirror [contenteditable='false'] [contenteditable='true'],
  & .ProseMirror pre {
    white-space: pre-wrap;
  }
  & img.ProseMirror-separator {
    display: inline !important;
    border: none !important;
    margin: 0 !important;
    inline-size: 0 !important;
    block-size: 0 !important;
  }
  & .ProseMirror-gapcursor {
    display: none;
    pointer-events: none;
    position: absolute;
    margin: 0;
  }
  & .ProseMirror-gapcursor::after {
    content: '';
    display: block;
    position: absolute;
    inset-block-start: -2px;
    inline-size: 20px;
    border-block-start: 1px solid ${({ theme }) => theme.color.text};
    animation: ${caretBlink} 1.1s steps(2, start) infinite;
    @media (prefers-reduced-motion: reduce) {
      animation: none;
    }
  }
  & .ProseMirror-focused .ProseMirror-gapcursor {
    display: block;
  }
  & .ProseMirror-hideselection *::selection {
    background: transparent;
  }
  & .ProseMirror-hideselection * {
    caret-color: transparent;
  }
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
