import { useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useCustomPage } from '../../data/customPages.js';
import { isSlug } from '../../model/common.js';
import { resolveLocalizedEntry } from '../../model/localized.js';
import { toSafeHref } from '../../security/toSafeHref.js';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { MenuToggle, Navigation, NavigationList } from './PortalLayout.styles.js';
import { isCurrentPath, type PortalRoutes } from './routes.js';

/** A navigation entry the host adds after the portal's own (e.g. a link to its admin area). */
export interface PortalNavigationLink {
  /** Where it leads: a path in the host's app, or an http(s) URL. */
  href: string;
  /** The visible text, already in the portal's language. */
  label: string;
  /** Whether only this exact path marks it as the current page. @default false (paths below it count too) */
  exact?: boolean | undefined;
}

interface NavigationItemProps {
  href: string;
  label: string;
  current: boolean;
  lang?: string | undefined;
  slot: string;
}

function NavigationItem({ href, label, current, lang, slot }: NavigationItemProps) {
  const { linkComponent: Link } = usePortal('PortalNavigation');
  const safe = toSafeHref(href);
  if (safe === undefined) return null;
  return (
    <li data-slot="portal-navigation-item">
      <Link href={safe} lang={lang} aria-current={current ? 'page' : undefined} data-slot={slot}>
        {label}
      </Link>
    </li>
  );
}

/** A custom page in the menu: shown only once it is known to be valid, titled in the best language. */
function CustomPageItem({ slug, href, currentPath }: { slug: string; href: string; currentPath: string | undefined }) {
  const { language, defaultLanguage } = usePortal('PortalNavigation');
  const wellFormed = isSlug(slug);
  const result = useCustomPage({ slug, enabled: wellFormed });
  // Unknown, malformed, invalid and temporarily invalid pages stay out of the menu (also when
  // a page stops being valid after it was shown: the read then fails with `not_found`).
  if (!wellFormed || result.status !== 'success' || result.data === undefined) return null;
  const titles = Object.fromEntries(Object.entries(result.data.content).map(([tag, content]) => [tag, content.title]));
  const title = resolveLocalizedEntry(titles, language, defaultLanguage);
  if (title === undefined) return null;
  return (
    <NavigationItem
      href={href}
      label={title.value}
      lang={title.language === language ? undefined : title.language}
      current={isCurrentPath(href, currentPath, false)}
      slot="portal-navigation-page-link"
    />
  );
}

export interface PortalNavigationProps {
  routes: PortalRoutes;
  /** Slugs of the custom pages in the menu, in order. */
  menuPages: readonly string[];
  /** Whether custom pages can be read (a `customPages` adapter exists). */
  canReadPages: boolean;
  links: readonly PortalNavigationLink[];
  currentPath: string | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** `false` draws a plain element instead of a `<nav>` landmark (a preview). @default true */
  landmark?: boolean | undefined;
}

/**
 * The portal's main navigation: home, catalog, tickets, the chosen custom pages and the host's
 * links. Where the layout is narrow it folds into a "Menu" disclosure button (`aria-expanded`,
 * `aria-controls`); Escape closes it and returns focus to the button, following a link closes it.
 */
export function PortalNavigation({ routes, menuPages, canReadPages, links, currentPath, open, onOpenChange, landmark = true }: PortalNavigationProps) {
  const { t } = usePortalTranslation();
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const state = open ? 'open' : 'closed';
  const pageHref = routes.customPage;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    onOpenChange(false);
    toggle.current?.focus();
  };
  const onListClick = (event: MouseEvent<HTMLUListElement>) => {
    if (open && event.target instanceof Element && event.target.closest('a')) onOpenChange(false);
  };

  return (
    <Navigation
      as={landmark ? undefined : 'div'}
      aria-label={landmark ? t('shell.mainNavigation') : undefined}
      onKeyDown={onKeyDown} data-slot="portal-navigation" data-state={state}>
      <MenuToggle
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => onOpenChange(!open)}
        data-slot="portal-menu-toggle"
        data-state={state}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          {open ? (
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
        {t('shell.menu')}
      </MenuToggle>
      <NavigationList id={listId} onClick={onListClick} data-slot="portal-navigation-list" data-state={state}>
        {routes.home !== null ? (
          <NavigationItem href={routes.home} label={t('shell.home')} current={isCurrentPath(routes.home, currentPath, false)} slot="portal-navigation-link" />
        ) : null}
        {routes.catalog !== null ? (
          <NavigationItem href={routes.catalog} label={t('shell.catalog')} current={isCurrentPath(routes.catalog, currentPath, true)} slot="portal-navigation-link" />
        ) : null}
        {routes.tickets !== null ? (
          <NavigationItem href={routes.tickets} label={t('shell.tickets')} current={isCurrentPath(routes.tickets, currentPath, true)} slot="portal-navigation-link" />
        ) : null}
        {canReadPages && pageHref !== null
          ? menuPages.map((slug) => <CustomPageItem key={slug} slug={slug} href={pageHref(slug)} currentPath={currentPath} />)
          : null}
        {links.map((link) => (
          <NavigationItem
            key={`${link.href} ${link.label}`}
            href={link.href}
            label={link.label}
            current={isCurrentPath(link.href, currentPath, !link.exact)}
            slot="portal-navigation-link"
          />
        ))}
      </NavigationList>
    </Navigation>
  );
}
