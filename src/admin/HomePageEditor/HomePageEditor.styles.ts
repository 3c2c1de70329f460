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

/** Form and preview side by side on wide screens, stacked on narrow ones. */
export const EditorLayout = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  grid-template-columns: minmax(0, 1fr);
  @media (min-width: 64rem) {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
`;

export const FormColumn = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
  align-content: start;
  min-inline-size: 0;
  & h3 {
    margin: 0;
    font-size: ${({ theme }) => theme.font.fontSizeLg};
  }
`;

export const BlockRows = styled.ol`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const BlockRow = styled.li<{ $selected: boolean }>`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.xs};
  border: 1px solid ${({ theme, $selected }) => ($selected ? theme.color.primary : theme.color.border)};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.surface};
  &[data-state~='dragging'] {
    position: relative;
    z-index: 1;
    box-shadow: ${({ theme }) => theme.shadow.raised};
  }
`;

export const DragHandle = styled.button`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-inline-size: 2.25rem;
  min-block-size: 2.25rem;
  border: 1px solid ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.text};
  cursor: grab;
  touch-action: none;
  font: inherit;
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

export const BlockRowName = styled.span`
  display: inline-flex;
  flex: 1 1 10rem;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
`;

export const BlockRowActions = styled.span`
  display: inline-flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xxs};
`;

export const HiddenBadge = styled.span`
  padding-inline: ${({ theme }) => theme.space.xs};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.pill};
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  font-weight: ${({ theme }) => theme.font.fontWeightNormal};
`;

export const IssueBadge = styled(HiddenBadge)`
  color: ${({ theme }) => theme.color.dangerText};
  border-color: currentColor;
`;

export const BlockFormPanel = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  min-inline-size: 0;
`;

export const PreviewColumn = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  align-content: start;
  min-inline-size: 0;
  & > h3 {
    margin: 0;
    font-size: ${({ theme }) => theme.font.fontSizeLg};
  }
`;

export const PreviewControls = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
`;

/** The frame the preview renders in, as wide as a desktop column or a phone. */
export const PreviewFrame = styled.div<{ $width: 'desktop' | 'mobile' }>`
  box-sizing: border-box;
  inline-size: 100%;
  max-inline-size: ${({ $width }) => ($width === 'mobile' ? '23.5rem' : 'none')};
  margin-inline: auto;
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  overflow: auto;
  container-type: inline-size;
`;
