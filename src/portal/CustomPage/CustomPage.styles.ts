import { styled } from 'styled-components';

/** A custom page: its title and its rich-text body. */
export const PageRoot = styled.article`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.lg};
  color: ${({ theme }) => theme.color.text};
`;

export const PageTitle = styled.h1`
  margin: 0;
  font-family: ${({ theme }) => theme.font.headingFontFamily};
  font-size: ${({ theme }) => theme.font.fontSizeXxl};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  line-height: 1.2;
  overflow-wrap: anywhere;
`;
