import { styled } from 'styled-components';

export const CardsRoot = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  gap: ${({ theme }) => theme.space.lg};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const CardItem = styled.li`
  display: flex;
  min-inline-size: 0;
`;

export const Card = styled.article`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.sm};
  inline-size: 100%;
  padding: ${({ theme }) => theme.space.lg};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.text};
  overflow-wrap: anywhere;
`;

export const CardTitle = styled.h3`
  margin: 0;
  font-size: ${({ theme }) => theme.font.fontSizeLg};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
`;

export const CardText = styled.p`
  margin: 0;
  flex-grow: 1;
  color: ${({ theme }) => theme.color.textMuted};
  white-space: pre-line;
`;

export const CardFooter = styled.p`
  margin: 0;

  & > a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: ${({ theme }) => theme.color.primaryText};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }

  & > a:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

