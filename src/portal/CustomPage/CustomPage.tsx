import type { ReactNode } from 'react';
import { useCustomPage } from '../../data/customPages.js';
import { isSlug } from '../../model/common.js';
import { NotFound } from '../NotFound/NotFound.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { ErrorState } from '../states/ErrorState.js';
import { LoadingState } from '../states/LoadingState.js';
import { CustomPageView, type CustomPageViewProps } from './CustomPageView.js';

const NAME = 'CustomPage';

export interface CustomPageProps extends Omit<CustomPageViewProps, 'page'> {
  /** The page's slug, as it appears in the address (`opening-hours` for `/page/opening-hours`). */
  slug: string;
  /** Where the not-found state's link home leads; `null` for no link. @default '/' */
  homeHref?: string | null | undefined;
  /** Replaces the not-found state (unknown, malformed or non-valid slug). @default <NotFound /> */
  notFound?: ReactNode;
}

/**
 * A custom page, read by slug through the `customPages` adapter and shown in the customer's
 * language (then the default language, then the first with content). Only a `valid` page is
 * shown: an unknown slug, a malformed one (never sent to the adapter) and a page that is
 * `invalid` or `invalid-temporarily` all render the not-found state with a link home, never
 * the page's content. A new slug aborts the request for the previous one.
 */
export function CustomPage({ slug, homeHref = '/', notFound, documentTitle, ...rest }: CustomPageProps) {
  const { t } = usePortalTranslation();
  const wellFormed = isSlug(slug);
  const result = useCustomPage({ slug, enabled: wellFormed });

  const notFoundState = notFound ?? <NotFound homeHref={homeHref} documentTitle={documentTitle} />;
  if (!wellFormed) return <>{notFoundState}</>;
  if (result.status === 'error' && result.error) {
    // Checked before the data: a page that stopped being valid is not shown from the cache.
    if (result.error.kind === 'not_found') return <>{notFoundState}</>;
    return <ErrorState error={result.error} onRetry={result.retry} retrying={result.isFetching} />;
  }
  if (result.status !== 'success' || result.data === undefined) {
    return <LoadingState label={t('shell.pageLoading')} variant="lines" count={5} />;
  }
  return <CustomPageView page={result.data} documentTitle={documentTitle} {...rest} />;
}
CustomPage.displayName = NAME;
