import { styled } from 'styled-components';

/** The tickets page: its heading, then the list or the sign-in prompt. */
export const TicketsPageRoot = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.lg};
  color: ${({ theme }) => theme.color.text};
`;

export const TicketsPageTitle = styled.h1`
  margin: 0;
  font-family: ${({ theme }) => theme.font.headingFontFamily};
  font-size: ${({ theme }) => theme.font.fontSizeXxl};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  line-height: 1.2;
`;

/** What an anonymous visitor sees instead of the list. */
export const SignInPrompt = styled.section`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.lg};
  background: ${({ theme }) => theme.color.surface};
`;

export const SignInTitle = styled.h2`
  margin: 0;
  font-size: ${({ theme }) => theme.font.fontSizeLg};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
`;

export const SignInText = styled.p`
  margin: 0;
  color: ${({ theme }) => theme.color.textMuted};
`;

export const SignInButton = styled.button`
  min-block-size: 2.75rem;
  padding-inline: ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.color.primary};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.primary};
  color: ${({ theme }) => theme.color.onPrimary};
  font: inherit;
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  cursor: pointer;

  &:hover {
    background: ${({ theme }) => theme.color.primaryHover};
  }

  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;
