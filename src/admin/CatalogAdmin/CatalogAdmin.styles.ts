import { styled } from 'styled-components';

export const AdminRoot = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  color: ${({ theme }) => theme.color.text};
  & h2 {
    margin: 0;
    font-family: ${({ theme }) => theme.font.headingFontFamily};
    font-size: ${({ theme }) => theme.font.fontSizeXl};
  }
  & h3 {
    margin: 0;
    font-size: ${({ theme }) => theme.font.fontSizeLg};
  }
`;

export const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: end;
  gap: ${({ theme }) => theme.space.sm};
`;

export const TreeList = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  & & {
    padding-inline-start: ${({ theme }) => theme.space.lg};
    border-inline-start: 2px solid ${({ theme }) => theme.color.border};
    margin-inline-start: ${({ theme }) => theme.space.sm};
  }
`;

export const TreeRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
  padding-block: ${({ theme }) => theme.space.xs};
  border-block-end: 1px solid ${({ theme }) => theme.color.border};
`;

export const TreeTitle = styled.span`
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  min-inline-size: 10rem;
  flex: 1 1 10rem;
`;

export const Muted = styled.span`
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;

export const HiddenReason = styled.span<{ $hidden: boolean }>`
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  color: ${({ theme, $hidden }) => ($hidden ? theme.color.warningText : theme.color.successText)};
`;

export const Fieldset = styled.fieldset`
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  padding: ${({ theme }) => theme.space.md};
  margin: 0;
  min-inline-size: 0;
  & > legend {
    padding-inline: ${({ theme }) => theme.space.xs};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }
`;

export const CheckList = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  max-block-size: 18rem;
  overflow: auto;
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.sm};
  & > li {
    padding-block: ${({ theme }) => theme.space.xxs};
    padding-inline: ${({ theme }) => theme.space.sm};
  }
  & label {
    display: inline-flex;
    align-items: center;
    gap: ${({ theme }) => theme.space.xs};
    min-block-size: 24px;
    cursor: pointer;
  }
  & input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
`;

export const Indent = styled.span<{ $depth: number }>`
  display: inline-block;
  inline-size: ${({ $depth }) => `${$depth * 1.25}rem`};
`;

export const LinkRow = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
  align-items: end;
  @media (max-width: 40rem) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

export const ImagePreview = styled.img`
  display: block;
  max-inline-size: 12rem;
  max-block-size: 8rem;
  object-fit: contain;
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.sm};
`;

export const StatusBox = styled.div`
  padding: ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.surface};
`;

export const FormGrid = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  max-inline-size: 60rem;
`;
