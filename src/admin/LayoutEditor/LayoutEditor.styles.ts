import { styled } from 'styled-components';

export const EditorRoot = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  color: ${({ theme }) => theme.color.text};
`;
export const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
  gap: ${({ theme }) => theme.space.lg};
  align-items: start;
`;
export const Group = styled.fieldset`
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  padding: ${({ theme }) => theme.space.md};
  margin: 0 0 ${({ theme }) => theme.space.md};
  /* A fieldset is as wide as its widest content by default: it must fit its column instead. */
  min-inline-size: 0;
  & > legend {
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
    padding-inline: ${({ theme }) => theme.space.xs};
  }
`;
export const ColorRow = styled.div`
  display: flex;
  align-items: end;
  gap: ${({ theme }) => theme.space.sm};
  & input[type='color'] {
    inline-size: 3rem;
    block-size: 2.5rem;
    padding: 0;
    border: 1px solid ${({ theme }) => theme.color.controlBorder};
    background: ${({ theme }) => theme.color.surface};
  }
`;
export const ContrastList = styled.ul`
  list-style: none;
  margin: ${({ theme }) => theme.space.xs} 0 ${({ theme }) => theme.space.md};
  padding: 0;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  & > li[data-state='fail'] {
    color: ${({ theme }) => theme.color.dangerText};
  }
`;
export const Swatch = styled.span`
  display: inline-block;
  inline-size: 1em;
  block-size: 1em;
  vertical-align: middle;
  margin-inline-end: ${({ theme }) => theme.space.xxs};
  border: 1px solid ${({ theme }) => theme.color.controlBorder};
`;
export const RemovalList = styled.ol`
  margin: ${({ theme }) => theme.space.xs} 0 0;
  padding-inline-start: ${({ theme }) => theme.space.lg};
  & code {
    font-family: ${({ theme }) => theme.font.monospaceFontFamily};
    overflow-wrap: anywhere;
  }
`;
export const Muted = styled.p`
  margin: ${({ theme }) => theme.space.xs} 0;
  color: ${({ theme }) => theme.color.textMuted};
`;
