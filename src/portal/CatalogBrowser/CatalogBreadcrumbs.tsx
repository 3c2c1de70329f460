import type { CatalogCategory } from '../../model/catalog.js';
import { localizeCategory } from '../../catalog/model.js';
import { useCatalogBrowserContext } from './context.js';
import { CatalogNavLink } from './CatalogNavLink.js';
import { BreadcrumbItem, BreadcrumbLink, BreadcrumbList } from './CatalogParts.styles.js';

const NAME = 'CatalogBreadcrumbs';

export interface CatalogBreadcrumbsProps {
  /** The categories from the top level down. */
  path: readonly CatalogCategory[];
  /** The current page's title when it is not the last category (an item's title). */
  current?: { text: string; language?: string | undefined } | undefined;
}

/** "All services / Hardware / Laptops": links up the tree, the current page last, marked as such. */
export function CatalogBreadcrumbs({ path, current }: CatalogBreadcrumbsProps) {
  const { t, language, defaultLanguage } = useCatalogBrowserContext(NAME);
  const langOf = (entryLanguage: string | undefined) => (entryLanguage && entryLanguage !== language ? entryLanguage : undefined);
  const last = current ? undefined : path[path.length - 1];
  return (
    <nav aria-label={t('catalog.breadcrumb')} data-slot="catalog-breadcrumbs">
      <BreadcrumbList>
        <BreadcrumbItem>
          <BreadcrumbLink>
            <CatalogNavLink to={{ categoryId: null, itemId: null, query: '' }}>{t('catalog.allServices')}</CatalogNavLink>
          </BreadcrumbLink>
        </BreadcrumbItem>
        {path.map((category) => {
          const localized = localizeCategory(category, language, defaultLanguage);
          const name = localized.name || t('catalog.untitled');
          return (
            <BreadcrumbItem key={category.id}>
              {category === last ? (
                <span aria-current="page" lang={langOf(localized.language)}>
                  {name}
                </span>
              ) : (
                <BreadcrumbLink lang={langOf(localized.language)}>
                  <CatalogNavLink to={{ categoryId: category.id, itemId: null, query: '' }}>{name}</CatalogNavLink>
                </BreadcrumbLink>
              )}
            </BreadcrumbItem>
          );
        })}
        {current ? (
          <BreadcrumbItem>
            <span aria-current="page" lang={langOf(current.language)}>
              {current.text}
            </span>
          </BreadcrumbItem>
        ) : null}
      </BreadcrumbList>
    </nav>
  );
}
CatalogBreadcrumbs.displayName = NAME;
