import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';

export const LinkListGroupRoot = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  gap: ${theme.space.xl};
`;

export const LinkListRoot = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${theme.space.sm};
  min-inline-size: 0;
  overflow-wrap: anywhere;
`;

export const LinkListTitle = styled.h3`
  margin: 0;
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};
`;

export const LinkListItems = styled.ul`
  display: grid;
  gap: ${theme.space.xs};
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
    color: ${theme.color.primaryText};
  }

  & > a:focus-visible {
    outline: ${theme.focusRing.width} solid ${theme.color.focus};
    outline-offset: ${theme.focusRing.offset};
  }
`;

export const LinkListMore = styled(LinkListItem).attrs({ as: 'p' })`
  margin: 0;

  & > a {
    font-weight: ${theme.font.fontWeightBold};
  }
`;

