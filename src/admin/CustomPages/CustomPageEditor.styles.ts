import { styled } from 'styled-components';

export const EditorRoot = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  color: ${({ theme }) => theme.color.text};
  & > h2 {
    margin: 0;
    font-family: ${({ theme }) => theme.font.headingFontFamily};
    font-size: ${({ theme }) => theme.font.fontSizeXl};
  }
`;

export const EditorLayout = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  grid-template-columns: minmax(0, 1fr);
  @media (min-width: 64rem) {
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  }
`;

export const FormColumn = styled.div`
  min-inline-size: 0;
`;

export const PreviewColumn = styled.section`
  min-inline-size: 0;
  align-self: start;
  position: sticky;
  inset-block-start: ${({ theme }) => theme.space.md};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  overflow: hidden;
  & > h3 {
    margin: 0;
    padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};
    font-size: ${({ theme }) => theme.font.fontSizeSm};
    color: ${({ theme }) => theme.color.textMuted};
    background: ${({ theme }) => theme.color.surfaceMuted};
    border-block-end: 1px solid ${({ theme }) => theme.color.border};
  }
  & > p {
    margin: 0;
    padding: ${({ theme }) => theme.space.md};
    color: ${({ theme }) => theme.color.textMuted};
  }
`;

export const ContentFieldset = styled.fieldset`
  margin: 0;
  padding: 0;
  border: 0;
  /* A fieldset is as wide as its widest content by default: it must fit its column instead. */
  min-inline-size: 0;
  & > legend {
    padding: 0;
    margin-block-end: ${({ theme }) => theme.space.xs};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
    font-size: ${({ theme }) => theme.font.fontSizeLg};
  }
`;

export const StatusBox = styled.div`
  display: grid;
  justify-items: start;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.lg};
  & > p {
    margin: 0;
  }
`;
