import { useParams } from 'react-router';
import { CustomPage, NotFound, TicketsPage } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';

// The portal pages other than the home page and the catalog, loaded on first visit (see App.tsx).

/** `/page/:slug`: a custom page, in the visitor's language; unknown or non-valid slugs are not found. */
export function CustomPageRoute() {
  const { t } = useDemoTranslation();
  const { slug = '' } = useParams();
  return <CustomPage slug={slug} documentTitle={(title) => `${title} · ${t('brand')}`} />;
}

/**
 * `/tickets`: the signed-in customer's tickets; an anonymous visitor is asked to sign in. Ten a
 * page, so the demo's sixty seed tickets show the list's paging ("Load more").
 */
export function TicketsRoute({ onSignIn }: { onSignIn: () => void }) {
  const { t } = useDemoTranslation();
  return <TicketsPage onSignIn={onSignIn} pageSize={10} documentTitle={(title) => `${title} · ${t('brand')}`} />;
}

/** Any other address. */
export function NotFoundRoute() {
  const { t } = useDemoTranslation();
  return <NotFound documentTitle={(title) => `${title} · ${t('brand')}`} />;
}
