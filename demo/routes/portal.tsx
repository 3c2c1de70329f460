import { useParams } from 'react-router';
import { useEffect } from 'react';
import { CustomPage, HomePage, NotFound, TicketsPage } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';

// Each portal route shows what its library component will show once it lands; wiring one in
// replaces the placeholder's body with the component (and its adapter on PortalProvider).

/** `/`: the home page the admin configured, read from the demo's store. */
export function HomeRoute() {
  const { t } = useDemoTranslation();
  useEffect(() => {
    document.title = `${t('homeTitle')} · ${t('brand')}`;
  }, [t]);
  return <HomePage />;
}

/** `/page/:slug`: a custom page, in the visitor's language; unknown or non-valid slugs are not found. */
export function CustomPageRoute() {
  const { t } = useDemoTranslation();
  const { slug = '' } = useParams();
  return <CustomPage slug={slug} documentTitle={(title) => `${title} · ${t('brand')}`} />;
}

export { CatalogRoute } from './catalog.js';

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
