import type { ReactNode } from 'react';
import { useMatch, useResolvedPath } from 'react-router';
import { usePortal } from '../../src/index.js';

export interface NavigationLinkProps {
  /** The route the link leads to. */
  href: string;
  /** Whether only the exact path marks the link as current (for index routes). @default false */
  end?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A navigation entry drawn with the portal's link component (the `RouterLink` the demo gave
 * `PortalProvider`), marked `aria-current="page"` on its own route.
 */
export function NavigationLink({ href, end = false, className, children }: NavigationLinkProps) {
  const { linkComponent: Link } = usePortal('NavigationLink');
  const path = useResolvedPath(href).pathname;
  const current = useMatch({ path, end }) !== null;
  return (
    <Link href={href} className={className} aria-current={current ? 'page' : undefined} data-slot="navigation-link">
      {children}
    </Link>
  );
}
