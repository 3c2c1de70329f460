import { useCallback, useEffect, useId, useMemo, useRef, useState, type ComponentProps, type MouseEvent, type ReactNode } from 'react';
import { usePortalAdapters } from '../../data/PortalDataProvider.js';
import { useLayoutSettings, useScriptSettings } from '../../data/settings.js';
import { bundledLanguages } from '../../i18n/resources/languages.js';
import { useControllableState } from '../../internal/useControllableState.js';
import type { LayoutSettingsInput } from '../../model/layout.js';
import { resolveLocalized } from '../../model/localized.js';
import type { ContentSecurityPolicySettings } from '../../security/types.js';
import type { ResolvedTheme, ThemeInput } from '../../theme/tokens.js';
import { PortalScripts, type BlockedScript } from '../PortalScripts/PortalScripts.js';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { AccountStatus } from './AccountStatus.js';
import { brandColorDeclarations } from './brandColors.js';
import { CustomCss, type CssSanitizer } from './CustomCss.js';
import { toSafeImageSource } from './imageSource.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { PortalNavigation, type PortalNavigationLink } from './PortalNavigation.js';
import { Brand, BrandError, Controls, Footer, Header, HeaderButton, LayoutFrame, LayoutRoot, Main, SkipLink, TopBar } from './PortalLayout.styles.js';
import { defaultPortalRoutes, type PortalRoutes } from './routes.js';
import { useFavicon } from './useFavicon.js';

const NAME = 'PortalLayout';

/** Whether the layout settings are still loading, applied, or could not be read (the default look then stays). */
export type PortalLayoutState = 'loading' | 'ready' | 'error';

export interface PortalLayoutProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The page: rendered inside the `<main>` landmark. */
  children?: ReactNode;
  /**
   * Slugs of the custom pages in the menu, in order. Only pages that exist and are `valid`
   * appear, titled in the customer's language. @default the layout settings' `menuPages` (the
   * pages the admin chose), or none
   */
  menuPages?: readonly string[] | undefined;
  /** Entries the host adds after the portal's own, labels already translated. @default [] */
  links?: readonly PortalNavigationLink[] | undefined;
  /**
   * Where home, catalog, tickets and custom pages live in the host's router; `null` leaves an
   * entry out. @default { home: '/', catalog: '/catalog', tickets: '/tickets', customPage: (slug) => `/page/${slug}` }
   */
  routes?: Partial<PortalRoutes> | undefined;
  /** The current path from the host's router: its navigation entry gets `aria-current="page"`. */
  currentPath?: string | undefined;
  /**
   * What identifies the page shown (e.g. the router's location key). When it changes (not on
   * the first render), the focus moves to the new page's `<h1>` (or the main content until the
   * heading appears), so keyboard and screen reader users start at the page they opened instead
   * of on the link they pressed. A page that placed the focus inside the main content itself
   * keeps it. @default currentPath
   */
  routeKey?: string | undefined;
  /** Whether a change of `routeKey` moves the focus (see there). Off without landmarks. @default true */
  focusOnRouteChange?: boolean | undefined;
  /** The languages the portal offers in the switcher. @default the bundled languages: en, de, fr, ar */
  languages?: readonly string[] | undefined;
  /** Called with the language the visitor picked; without it there is no language switcher. */
  onLanguageChange?: ((language: string) => void) | undefined;
  /** Starts the host's sign-in; without it an anonymous visitor sees no sign-in button. */
  onSignIn?: (() => void) | undefined;
  /** Signs the customer out through the host; without it there is no sign-out button. */
  onSignOut?: (() => void) | undefined;
  /** The footer's content. @default the portal's name (the logo's alt text), if any */
  footer?: ReactNode;
  /**
   * The theme the admin's primary and accent colours are applied over: text and focus colours
   * derived from them keep AA contrast on its surface and background. Pass the theme given to
   * `PortalProvider`. @default defaultTheme
   */
  theme?: ThemeInput | ResolvedTheme | undefined;
  /**
   * Layout settings to apply instead of reading them through the `layout` adapter, e.g. an
   * editor's unsaved settings for a live preview; `null` for the default look.
   * @default read through the `layout` adapter (the default look without one)
   */
  settings?: LayoutSettingsInput | null | undefined;
  /**
   * Script settings to load instead of reading them through the `scriptSettings` adapter;
   * `null` for none. @default read through the `scriptSettings` adapter
   */
  scriptSettings?: ContentSecurityPolicySettings | null | undefined;
  /** Whether to load the admin's scripts (`PortalScripts`); `false` for a preview. @default true */
  loadScripts?: boolean | undefined;
  /** The page's `Content-Security-Policy`, so that scripts it would block are not inserted. @default the policy the settings imply */
  scriptPolicy?: string | undefined;
  /** Called for each admin script that was not inserted because the policy would block it. */
  onScriptBlocked?: ((script: BlockedScript) => void) | undefined;
  /** Let the layout set the page's `<link rel="icon">` to the admin's favicon while mounted. @default false */
  setFavicon?: boolean | undefined;
  /**
   * `sanitizeCss` from `helpdesk-portal-kit/security`: the admin's custom CSS is applied only
   * through it (scoped to the layout, stripped of anything that loads or runs code). It is
   * passed in rather than built in so that a portal without custom CSS does not ship the CSS
   * parser (about 43 kB gzip). Without it, custom CSS is not applied and a warning says so.
   */
  cssSanitizer?: CssSanitizer | undefined;
  /** Origins the admin's CSS may load images from with `url()`, besides this site. @default [] */
  cssAllowedOrigins?: readonly string[] | undefined;
  /**
   * `false` for a preview inside another page (an editor's): the header, navigation, main part and
   * footer are drawn as plain elements, not landmarks, and there is no skip link, so the page
   * around keeps its own landmarks. @default true
   */
  landmarks?: boolean | undefined;
  /** Whether the folded navigation is open (controlled). */
  menuOpen?: boolean | undefined;
  /** Whether the folded navigation starts open. @default false */
  defaultMenuOpen?: boolean | undefined;
  /** Called when the folded navigation opens or closes. */
  onMenuOpenChange?: ((open: boolean) => void) | undefined;
}

