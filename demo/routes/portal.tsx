import { useParams } from 'react-router';
import { CustomPage, NotFound, TicketsPage } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';
import { Placeholder } from '../layout/Placeholder.js';

// Each portal route shows what its library component will show once it lands; wiring one in
// replaces the placeholder's body with the component (and its adapter on PortalProvider).

/** `/`: the home page. */
export function HomeRoute() {
  const { t } = useDemoTranslation();
  return (
    <Placeholder title={t('homeTitle')}>
      <p>{t('homeBody')}</p>
    </Placeholder>
  );
}

/** `/page/:slug`: a custom page, in the visitor's language; unknown or non-valid slugs are not found. */
export function CustomPageRoute() {
  const { t } = useDemoTranslation();
  const { slug = '' } = useParams();
  return <CustomPage slug={slug} documentTitle={(title) => `${title} · ${t('brand')}`} />;
}

/** `/catalog/*`: the service catalog; the rest of the path is the category or item. */
export function CatalogRoute() {
  const { t } = useDemoTranslation();
  const path = useParams()['*'] ?? '';
  return (
    <Placeholder title={t('catalogTitle')}>
      <p>{t('catalogBody')}</p>
      <p>
        {t('catalogPath', { path: `/catalog/${path}` })}
      </p>
    </Placeholder>
  );
}

/** `/tickets`: the signed-in customer's tickets; an anonymous visitor is asked to sign in. */
export function TicketsRoute({ onSignIn }: { onSignIn: () => void }) {
  const { t } = useDemoTranslation();
  return <TicketsPage onSignIn={onSignIn} documentTitle={(title) => `${title} · ${t('brand')}`} />;
}

/** Any other address. */
export function NotFoundRoute() {
  const { t } = useDemoTranslation();
  return <NotFound documentTitle={(title) => `${title} · ${t('brand')}`} />;
}
