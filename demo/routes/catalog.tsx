import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { CatalogBrowser, type CatalogLocation, type CatalogLocationChangeDetails } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';

/**
 * The catalog's place lives in the URL, so deep links and back/forward work:
 * `/catalog`, `/catalog/:categoryId`, `/catalog/item/:itemId?category=…`, and `?q=` for a search.
 */
export function catalogUrl({ categoryId, itemId, query }: Partial<CatalogLocation>): string {
  const search = new URLSearchParams();
  if (query) search.set('q', query);
  let path = '/catalog';
  if (itemId) {
    path = `/catalog/item/${encodeURIComponent(itemId)}`;
    if (categoryId) search.set('category', categoryId);
  } else if (categoryId) {
    path = `/catalog/${encodeURIComponent(categoryId)}`;
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** `/catalog/*`: the service catalog, its place held by the router. */
export function CatalogRoute() {
  const rest = useParams()['*'] ?? '';
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { t } = useDemoTranslation();
  // Every place in the catalog is titled, as the other routes are (a page without a title is an
  // accessibility failure and an unnamed tab).
  useEffect(() => {
    document.title = `${t('catalogTitle')} · ${t('brand')}`;
  }, [t]);

  const value = useMemo<CatalogLocation>(() => {
    const [first, second] = rest.split('/').filter(Boolean).map(decodeURIComponent);
    const query = search.get('q') ?? '';
    if (first === 'item' && second) return { categoryId: search.get('category'), itemId: second, query };
    return { categoryId: first ?? null, itemId: null, query };
  }, [rest, search]);

  const onValueChange = useCallback(
    (next: CatalogLocation, { reason }: CatalogLocationChangeDetails) => {
      const url = catalogUrl(next);
      // Typing a search replaces the entry, so "back" leaves the search instead of undoing letters.
      if (url !== pathname + (search.toString() ? `?${search}` : '')) void navigate(url, { replace: reason === 'search' });
    },
    [navigate, pathname, search],
  );

  // The catalog is the page's content here, so its heading is the page's h1.
  return <CatalogBrowser value={value} onValueChange={onValueChange} getHref={catalogUrl} headingLevel={1} />;
}
