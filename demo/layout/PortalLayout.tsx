import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PortalLayout, type CssSanitizer, type ResolvedTheme } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';
import { isDemoLanguage, switcherLanguages, type DemoLanguage } from '../settings.js';

export interface DemoPortalLayoutProps {
  /** The host's theme, which the admin's brand colours are applied over. */
  theme: ResolvedTheme;
  /** Called with the language the visitor picked. */
  onLanguageChange: (language: DemoLanguage) => void;
  /** Called when the visitor signs in (`true`) or out (`false`). */
  onSignedInChange: (signedIn: boolean) => void;
}

/** Until the CSS parser has loaded, the admin's custom CSS is held back: nothing unsanitized applies. */
const holdBack: CssSanitizer = () => ({ css: '', removed: [] });

/**
 * `sanitizeCss`, loaded after the first render: the CSS parser (about 43 kB gzip) stays out of
 * the portal's first load, and the admin's custom CSS applies once it has arrived.
 */
function useCssSanitizer(): CssSanitizer {
  const [sanitizer, setSanitizer] = useState<{ sanitize: CssSanitizer }>({ sanitize: holdBack });
  useEffect(() => {
    let active = true;
    import('../../src/security/sanitizeCss.js').then(
      ({ sanitizeCss }) => {
        if (active) setSanitizer({ sanitize: sanitizeCss });
      },
      (error: unknown) => console.error('The CSS sanitizer could not be loaded; custom CSS is not applied.', error),
    );
    return () => {
      active = false;
    };
  }, []);
  return sanitizer.sanitize;
}

/**
 * The demo's page frame: the library's `PortalLayout` around the current route, told the
 * router's path, the demo's languages, its simulated sign-in and a link to the admin area. The
 * menu's custom pages are the ones the admin chose in the layout settings.
 */
export function DemoPortalLayout({ theme, onLanguageChange, onSignedInChange }: DemoPortalLayoutProps) {
  const { t } = useDemoTranslation();
  const { pathname } = useLocation();
  const cssSanitizer = useCssSanitizer();
  return (
    <PortalLayout
      theme={theme}
      currentPath={pathname}
      links={[{ href: '/admin', label: t('navAdmin') }]}
      languages={switcherLanguages}
      onLanguageChange={(language) => {
        if (isDemoLanguage(language)) onLanguageChange(language);
      }}
      onSignIn={() => onSignedInChange(true)}
      onSignOut={() => onSignedInChange(false)}
      footer={t('footer')}
      setFavicon
      cssSanitizer={cssSanitizer}
    >
      <Outlet />
    </PortalLayout>
  );
}
