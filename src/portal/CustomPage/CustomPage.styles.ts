import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

/** A custom page: its title and its rich-text body. */
export const PageRoot = styled.article`
  display: flex;
  flex-direction: column;
  gap: ${theme.space.lg};
  color: ${theme.color.text};
`;

export const PageTitle = styled.h1`
  margin: 0;
  font-family: ${theme.font.headingFontFamily};
  font-size: ${theme.font.fontSizeXxl};
  font-weight: ${theme.font.fontWeightBold};
  line-height: 1.2;
  overflow-wrap: anywhere;
`;
