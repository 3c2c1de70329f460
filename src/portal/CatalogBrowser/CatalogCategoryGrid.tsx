import type { CatalogTreeNode } from '../../model/catalog.js';
import { localizeCategory } from '../../catalog/model.js';
import { useFormatters } from '../PortalProvider/useFormatters.js';
import { useCatalogBrowserContext } from './context.js';
import { CatalogNavLink } from './CatalogNavLink.js';
import { Card, CardGrid, CardMeta, CardText, CardTitle } from './CatalogParts.styles.js';

const NAME = 'CatalogCategoryGrid';

export interface CatalogCategoryGridProps {
  /** The categories to show as cards, in display order. */
  nodes: readonly CatalogTreeNode[];
  /** The id of the heading that names the grid. */
  labelledBy?: string | undefined;
}

/** Categories as cards: name, description and how many services each holds (its sub-categories included). */
export function CatalogCategoryGrid({ nodes, labelledBy }: CatalogCategoryGridProps) {
  const { model, t, language, defaultLanguage } = useCatalogBrowserContext(NAME);
  const { formatNumber } = useFormatters();
  return (
    <CardGrid data-slot="catalog-category-grid" aria-labelledby={labelledBy}>
      {nodes.map((node) => {
        const localized = localizeCategory(node.category, language, defaultLanguage);
        return (
          <Card key={node.category.id} data-slot="catalog-category-card">
            <CatalogNavLink to={{ categoryId: node.category.id, itemId: null, query: '' }} lang={localized.language !== language ? localized.language : undefined}>
              <CardTitle>{localized.name || t('catalog.untitled')}</CardTitle>
              {localized.description ? <CardText>{localized.description}</CardText> : null}
              <CardMeta>{t('catalog.serviceCount', { count: formatNumber(model.itemCountOfCategory.get(node.category.id) ?? 0) })}</CardMeta>
            </CatalogNavLink>
          </Card>
        );
      })}
    </CardGrid>
  );
}
CatalogCategoryGrid.displayName = NAME;
