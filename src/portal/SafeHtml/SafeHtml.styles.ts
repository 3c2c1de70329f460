import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** Typography for admin-authored rich text; nothing in it may widen or escape its box. */
export const RichText = styled.div`
  overflow-wrap: anywhere;

  & :where(h1, h2, h3, h4, h5, h6) {
    font-family: ${theme.font.headingFontFamily};
    line-height: 1.25;
    margin-block: ${theme.space.lg} ${theme.space.sm};
  }

  & :where(p, ul, ol, dl, table, figure, pre, blockquote) {
    margin-block: 0 ${theme.space.md};
  }

  & :where(ul, ol) {
    padding-inline-start: ${theme.space.xl};
  }

  & a {
    color: ${theme.color.primaryText};
  }

  & a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }

  & img {
    max-inline-size: 100%;
    block-size: auto;
  }

  & table {
    border-collapse: collapse;
    max-inline-size: 100%;
  }

  & :where(th, td) {
    border: 1px solid ${theme.color.border};
    padding-block: ${theme.space.xs};
    padding-inline: ${theme.space.sm};
    text-align: start;
    vertical-align: top;
  }

  & blockquote {
    margin-inline: 0;
    padding-inline-start: ${theme.space.md};
    border-inline-start: 4px solid ${theme.color.border};
    color: ${theme.color.textMuted};
  }

  & :where(code, kbd, samp, pre) {
    font-family: ${theme.font.monospaceFontFamily};
  }

  /* Code wraps instead of scrolling: a scrolling block would need the keyboard focus, which
     sanitized HTML cannot give it. */
  & pre {
    white-space: pre-wrap;
    padding: ${theme.space.sm};
    background: ${theme.color.surfaceMuted};
    border-radius: ${theme.radius.sm};
  }

  & > :last-child {
    margin-block-end: 0;
  }
`;

/** Instead of the rich text when the sanitizer cannot be loaded: a line of text and a retry. */
export const UnavailableNotice = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  color: ${({ theme }) => theme.color.text};
`;

/** "Try again": a full-size target in the theme's primary colour. */
export const RetryButton = styled.button`
  min-block-size: 2.75rem;
  padding-inline: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.color.primary};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.primary};
  color: ${({ theme }) => theme.color.onPrimary};
  font: inherit;
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  cursor: pointer;

  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }

  &[aria-disabled='true'] {
    cursor: progress;
  }
`;
