import type { SearchResult } from '../../adapters/types.js';
import { useSearch } from '../../data/search.js';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { SafeLink } from '../SafeLink/index.js';
import { DataState, EmptyState, LoadingState } from '../states/index.js';
import { LinkListItems } from './LinkList.styles.js';

export interface SearchLinkItemsProps {
  /** The search query, run in the customer's language. */
  query: string;
  /** How many results to show. */
  maxCount: number;
}

/** The items of a search-driven link list: the host's search adapter's results, with loading, empty and error states. */
export function SearchLinkItems({ query, maxCount }: SearchLinkItemsProps) {
  const { language } = usePortal('SearchLinkItems');
  const { t } = usePortalTranslation();
  const result = useSearch({ query, language, limit: maxCount });
  // A blank query is never searched for: nothing to wait for.
  if (query.trim() === '') return <EmptyState title={t('home.searchEmpty')} />;
  return (
    <DataState
      result={result}
      loading={<LoadingState variant="lines" count={Math.min(maxCount, 4)} />}
      empty={<EmptyState title={t('home.searchEmpty')} />}
    >
      {(found) => (
        <LinkListItems data-slot="link-list-items">
          {found.data.slice(0, maxCount).map((hit: SearchResult) => (
            <li key={hit.id} data-slot="link-list-item" data-result-type={hit.type} lang={hit.language}>
              <SafeLink href={hit.href}>{hit.title}</SafeLink>
            </li>
          ))}
        </LinkListItems>
      )}
    </DataState>
  );
}
