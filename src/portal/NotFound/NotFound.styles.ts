import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** The not-found state: a heading, a line of explanation and the way home. */
export const NotFoundRoot = styled.section`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${theme.space.md};
  padding-block: ${theme.space.lg};
  color: ${theme.color.text};
`;

export const NotFoundHeading = styled.h1`
  margin: 0;
  font-family: ${theme.font.headingFontFamily};
  font-size: ${theme.font.fontSizeXl};
  font-weight: ${theme.font.fontWeightBold};
  line-height: 1.25;
`;

export const NotFoundText = styled.p`
  margin: 0;
  max-inline-size: 40rem;
  color: ${theme.color.textMuted};
`;

/** Holds the home link; styled from here because the link is the host's component. */
export const NotFoundAction = styled.p`
  margin: 0;

  & a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    color: ${theme.color.primaryText};
    font-weight: ${theme.font.fontWeightBold};
  }

  & a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;
