import type { ReactNode } from 'react';
import { BrowserRouter, Link, Route, Routes, useLocation, useParams } from 'react-router';
import {
  CustomPage,
  PortalLayout,
  PortalProvider,
  usePortal,
  usePortalTranslation,
  type LinkComponentProps,
  type PortalCustomer,
} from 'helpdesk-portal-kit';
import { createBrowserAdapters } from 'helpdesk-portal-kit/adapters';
import { sanitizeCss } from 'helpdesk-portal-kit/security';

// Your data sources, one adapter per domain. Here the bundled in-browser store; use
// `createMemoryAdapters()` in tests, or your own adapters over your helpdesk's API.
// Create them once, outside render.
const adapters = createBrowserAdapters();

// The library hands its links an `href`; React Router's `Link` takes `to`.
function RouterLink({ href, ...props }: LinkComponentProps) {
  return <Link to={href} {...props} />;
}

// Any component below the provider reads the portal's settings and strings.
function Greeting() {
  const { customer } = usePortal();
  const { t } = usePortalTranslation();
  return <p>{customer ? customer.name : t('common.errorUnauthorized')}</p>;
}

// `/page/opening-hours`: a custom page the admin wrote, in the visitor's language.
function CustomPageRoute() {
  const { slug = '' } = useParams();
  return <CustomPage slug={slug} />;
}

// The portal's frame: header, navigation, sign-in state and the admin's look. The admin's
// custom CSS applies through the sanitizer you pass (leave it out to ship no CSS parser).
function PortalFrame({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PortalLayout currentPath={pathname} menuPages={['opening-hours']} cssSanitizer={sanitizeCss}>
      {children}
    </PortalLayout>
  );
}

export interface HostAppProps {
  /** The visitor's language, e.g. from your own settings. */
  language: string;
  /** Who your sign-in says is using the page; `null` for an anonymous visitor. */
  customer: PortalCustomer | null;
  /** The nonce your server put into this page's Content-Security-Policy. */
  nonce?: string;
}

export function HostApp({ language, customer, nonce }: HostAppProps) {
  return (
    <BrowserRouter>
      <PortalProvider
        language={language}
        defaultLanguage="en"
        theme={{ colors: { primary: '#0b1f3a', accent: '#ffeb3b' } }}
        linkComponent={RouterLink}
        customer={customer}
        nonce={nonce}
        adapters={adapters}
      >
        <PortalFrame>
          <Routes>
            <Route path="/" element={<Greeting />} />
            <Route path="/page/:slug" element={<CustomPageRoute />} />
          </Routes>
        </PortalFrame>
      </PortalProvider>
    </BrowserRouter>
  );
}