const NO_PAGES: readonly string[] = [];
const NO_LINKS: readonly PortalNavigationLink[] = [];
const NO_ORIGINS: readonly string[] = [];

/**
 * The frame every portal page sits in: a skip link, a header with the logo (top-left, top-right
 * in RTL), the main navigation (folding into a "Menu" disclosure where narrow), the language
 * switcher and the sign-in state with the customer's avatar; the page in `<main>`; a footer.
 *
 * It applies the admin's layout settings from the `layout` adapter: primary and accent colours,
 * logo, favicon (when `setFavicon`), default avatar and custom CSS (through `cssSanitizer`),
 * scoped to the layout's root in a `<style>` with the page's nonce, so it can never restyle the
 * host's page;
 * the root also contains what the CSS positions (`position: fixed` cannot cover the host's
 * page). It loads the admin's scripts from the `scriptSettings` adapter through
 * `PortalScripts`. Needs a `PortalProvider` with `adapters` (or a `PortalDataProvider`).
 */
export function PortalLayout({ settings, scriptSettings, loadScripts = true, scriptPolicy, onScriptBlocked, ...props }: PortalLayoutProps) {
  const adapters = usePortalAdapters();
  let scripts: ReactNode = null;
  if (loadScripts) {
    if (scriptSettings !== undefined) {
      scripts = scriptSettings ? <PortalScripts settings={scriptSettings} policy={scriptPolicy} onBlocked={onScriptBlocked} /> : null;
    } else if (adapters.scriptSettings) {
      scripts = <ScriptsFromAdapter policy={scriptPolicy} onBlocked={onScriptBlocked} />;
    }
  }
  const canReadPages = adapters.customPages !== undefined;
  if (settings === undefined && adapters.layout) {
    return <LayoutFromAdapter {...props} scripts={scripts} canReadPages={canReadPages} />;
  }
  return <LayoutShell {...props} settings={settings ?? null} state="ready" scripts={scripts} canReadPages={canReadPages} />;
}
PortalLayout.displayName = NAME;

function ScriptsFromAdapter({ policy, onBlocked }: { policy: string | undefined; onBlocked: ((script: BlockedScript) => void) | undefined }) {
  const { data } = useScriptSettings();
  return data ? <PortalScripts settings={data} policy={policy} onBlocked={onBlocked} /> : null;
}

type ShellProps = Omit<PortalLayoutProps, 'settings' | 'scriptSettings' | 'loadScripts' | 'scriptPolicy' | 'onScriptBlocked'> & {
  scripts: ReactNode;
  canReadPages: boolean;
};

