import { useParams } from 'react-router';
import { usePortal, usePortalTranslation } from '../../src/index.js';
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

/** `/page/:slug`: a custom page. */
export function CustomPageRoute() {
  const { t } = useDemoTranslation();
  const { slug = '' } = useParams();
  return (
    <Placeholder title={t('pageTitle', { slug })}>
      <p>{t('pageBody', { slug })}</p>
    </Placeholder>
  );
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

/** `/tickets`: the signed-in customer's tickets. */
export function TicketsRoute() {
  const { customer } = usePortal('TicketsRoute');
  const { t } = useDemoTranslation();
  const { t: tLibrary } = usePortalTranslation();
  return (
    <Placeholder title={t('ticketsTitle')}>
      <p data-slot="tickets-status">
        {customer ? t('ticketsBody', { name: customer.name }) : tLibrary('common.errorUnauthorized')}
      </p>
    </Placeholder>
  );
}

/** Any other address. */
export function NotFoundRoute() {
  const { linkComponent: Link } = usePortal('NotFoundRoute');
  const { t } = useDemoTranslation();
  const { t: tLibrary } = usePortalTranslation();
  return (
    <Placeholder title={t('notFoundTitle')} placeholder={false}>
      <p>{tLibrary('common.errorNotFound')}</p>
      <p>
        <Link href="/">{t('navHome')}</Link>
      </p>
    </Placeholder>
  );
}
