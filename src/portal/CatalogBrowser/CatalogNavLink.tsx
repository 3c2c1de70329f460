import type { ComponentProps, MouseEvent, ReactNode } from 'react';
import { composeEventHandlers } from '../../internal/composeEventHandlers.js';
import { useCatalogBrowserContext, type CatalogFocusTarget } from './context.js';
import type { CatalogLocation } from './types.js';

export interface CatalogNavLinkProps extends Omit<ComponentProps<'a'>, 'href' | 'children'> {
  /** Where the link leads. */
  to: CatalogLocation;
  /** What receives focus once the location is shown. @default the view's heading */
  focus?: CatalogFocusTarget | undefined;
  children?: ReactNode;
}

const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A move inside the catalog. With the host's `getHref` it is a real link (through the host's
 * link component), so it can be opened in a new tab or copied; a plain click navigates in
 * place through `onValueChange`. Without `getHref` it is a button.
 */
export function CatalogNavLink({ to, focus = { kind: 'heading' }, onClick, children, ref, ...rest }: CatalogNavLinkProps) {
  const { navigate, hrefFor, linkComponent: Link } = useCatalogBrowserContext('CatalogNavLink');
  const href = hrefFor(to);
  if (href !== undefined) {
    return (
      <Link
        {...rest}
        ref={ref}
        href={href}
        onClick={composeEventHandlers(onClick, (event: MouseEvent<HTMLAnchorElement>) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          navigate(to, { focus });
        })}
      >
        {children}
      </Link>
    );
  }
  const { target: _target, rel: _rel, download: _download, hrefLang: _hrefLang, ping: _ping, referrerPolicy: _referrerPolicy, type: _type, ...buttonProps } = rest;
  return (
    <button
      {...(buttonProps as ComponentProps<'button'>)}
      type="button"
      onClick={composeEventHandlers(onClick as ((event: MouseEvent<HTMLButtonElement>) => void) | undefined, () => navigate(to, { focus }))}
    >
      {children}
    </button>
  );
}