function LayoutFromAdapter(props: ShellProps) {
  const result = useLayoutSettings();
  // While loading, and when the settings cannot be read, the portal stays usable in the default look.
  // A retry after a failure starts over as `pending`: the error (and its focused retry button)
  // stays until the new read settles.
  const [settled, setSettled] = useState<'success' | 'error' | undefined>(undefined);
  const current = result.status === 'pending' ? settled : result.status;
  if (current !== settled) setSettled(current);
  const state: PortalLayoutState = current === 'success' ? 'ready' : current === 'error' ? 'error' : 'loading';
  return <LayoutShell {...props} settings={result.data ?? null} state={state} onRetry={result.retry} retrying={result.isFetching} />;
}

/** In the logo's place when the settings could not be read: what is missing, and a retry. */
function BrandErrorNotice({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  const { t } = usePortalTranslation();
  return (
    <Brand data-slot="portal-brand" data-state="error">
      <BrandError data-slot="portal-brand-error">
        <span role="status">{t('shell.layoutError')}</span>
        {/* Stays focusable while the new read runs (a disabled button would drop the focus). */}
        <HeaderButton
          type="button"
          data-slot="portal-brand-retry"
          aria-disabled={retrying || undefined}
          aria-busy={retrying || undefined}
          onClick={() => {
            if (!retrying) onRetry();
          }}
        >
          {retrying ? t('data.retrying') : t('common.retry')}
        </HeaderButton>
      </BrandError>
    </Brand>
  );
}

/** Focuses `element`, making it focusable from script only when it is not focusable already. */
function focusElement(element: HTMLElement) {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/**
 * Moves the focus to the page in `main` after a route change: its `<h1>`, or `main` itself
 * until a page that is still loading draws its heading. Leaves a focus the page placed inside
 * `main` alone. Returns a cleanup that stops waiting for the heading.
 */
function focusNewPage(main: HTMLElement): (() => void) | undefined {
  const active = main.ownerDocument.activeElement;
  if (active && active !== main.ownerDocument.body && main.contains(active)) return undefined;
  const heading = () => main.querySelector<HTMLElement>('h1');
  const found = heading();
  if (found) {
    focusElement(found);
    return undefined;
  }
  main.focus();
  const observer = new MutationObserver(() => {
    // The visitor moved on (or the page put the focus somewhere itself): stop waiting.
    if (main.ownerDocument.activeElement !== main) return observer.disconnect();
    const late = heading();
    if (!late) return;
    observer.disconnect();
    focusElement(late);
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => observer.disconnect();
}

function LayoutShell({
  children,
  menuPages: menuPagesProp,
  links = NO_LINKS,
  routes: routesProp,
  currentPath,
  routeKey: routeKeyProp,
  focusOnRouteChange = true,
  languages = bundledLanguages,
  onLanguageChange,
  onSignIn,
  onSignOut,
  footer,
  theme,
  setFavicon = false,
  cssSanitizer,
  cssAllowedOrigins = NO_ORIGINS,
  landmarks = true,
  menuOpen,
  defaultMenuOpen = false,
  onMenuOpenChange,
  settings,
  state,
  scripts,
  canReadPages,
  onRetry,
  retrying = false,
  ...rest
}: ShellProps & { settings: LayoutSettingsInput | null; state: PortalLayoutState; onRetry?: (() => void) | undefined; retrying?: boolean | undefined }) {
  const { language, defaultLanguage, nonce, linkComponent: Link } = usePortal(NAME);
  const { t } = usePortalTranslation();
  const id = useId();
  const main = useRef<HTMLElement>(null);
  const [open, setOpen] = useControllableState({ value: menuOpen, defaultValue: defaultMenuOpen, onChange: onMenuOpenChange });
  const routes: PortalRoutes = { ...defaultPortalRoutes, ...routesProp };
  const menuPages = menuPagesProp ?? settings?.menuPages ?? NO_PAGES;

  const primaryColor = settings?.primaryColor;
  const accentColor = settings?.accentColor;
  const variables = useMemo(
    () => (primaryColor !== undefined && accentColor !== undefined ? brandColorDeclarations(theme, primaryColor, accentColor) : ''),
    [theme, primaryColor, accentColor],
  );

  const logoSource = toSafeImageSource(settings?.logo?.url);
  const portalName =
    resolveLocalized(
      Object.fromEntries(Object.entries(settings?.content ?? {}).map(([tag, content]) => [tag, content.logoAlt])),
      language,
      defaultLanguage,
    ) ?? '';
  const faviconSource = toSafeImageSource(settings?.favicon?.url);
  useFavicon(faviconSource, settings?.favicon?.mediaType, setFavicon);

  // After in-app navigation the focus goes to the new page, not the first render's.
  const routeKey = routeKeyProp ?? currentPath;
  const shownRoute = useRef(routeKey);
  useEffect(() => {
    if (shownRoute.current === routeKey) return;
    shownRoute.current = routeKey;
    if (!landmarks || !focusOnRouteChange || !main.current) return;
    return focusNewPage(main.current);
  }, [routeKey, landmarks, focusOnRouteChange]);

  const mainId = `hpk-main${id.replace(/[^\w-]/g, '')}`;
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus moves without touching the address, which the host's router owns.
    event.preventDefault();
    main.current?.focus();
    main.current?.scrollIntoView?.({ block: 'start' });
  };

  // When "Try again" brings the logo back, focus goes to the logo link instead of the page's start.
  const brandRef = useRef<HTMLSpanElement>(null);
  const focusBrand = useRef(false);
  const retry = useCallback(() => {
    focusBrand.current = true;
    onRetry?.();
  }, [onRetry]);
  useEffect(() => {
    if (state !== 'ready' || !focusBrand.current) return;
    focusBrand.current = false;
    const target = brandRef.current?.querySelector<HTMLElement>('a') ?? main.current;
    if (document.activeElement === document.body || document.activeElement === null) target?.focus();
  }, [state]);

  let brand: ReactNode = null;
  if (logoSource !== undefined || portalName !== '') {
    const mark =
      logoSource !== undefined ? (
        // The asset's size reserves the logo's box before the image arrives (no layout shift).
        <img src={logoSource} alt={portalName} width={settings?.logo?.width} height={settings?.logo?.height} data-slot="portal-logo" />
      ) : (
        portalName
      );
    brand = (
      <Brand ref={brandRef} data-slot="portal-brand">
        {routes.home !== null ? (
          <Link href={routes.home} data-slot="portal-logo-link" aria-label={portalName === '' ? t('shell.home') : undefined}>
            {mark}
          </Link>
        ) : (
          mark
        )}
      </Brand>
    );
  } else if (state === 'loading') {
    // Holds the logo's place while the settings load, so the controls and the navigation do
    // not move when it arrives.
    brand = <Brand data-slot="portal-brand" data-state="loading" />;
  } else if (state === 'error' && onRetry) {
    // Without the settings there is no logo and no admin menu: say so in the logo's place.
    brand = <BrandErrorNotice onRetry={retry} retrying={retrying} />;
  }
  const footerContent = footer ?? (portalName !== '' ? portalName : null);

  return (
    <LayoutFrame {...rest} data-slot="portal-layout" data-state={state}>
      <LayoutRoot $variables={variables} data-slot="portal-layout-root" data-hpk-layout={id}>
        {settings?.customCss ? (
          <CustomCss
            css={settings.customCss}
            scope={`[data-hpk-layout="${id}"]`}
            allowedOrigins={cssAllowedOrigins}
            nonce={nonce}
            sanitize={cssSanitizer}
          />
        ) : null}
        {landmarks ? (
          <SkipLink href={`#${mainId}`} onClick={skipToMain} data-slot="portal-skip-link">
            {t('shell.skipToContent')}
          </SkipLink>
        ) : null}
        <Header as={landmarks ? undefined : 'div'} data-slot="portal-header">
          <TopBar data-slot="portal-header-bar">
            {brand}
            <Controls data-slot="portal-header-controls">
              {onLanguageChange ? <LanguageSwitcher languages={languages} onValueChange={onLanguageChange} /> : null}
              <AccountStatus defaultAvatarUrl={settings?.defaultAvatar?.url} onSignIn={onSignIn} onSignOut={onSignOut} />
            </Controls>
          </TopBar>
          <PortalNavigation
            routes={routes}
            menuPages={menuPages}
            canReadPages={canReadPages}
            links={links}
            currentPath={currentPath}
            open={open}
            onOpenChange={setOpen}
            landmark={landmarks}
          />
        </Header>
        <Main as={landmarks ? undefined : 'div'} ref={main} id={mainId} tabIndex={landmarks ? -1 : undefined} data-slot="portal-main">
          {children}
        </Main>
        {footerContent !== null ? <Footer as={landmarks ? undefined : 'div'} data-slot="portal-footer">{footerContent}</Footer> : null}
        {scripts}
      </LayoutRoot>
    </LayoutFrame>
  );
}
