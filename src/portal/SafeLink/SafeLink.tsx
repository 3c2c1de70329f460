import type { ComponentProps } from 'react';
import { isRelativeHref, toSafeHref } from '../../security/toSafeHref.js';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { BlockedLink, BlockedMarker } from './SafeLink.styles.js';
import { VisuallyHidden } from '../../internal/visuallyHidden.js';

const NAME = 'SafeLink';
const EXTERNAL_REL = ['noopener', 'noreferrer'];

export interface SafeLinkProps extends Omit<ComponentProps<'a'>, 'href' | 'target'> {
  /** The destination as an admin or an adapter supplied it; checked with `toSafeHref`. */
  href: string | null | undefined;
  /** Open in a new tab; screen readers are told so. @default false */
  newTab?: boolean | undefined;
}

const EXTERNAL_REL_VALUE = EXTERNAL_REL.join(' ');

function mergeRel(rel: string | undefined): string {
  if (rel === undefined || rel === '') return EXTERNAL_REL_VALUE;
  const tokens = new Set([...(rel ?? '').split(/\s+/).filter(Boolean), ...EXTERNAL_REL]);
  tokens.delete('opener');
  return [...tokens].join(' ');
}

// The notes read the library's strings in components of their own: a plain link (most of them,
// and every row of a long list) then never subscribes to the language.
function NewTabNote() {
  const { t } = usePortalTranslation();
  return (
    <>
      {' '}
      <VisuallyHidden>{t('security.opensInNewTab')}</VisuallyHidden>
    </>
  );
}

function BlockedNote() {
  const { t } = usePortalTranslation();
  return <BlockedMarker data-slot="safe-link-blocked-marker">({t('security.linkBlocked')})</BlockedMarker>;
}

/**
 * A link to a destination that came from data. Paths, queries and fragments render the
 * host's link component (from `PortalProvider`, so its router handles them); `http(s)`,
 * `mailto` and `tel` URLs render an `<a>` with `rel="noopener noreferrer"`. A destination
 * `toSafeHref` refuses (`javascript:`, `data:`, obfuscated schemes, `//host`) renders the
 * text without a link, visibly and audibly marked as a removed link.
 */
export function SafeLink({ href, newTab = false, children, rel, ref, ...rest }: SafeLinkProps) {
  const { linkComponent: Link } = usePortal(NAME);
  const safe = typeof href === 'string' ? toSafeHref(href) : undefined;
  const newTabNote = newTab ? <NewTabNote /> : null;

  if (safe === undefined) {
    // Anchor-only props (download, hrefLang, ping…) mean nothing on text; the rest still applies.
    const { download: _download, hrefLang: _hrefLang, ping: _ping, referrerPolicy: _referrerPolicy, type: _type, ...spanProps } = rest;
    return (
      <BlockedLink {...(spanProps as ComponentProps<'span'>)} data-slot="safe-link" data-state="blocked">
        {children}{' '}
        <BlockedNote />
      </BlockedLink>
    );
  }

  const target = newTab ? '_blank' : undefined;
  if (isRelativeHref(safe)) {
    return (
      <Link
        {...rest}
        ref={ref}
        href={safe}
        target={target}
        rel={newTab ? mergeRel(rel) : rel}
        data-slot="safe-link"
        data-state="internal"
      >
        {children}
        {newTabNote}
      </Link>
    );
  }
  return (
    <a {...rest} ref={ref} href={safe} target={target} rel={mergeRel(rel)} data-slot="safe-link" data-state="external">
      {children}
      {newTabNote}
    </a>
  );
}
SafeLink.displayName = NAME;
