import type { QueryClient } from '@tanstack/react-query';
import { lazy, useCallback, useEffect, useState, type ComponentType } from 'react';
import { Route, Routes, useSearchParams } from 'react-router';
import type { PortalAdapters } from '../src/adapters/index.js';
import { createTheme, getDirection, PortalProvider, type CssSanitizer } from '../src/index.js';
import { demoI18n } from './i18n.js';
import { AdminLayout } from './layout/AdminLayout.js';
import { DemoPortalLayout, type PresanitizedCss } from './layout/PortalLayout.js';
import { RouterLink } from './RouterLink.js';
import { HomeRoute } from './routes/portal.js';
import { demoCustomer, storeLanguage, storeSignedIn, type DemoLanguage } from './settings.js';

/**
 * An admin screen loaded on first visit to it: the editors (rich text, CSS editor, drag and
 * drop) stay out of the portal's first load. AdminLayout shows the loading state meanwhile.
 */
function adminScreen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}

// The portal's pages other than the home page load on first visit to them, so the home page's
// first load carries only what it shows. The portal layout shows the loading state meanwhile.
const CatalogRoute = lazy(async () => ({ default: (await import('./routes/catalog.js')).CatalogRoute }));
const CustomPageRoute = lazy(async () => ({ default: (await import('./routes/pages.js')).CustomPageRoute }));
const TicketsRoute = lazy(async () => ({ default: (await import('./routes/pages.js')).TicketsRoute }));
const NotFoundRoute = lazy(async () => ({ default: (await import('./routes/pages.js')).NotFoundRoute }));

const AdminOverviewRoute = adminScreen(() => import('./routes/admin.js'), 'AdminOverviewRoute');
const AdminLayoutRoute = adminScreen(() => import('./routes/admin.js'), 'AdminLayoutRoute');
const AdminScriptsRoute = adminScreen(() => import('./routes/admin.js'), 'AdminScriptsRoute');
const AdminPagesRoute = adminScreen(() => import('./routes/adminPages.js'), 'AdminPagesRoute');
const AdminPageEditorRoute = adminScreen(() => import('./routes/adminPages.js'), 'AdminPageEditorRoute');
const AdminHomeRoute = adminScreen(() => import('./routes/adminHome.js'), 'AdminHomeRoute');
const AdminCatalogRoute = adminScreen(() => import('./routes/adminCatalog.js'), 'AdminCatalogRoute');
const AdminTranslationsRoute = adminScreen(() => import('./routes/adminTranslations.js'), 'AdminTranslationsRoute');

/**
 * The host's theme: a dark navy primary with a pale yellow accent. Inside `PortalLayout` the
 * admin's brand colours (the layout settings) take over. Resolved once.
 */
const demoTheme = createTheme({ colors: { primary: '#0b1f3a', accent: '#ffeb3b' } });

/**
 * The demo host: its own routes (React Router), language and simulated sign-in, with the
 * portal wired through `PortalProvider` and its data in the bundled browser store.
 */
export interface AppProps {
  /** The page's CSP nonce, for the elements the library inserts. */
  nonce?: string | undefined;
  /** The demo's data (see adapters.ts; the seeded memory store when rendered at build time). */
  adapters: PortalAdapters;
  /** The query client caching it, possibly filled in advance (see prerender.ts). */
  queryClient?: QueryClient | undefined;
  /** The language to start in (see `initialLanguage` in settings.ts). */
  initialLanguage: DemoLanguage;
  /** Whether the simulated customer starts signed in. */
  initialSignedIn: boolean;
  /** Custom CSS sanitized in advance, for the portal layout (see PortalLayout.tsx). */
  presanitizedCss?: PresanitizedCss | undefined;
  /** Sanitizes the custom CSS instead of the CSS parser loaded on demand (the prerender's `sanitizeCss`). */
  cssSanitizer?: CssSanitizer | undefined;
}

export function App({ nonce, adapters, queryClient, initialLanguage, initialSignedIn, presanitizedCss, cssSanitizer }: AppProps) {
  const [language, setLanguage] = useState<DemoLanguage>(initialLanguage);
  const [signedIn, setSignedIn] = useState(initialSignedIn);
  const [searchParams, setSearchParams] = useSearchParams();

  // The whole page is the portal here, so the document follows its language and direction.
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = getDirection(language);
  }, [language]);

  const changeLanguage = useCallback(
    (next: DemoLanguage) => {
      setLanguage(next);
      storeLanguage(next);
      // A `?lang=` in the address would win on reload: keep it in step with the choice.
      if (searchParams.has('lang')) {
        setSearchParams(
          (params) => {
            params.set('lang', next);
            return params;
          },
          { replace: true },
        );
      }
    },
    [searchParams, setSearchParams],
  );

  const changeSignedIn = useCallback((next: boolean) => {
    setSignedIn(next);
    storeSignedIn(next);
  }, []);

  return (
    <PortalProvider
      language={language}
      defaultLanguage="en"
      theme={demoTheme}
      linkComponent={RouterLink}
      nonce={nonce}
      customer={signedIn ? demoCustomer : null}
      i18n={demoI18n}
      adapters={adapters}
      queryClient={queryClient}
    >
      <Routes>
        <Route element={<DemoPortalLayout theme={demoTheme} onLanguageChange={changeLanguage} onSignedInChange={changeSignedIn} presanitizedCss={presanitizedCss} cssSanitizer={cssSanitizer} />}>
          <Route index element={<HomeRoute />} />
          <Route path="page/:slug" element={<CustomPageRoute />} />
          <Route path="catalog/*" element={<CatalogRoute />} />
          <Route path="tickets" element={<TicketsRoute onSignIn={() => changeSignedIn(true)} />} />
          <Route path="admin" element={<AdminLayout />}>
            <Route index element={<AdminOverviewRoute />} />
            <Route path="pages" element={<AdminPagesRoute />} />
            <Route path="pages/new" element={<AdminPageEditorRoute />} />
            <Route path="pages/:id" element={<AdminPageEditorRoute />} />
            <Route path="home" element={<AdminHomeRoute />} />
            <Route path="layout" element={<AdminLayoutRoute />} />
            <Route path="scripts" element={<AdminScriptsRoute />} />
            <Route path="catalog" element={<AdminCatalogRoute />} />
            <Route path="translations" element={<AdminTranslationsRoute />} />
          </Route>
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </PortalProvider>
  );
}
