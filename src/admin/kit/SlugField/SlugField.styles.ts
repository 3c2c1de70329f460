import { styled } from 'styled-components';

export const SlugRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
  align-items: center;
  & > input {
    flex: 1 1 16rem;
    inline-size: auto;
    font-family: ${({ theme }) => theme.font.monospaceFontFamily};
  }
`;

export const SlugStatus = styled.p<{ $tone: 'muted' | 'success' | 'danger' }>`
  margin: 0;
  min-block-size: 1.25em;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme, $tone }) => ({ muted: theme.color.textMuted, success: theme.color.successText, danger: theme.color.dangerText })[$tone]};
`;
