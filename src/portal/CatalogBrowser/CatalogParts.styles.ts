import { styled } from 'styled-components';
import { themeVars as theme } from '../../theme/cssVariables.js';
import { focusRing, navigationReset } from './CatalogBrowser.styles.js';

export const BreadcrumbList = styled.ol.withConfig({ displayName: 'CatalogBreadcrumbList' })`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${theme.space.xs};
  list-style: none;
  margin: 0;
  padding: 0;
  font-size: ${theme.font.fontSizeSm};
`;

export const BreadcrumbItem = styled.li.withConfig({ displayName: 'CatalogBreadcrumbItem' })`
  display: inline-flex;
  align-items: center;
  gap: ${theme.space.xs};

  & + &::before {
    content: '/';
    color: ${theme.color.textMuted};
  }
`;

export const BreadcrumbLink = styled.span.withConfig({ displayName: 'CatalogBreadcrumbLink' })`
  & > a,
  & > button {
    ${navigationReset}
    ${focusRing}
    display: inline-block;
    min-block-size: 24px;
    color: ${theme.color.primaryText};
    text-decoration: underline;
    border-radius: ${theme.radius.sm};
  }
`;

export const CardGrid = styled.ul.withConfig({ displayName: 'CatalogCardGrid' })`
  display: grid;
  /* One card a row where the catalog's main area is narrower than a card (a narrow container). */
  grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
  gap: ${theme.space.md};
  list-style: none;
  margin: 0;
  padding: 0;
`;

export const Card = styled.li.withConfig({ displayName: 'CatalogCard' })`
  display: flex;

  & > a,
  & > button {
    ${navigationReset}
    ${focusRing}
    display: grid;
    align-content: start;
    gap: ${theme.space.xs};
    inline-size: 100%;
    padding: ${theme.space.md};
    border: 1px solid ${theme.color.border};
    border-radius: ${theme.radius.md};
    background: ${theme.color.surface};
    box-shadow: ${theme.shadow.raised};
    text-decoration: none;
  }
  & > a:hover,
  & > button:hover {
    border-color: ${theme.color.primary};
  }
`;

export const CardTitle = styled.span.withConfig({ displayName: 'CatalogCardTitle' })`
  font-size: ${theme.font.fontSizeLg};
  font-weight: ${theme.font.fontWeightBold};
  color: ${theme.color.primaryText};
`;

export const CardText = styled.span.withConfig({ displayName: 'CatalogCardText' })`
  color: ${theme.color.textMuted};
`;

export const CardMeta = styled.span.withConfig({ displayName: 'CatalogCardMeta' })`
  font-size: ${theme.font.fontSizeSm};
  color: ${theme.color.textMuted};
`;

export const ItemRows = styled.ul.withConfig({ displayName: 'CatalogItemRows' })`
  list-style: none;
  margin: 0;
  padding: 0;
  border-block-start: 1px solid ${theme.color.border};
`;

/** The scroll area of a virtualized list. */
export const ScrollArea = styled.div.withConfig({ displayName: 'CatalogScrollArea' })`
  max-block-size: min(70vh, 40rem);
  overflow-y: auto;
  overscroll-behavior: contain;
  border-block: 1px solid ${theme.color.border};

  & > ul {
    border-block-start: 0;
  }
  &[data-state='virtual'] > ul {
    position: relative;
  }
  &[data-state='virtual'] > ul > li {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
  }
`;

export const ItemRow = styled.li.withConfig({ displayName: 'CatalogItemRow' })`
  border-block-end: 1px solid ${theme.color.border};

  & > a,
  & > button {
    ${navigationReset}
    ${focusRing}
    display: grid;
    gap: ${theme.space.xxs};
    inline-size: 100%;
    padding-block: ${theme.space.sm};
    padding-inline: ${theme.space.sm};
    text-decoration: none;
  }
  & > a:hover [data-slot='catalog-item-title'],
  & > button:hover [data-slot='catalog-item-title'] {
    text-decoration: underline;
  }
`;

export const ItemTitle = styled.span.withConfig({ displayName: 'CatalogItemTitle' })`
  font-weight: ${theme.font.fontWeightBold};
  color: ${theme.color.primaryText};
`;

export const ItemExcerpt = styled.span.withConfig({ displayName: 'CatalogItemExcerpt' })`
  font-size: ${theme.font.fontSizeSm};
  color: ${theme.color.textMuted};
  display: -webkit-box;
  -webkit-line-clamp: 2;
  -webkit-box-orient: vertical;
  overflow: hidden;
`;

export const ResultGroup = styled.section.withConfig({ displayName: 'CatalogResultGroup' })`
  display: grid;
  gap: ${theme.space.xs};
`;

export const GroupHeading = styled.h3.withConfig({ displayName: 'CatalogGroupHeading' })`
  margin: 0;
  font-size: ${theme.font.fontSizeMd};
  font-weight: ${theme.font.fontWeightBold};
  color: ${theme.color.textMuted};
`;

export const Article = styled.article.withConfig({ displayName: 'CatalogArticle' })`
  display: grid;
  gap: ${theme.space.md};
  justify-items: start;
`;

export const Image = styled.img.withConfig({ displayName: 'CatalogImage' })`
  display: block;
  max-inline-size: 100%;
  block-size: auto;
  border-radius: ${theme.radius.md};
`;

export const LinkList = styled.ul.withConfig({ displayName: 'CatalogLinkList' })`
  margin: 0;

  & a {
    color: ${theme.color.primaryText};
  }

  padding-inline-start: ${theme.space.lg};
  display: grid;
  gap: ${theme.space.xs};
`;

export const SearchForm = styled.form.withConfig({ displayName: 'CatalogSearchForm' })`
  display: grid;
  gap: ${theme.space.xs};
`;

export const SearchLabel = styled.label.withConfig({ displayName: 'CatalogSearchLabel' })`
  font-weight: ${theme.font.fontWeightBold};
`;

export const SearchField = styled.div.withConfig({ displayName: 'CatalogSearchField' })`
  display: flex;
  gap: ${theme.space.xs};
  align-items: stretch;
`;

export const SearchInput = styled.input.withConfig({ displayName: 'CatalogSearchInput' })`
  ${focusRing}
  flex: 1;
  min-inline-size: 0;
  min-block-size: 2.5rem;
  padding-inline: ${theme.space.sm};
  font: inherit;
  color: ${theme.color.text};
  background: ${theme.color.surface};
  border: 1px solid ${theme.color.controlBorder};
  border-radius: ${theme.radius.md};

  &::-webkit-search-cancel-button {
    display: none;
  }
`;

export const ClearButton = styled.button.withConfig({ displayName: 'CatalogClearButton' })`
  ${focusRing}
  font: inherit;
  min-block-size: 2.5rem;
  padding-inline: ${theme.space.sm};
  color: ${theme.color.text};
  background: ${theme.color.surface};
  border: 1px solid ${theme.color.controlBorder};
  border-radius: ${theme.radius.md};
  cursor: pointer;
`;
