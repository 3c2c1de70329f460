import { useId, useState } from 'react';
import type { CatalogSearchResult } from '../../catalog/searchIndex.js';
import { localizeCategory } from '../../catalog/model.js';
import { useCatalogBrowserContext } from './context.js';
import { CatalogItemRow } from './CatalogItemRow.js';
import { EmptyState } from '../states/EmptyState.js';
import { TextAction } from './CatalogBrowser.styles.js';
import { GroupHeading, ItemRows, ResultGroup } from './CatalogParts.styles.js';

const NAME = 'CatalogSearchResults';

export interface CatalogSearchResultsProps {
  /** What the search found. */
  result: CatalogSearchResult;
  /** Hits shown at first and added per "Show more results". */
  pageSize: number;
}

/** Search hits grouped under their category path, best group first; long results are paged. */
export function CatalogSearchResults({ result, pageSize }: CatalogSearchResultsProps) {
  const { t, language, defaultLanguage, headingLevel } = useCatalogBrowserContext(NAME);
  const baseId = useId();
  const [limit, setLimit] = useState({ query: result.query, rows: pageSize });
  // A new search starts again from the first page.
  if (limit.query !== result.query) setLimit({ query: result.query, rows: pageSize });

  if (result.hits.length === 0) {
    return (
      <EmptyState data-slot="catalog-no-results" title={t('catalog.noResults', { query: result.query.trim() })} description={t('catalog.noResultsHint')} />
    );
  }

  let budget = limit.rows;
  const shown = [];
  let total = 0;
  for (const group of result.groups) {
    total += group.hits.length;
    if (budget <= 0) continue;
    const hits = group.hits.slice(0, budget);
    budget -= hits.length;
    shown.push({ group, hits });
  }

  return (
    <>
      {shown.map(({ group, hits }, index) => {
        const headingId = `${baseId}-${index}`;
        return (
          <ResultGroup key={group.category.id} aria-labelledby={headingId} data-slot="catalog-result-group">
            <GroupHeading as={`h${Math.min(headingLevel + 1, 6)}`} id={headingId}>
              {group.path.map((category) => localizeCategory(category, language, defaultLanguage).name || t('catalog.untitled')).join(' › ')}
            </GroupHeading>
            <ItemRows aria-labelledby={headingId}>
              {hits.map((hit) => (
                <CatalogItemRow key={hit.item.id} item={hit.item} categoryId={group.category.id} terms={result.terms} />
              ))}
            </ItemRows>
          </ResultGroup>
        );
      })}
      {total > limit.rows ? (
        <TextAction type="button" data-slot="catalog-show-more" onClick={() => setLimit({ query: result.query, rows: limit.rows + pageSize })}>
          {t('catalog.showMoreResults')}
        </TextAction>
      ) : null}
    </>
  );
}
CatalogSearchResults.displayName = NAME;
