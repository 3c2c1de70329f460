import { styled } from 'styled-components';

export const LinkListGroupRoot = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  gap: ${({ theme }) => theme.space.xl};
`;

export const LinkListRoot = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.sm};
  min-inline-size: 0;
  overflow-wrap: anywhere;
`;

export const LinkListTitle = styled.h3`
  margin: 0;
  font-size: ${({ theme }) => theme.font.fontSizeLg};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
`;

export const LinkListItems = styled.ul`
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const LinkListItem = styled.li`
  & > a,
  & > span {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }

  & > a {
    color: ${({ theme }) => theme.color.primaryText};
  }

  & > a:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

export const LinkListMore = styled(LinkListItem).attrs({ as: 'p' })`
  margin: 0;

  & > a {
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }
`;

