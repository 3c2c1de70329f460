import { styled } from 'styled-components';

export const TabsRoot = styled.div`
  display: grid;
  /* As wide as its container: a long value in a panel cannot widen the tabs. */
  grid-template-columns: minmax(0, 1fr);
  gap: ${({ theme }) => theme.space.sm};
`;

export const TabsBar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};
  border-block-end: 1px solid ${({ theme }) => theme.color.border};
`;

export const TabList = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xxs};
`;

export const Tab = styled.button`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  min-block-size: 2.5rem;
  padding-inline: ${({ theme }) => theme.space.md};
  border: 0;
  border-block-end: 3px solid transparent;
  background: transparent;
  color: ${({ theme }) => theme.color.text};
  font: inherit;
  cursor: pointer;
  &[aria-selected='true'] {
    border-block-end-color: ${({ theme }) => theme.color.primary};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }
  &:hover {
    background: ${({ theme }) => theme.color.surfaceMuted};
  }
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: calc(-1 * ${({ theme }) => theme.focusRing.width});
  }
`;

/** The "incomplete" marker: a warning-coloured dot; its meaning is in the tab's text. */
export const IncompleteMark = styled.span`
  display: inline-block;
  inline-size: 0.6rem;
  block-size: 0.6rem;
  border-radius: ${({ theme }) => theme.radius.pill};
  background: ${({ theme }) => theme.color.warning};
`;

/** A tab's translation status: icon and name, quieter than the language's name. */
export const TabStatus = styled.span`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xxs};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  font-weight: ${({ theme }) => theme.font.fontWeightNormal};
  color: ${({ theme }) => theme.color.textMuted};
`;

export const TabTools = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  padding-block-end: ${({ theme }) => theme.space.xs};
`;

export const AddLanguageForm = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${({ theme }) => theme.space.xs};
  & > label {
    display: grid;
    gap: ${({ theme }) => theme.space.xxs};
  }
`;

export const TabPanel = styled.div`
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
  }
`;
