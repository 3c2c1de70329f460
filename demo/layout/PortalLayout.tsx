import { Suspense, useEffect, useMemo, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LoadingState, PortalLayout, type CssSanitizer, type ResolvedTheme } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';
import { isDemoLanguage, switcherLanguages, type DemoLanguage } from '../settings.js';

export interface DemoPortalLayoutProps {
  /** The host's theme, which the admin's brand colours are applied over. */
  theme: ResolvedTheme;
  /** Called with the language the visitor picked. */
  onLanguageChange: (language: DemoLanguage) => void;
  /** Called when the visitor signs in (`true`) or out (`false`). */
  onSignedInChange: (signedIn: boolean) => void;
  /** Custom CSS sanitized in advance (see `PresanitizedCss`). */
  presanitizedCss?: PresanitizedCss | undefined;
  /** Sanitizes the custom CSS instead of the CSS parser loaded on demand (the build's prerender passes `sanitizeCss`). */
  cssSanitizer?: CssSanitizer | undefined;
}

/** Until the CSS parser has loaded, the admin's custom CSS is held back: nothing unsanitized applies. */
const holdBack: CssSanitizer = () => ({ css: '', removed: [] });

/**
 * Custom CSS the build sanitized already (the home page rendered into index.html, see
 * prerender.tsx), as pairs of `cssKey` and `sanitizeCss`'s result: the page hydrates with the
 * same `<style>` without loading the CSS parser.
 */
export type PresanitizedCss = ReadonlyArray<readonly [key: string, result: ReturnType<CssSanitizer>]>;

/** What a `sanitizeCss` call is identified by in `PresanitizedCss`. */
export const cssKey = (...[css, options]: Parameters<CssSanitizer>): string => JSON.stringify([css, options.scope, options.allowedOrigins ?? []]);

/**
 * `sanitizeCss`, loaded after the first render: the CSS parser (about 43 kB gzip) stays out of
 * the portal's first load, and the admin's custom CSS applies once it has arrived. CSS the
 * build sanitized is answered from `presanitized`; the parser loads only for other CSS.
 */
function useCssSanitizer(presanitized: PresanitizedCss | undefined): CssSanitizer {
  const [sanitizer, setSanitizer] = useState<{ sanitize: CssSanitizer }>();
  const [wanted, setWanted] = useState(!presanitized?.length);
  const lookUp = useMemo<CssSanitizer>(() => {
    const known = new Map(presanitized);
    return (css, options) => {
      const result = known.get(cssKey(css, options));
      if (result) return result;
      // Asked during a render: load the parser after it.
      queueMicrotask(() => setWanted(true));
      return holdBack(css, options);
    };
  }, [presanitized]);
  useEffect(() => {
    if (!wanted) return;
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
  }, [wanted]);
  return sanitizer?.sanitize ?? lookUp;
}

/**
 * The demo's page frame: the library's `PortalLayout` around the current route, told the
 * router's path, the demo's languages, its simulated sign-in and a link to the admin area. The
 * menu's custom pages are the ones the admin chose in the layout settings.
 */
export function DemoPortalLayout({ theme, onLanguageChange, onSignedInChange, presanitizedCss, cssSanitizer: givenSanitizer }: DemoPortalLayoutProps) {
  const { t } = useDemoTranslation();
  const { pathname } = useLocation();
  const loadedSanitizer = useCssSanitizer(presanitizedCss);
  const cssSanitizer = givenSanitizer ?? loadedSanitizer;
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
      {/* The pages other than the home page load on first visit (see App.tsx). */}
      <Suspense fallback={<LoadingState variant="block" />}>
        <Outlet />
      </Suspense>
    </PortalLayout>
  );
}
