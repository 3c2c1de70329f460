import { Outlet, useLocation } from 'react-router';
import { PortalLayout, type ResolvedTheme } from '../../src/index.js';
import { sanitizeCss } from '../../src/security/index.js';
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

/**
 * The demo's page frame: the library's `PortalLayout` around the current route, told the
 * router's path, the demo's languages, its simulated sign-in and a link to the admin area. The
 * menu's custom pages are the ones the admin chose in the layout settings.
 */
export function DemoPortalLayout({ theme, onLanguageChange, onSignedInChange }: DemoPortalLayoutProps) {
  const { t } = useDemoTranslation();
  const { pathname } = useLocation();
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
      cssSanitizer={sanitizeCss}
    >
      <Outlet />
    </PortalLayout>
  );
}
