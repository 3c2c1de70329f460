import { css, styled } from 'styled-components';

/**
 * Hides an element on screen while screen readers still read it (a status line, "opens in a
 * new tab", a count spelled out). Clipped to one pixel rather than `display: none`, which would
 * hide it from assistive technology too.
 */
export const visuallyHidden = css`
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

/** Text for screen readers only (see `visuallyHidden`). */
export const VisuallyHidden = styled.span`
  ${visuallyHidden}
`;
