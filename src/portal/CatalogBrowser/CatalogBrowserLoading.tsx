import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { ErrorState } from '../states/ErrorState.js';
import { LoadingState } from '../states/LoadingState.js';
import { MainArea, Root } from './CatalogBrowser.styles.js';
import type { CatalogBrowserProps } from './types.js';

/** The host's class, id and inline style, which the catalog's root element carries. */
const rootPropsOf = ({ className, id, style }: CatalogBrowserProps) => ({ className, id, style, 'data-slot': 'catalog-browser' });

/** What the catalog shows while its code loads: the same as while its data loads. */
export function CatalogBrowserLoading(props: CatalogBrowserProps) {
  const { t } = usePortalTranslation();
  return (
    <Root {...rootPropsOf(props)} data-state="loading">
      <MainArea>
        <LoadingState variant="cards" label={t('catalog.loadingCatalog')} />
      </MainArea>
    </Root>
  );
}

/** What the catalog shows when its code cannot be fetched: a message and a retry. */
export function CatalogBrowserUnavailable({ onRetry, ...props }: CatalogBrowserProps & { onRetry: () => void }) {
  const { t } = usePortalTranslation();
  return (
    <Root {...rootPropsOf(props)} data-state="error">
      <MainArea>
        <ErrorState error={undefined} message={t('catalog.unavailable')} onRetry={onRetry} />
      </MainArea>
    </Root>
  );
}
