import { BrowserRouter, Link, Route, Routes } from 'react-router';
import {
  PortalProvider,
  usePortal,
  usePortalTranslation,
  type LinkComponentProps,
  type PortalCustomer,
} from 'helpdesk-portal-kit';

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
      >
        <Routes>
          <Route path="/" element={<Greeting />} />
        </Routes>
      </PortalProvider>
    </BrowserRouter>
  );
}
