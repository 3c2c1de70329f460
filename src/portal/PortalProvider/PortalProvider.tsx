import type { i18n as I18nInstance } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { PortalTranslations } from '../../i18n/createPortalI18n.js';
import { getDirection } from '../../i18n/direction.js';
import { loadedBundles, preparePortalLanguage, setUpPortalI18n } from '../../i18n/setUpPortalI18n.js';
import { ThemeProvider } from '../../theme/ThemeProvider.js';
import type { ResolvedTheme, ThemeInput } from '../../theme/tokens.js';
import { PROVIDER_NAME, PortalContextProvider, type PortalContextValue, type PortalCustomer } from './context.js';
import { Anchor, type LinkComponent } from './LinkComponent.js';
// Data: adapters reach the data hooks through PortalDataProvider.
import type { QueryClient } from '@tanstack/react-query';
import type { PortalAdapters } from '../../adapters/types.js';
import { PortalDataProvider } from '../../data/PortalDataProvider.js';
import { ViewerProvider } from '../../data/viewer.js';
import { viewerOf } from '../../model/audience.js';
import { StorageNotice } from '../states/StorageNotice.js';

// The context lives in its own module so that components importing `usePortal` stay light.
export { usePortal } from './context.js';
export type { PortalContextValue, PortalCustomer } from './context.js';

export interface PortalProviderProps {
  /** The customer's language (BCP 47: `en`, `de`, `pt-BR`, `ar`). @default 'en' */
  language?: string | undefined;
  /** Language content falls back to before "first language with content". @default 'en' */
  defaultLanguage?: string | undefined;
  /** Theme overrides; colours may be any CSS colour. @default defaultTheme */
  theme?: ThemeInput | ResolvedTheme | undefined;
  /** The host's link component; the library never imports a router. @default a plain `<a>` */
  linkComponent?: LinkComponent | undefined;
  /** The CSP nonce of the current page. */
  nonce?: string | undefined;
  /**
   * The signed-in customer, or `null`/absent for an anonymous visitor. Content limited to an
   * audience (anonymous, signed-in, customer groups) is shown by this customer's `groups`; a
   * nested provider with another customer shows what that customer would see (the preview).
   */
  customer?: PortalCustomer | null | undefined;
  /** The host's i18next instance, if it wants the library's strings there. */
  i18n?: I18nInstance | undefined;
  /** Extra languages or overridden strings. */
  translations?: PortalTranslations | undefined;
  /**
   * The host's data sources, one adapter per domain (`tickets`, `customPages`, `catalog`, …);
   * the data hooks below read through them. Create them once, not on every render. Without
   * them, an outer `PortalProvider`'s or `PortalDataProvider`'s adapters are used.
   */
  adapters?: PortalAdapters | undefined;
  /** A TanStack Query client for the adapters' cache. @default one owned by the provider */
  queryClient?: QueryClient | undefined;
  /** Props for the portal's root element (class names, data attributes). */
  rootProps?: Omit<React.ComponentProps<'div'>, 'children' | 'dir' | 'lang'> | undefined;
  children?: ReactNode;
}

/**
 * Everything the portal's components need from the host: language, theme, link component,
 * CSP nonce, the signed-in customer and translations. Wrap the portal (or an admin screen) in it.
 *
 * In browser bundles the German, French and Arabic strings load on demand: the first render in
 * one of them suspends until its strings have loaded (a few kB, once per page). Without a
 * `Suspense` boundary above, React keeps showing what it showed before (or the server's HTML
 * while hydrating); servers and tests have every language at once.
 */
export function PortalProvider({
  language = 'en',
  defaultLanguage = 'en',
  theme,
  linkComponent = Anchor,
  nonce,
  customer = null,
  i18n: hostI18n,
  translations,
  rootProps,
  adapters,
  queryClient,
  children,
}: PortalProviderProps) {
  const i18n = useMemo(
    () => setUpPortalI18n({ instance: hostI18n, translations }, loadedBundles()),
    [hostI18n, translations],
  );
  // Browser bundles load German, French and Arabic strings on demand: until the language's
  // strings are there, the provider suspends (the page keeps what it showed, a hydrating page
  // its server HTML), so no text ever shows in the wrong language or as a raw key.
  const pendingStrings = preparePortalLanguage(i18n, language);
  if (pendingStrings) throw pendingStrings;
  const direction = getDirection(language);
  const value = useMemo<PortalContextValue>(
    () => ({ language, defaultLanguage, direction, linkComponent, nonce, customer, i18n }),
    [language, defaultLanguage, direction, linkComponent, nonce, customer, i18n],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <PortalContextProvider value={value}>
        <ThemeProvider theme={theme} dir={direction} nonce={nonce} lang={language} {...rootProps}>
          <ViewerProvider viewer={viewerOf(customer)}>
            {adapters ? (
              <PortalDataProvider adapters={adapters} queryClient={queryClient}>
                <StorageNotice />
                {children}
              </PortalDataProvider>
            ) : (
              children
            )}
          </ViewerProvider>
        </ThemeProvider>
      </PortalContextProvider>
    </I18nextProvider>
  );
}
PortalProvider.displayName = PROVIDER_NAME;
