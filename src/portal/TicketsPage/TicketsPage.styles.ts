import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** The tickets page: its heading, then the list or the sign-in prompt. */
export const TicketsPageRoot = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${theme.space.lg};
  color: ${theme.color.text};
`;

export const TicketsPageTitle = styled.h1`
  margin: 0;
  font-family: ${theme.font.headingFontFamily};
  font-size: ${theme.font.fontSizeXxl};
  font-weight: ${theme.font.fontWeightBold};
  line-height: 1.2;
`;

/** What an anonymous visitor sees instead of the list. */
export const SignInPrompt = styled.section`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${theme.space.sm};
  padding: ${theme.space.lg};
  border: 1px solid ${theme.color.border};
  border-radius: ${theme.radius.lg};
  background: ${theme.color.surface};
`;

export const SignInTitle = styled.h2`
  margin: 0;
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};
`;

export const SignInText = styled.p`
  margin: 0;
  color: ${theme.color.textMuted};
`;

export const SignInButton = styled.button`
  min-block-size: 2.75rem;
  padding-inline: ${theme.space.lg};
  border: 1px solid ${theme.color.primary};
  border-radius: ${theme.radius.md};
  background: ${theme.color.primary};
  color: ${theme.color.onPrimary};
  font: inherit;
  font-weight: ${theme.font.fontWeightBold};
  cursor: pointer;

  &:hover {
    background: ${theme.color.primaryHover};
  }

  &:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;
