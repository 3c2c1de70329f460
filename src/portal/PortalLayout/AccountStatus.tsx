import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { usePortal } from '../PortalProvider/context.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { toSafeImageSource } from './imageSource.js';
import { Account, AvatarFallback, AvatarImage, HeaderButton } from './PortalLayout.styles.js';
import { VisuallyHidden } from '../../internal/visuallyHidden.js';

export interface AccountStatusProps {
  /** The layout's default avatar, for a customer without a picture. */
  defaultAvatarUrl: string | undefined;
  /** Starts the host's sign-in; without it an anonymous visitor sees no sign-in button. */
  onSignIn: (() => void) | undefined;
  /** Signs the customer out through the host; without it no sign-out button. */
  onSignOut: (() => void) | undefined;
}

/** The built-in picture when neither the customer nor the layout has one: a neutral silhouette. */
function DefaultAvatar() {
  return (
    <AvatarFallback viewBox="0 0 32 32" aria-hidden="true" focusable="false" data-slot="portal-avatar" data-state="fallback">
      <circle cx="16" cy="12" r="6" fill="currentColor" />
      <path d="M5 28c1.5-6 6-9 11-9s9.5 3 11 9" fill="currentColor" />
    </AvatarFallback>
  );
}

/**
 * The sign-in state in the header: the customer's avatar (or the layout's default avatar, or a
 * silhouette) and name, and a sign-out button; for an anonymous visitor a sign-in button.
 */
export function AccountStatus({ defaultAvatarUrl, onSignIn, onSignOut }: AccountStatusProps) {
  const { customer } = usePortal('AccountStatus');
  const { t } = usePortalTranslation();
  // Pictures that failed to load, so the next one in line is tried.
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set());
  // Signing in or out swaps the focused button for the other one, and focus would fall to the
  // document's start; the button the customer pressed hands focus on to its successor.
  const account = useRef<HTMLDivElement>(null);
  const handOnFocus = useRef(false);
  const signedIn = customer !== undefined && customer !== null;
  useEffect(() => {
    if (!handOnFocus.current) return;
    handOnFocus.current = false;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) account.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [signedIn]);
  const pressed = (handler: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
    handOnFocus.current = document.activeElement === event.currentTarget;
    handler();
  };

  if (!customer) {
    if (!onSignIn) return null;
    return (
      <Account ref={account} data-slot="portal-account" data-state="anonymous">
        <HeaderButton type="button" onClick={pressed(onSignIn)} data-slot="portal-sign-in">
          {t('shell.signIn')}
        </HeaderButton>
      </Account>
    );
  }

  const candidates: Array<[source: string | undefined, kind: 'customer' | 'default']> = [
    [toSafeImageSource(customer.avatarUrl), 'customer'],
    [toSafeImageSource(defaultAvatarUrl), 'default'],
  ];
  const [source, kind] = candidates.find(([candidate]) => candidate !== undefined && !failed.has(candidate)) ?? [undefined, 'fallback'];

  return (
    <Account ref={account} data-slot="portal-account" data-state="signed-in">
      {source !== undefined ? (
        <AvatarImage
          key={source}
          src={source}
          // The name is written beside it: the picture adds nothing for a screen reader.
          alt=""
          width={32}
          height={32}
          data-slot="portal-avatar"
          data-state={kind}
          onError={() => setFailed((previous) => new Set(previous).add(source))}
        />
      ) : (
        <DefaultAvatar />
      )}
      <span aria-hidden="true" data-slot="portal-account-name">
        {customer.name}
      </span>
      <VisuallyHidden>{t('shell.signedInAs', { name: customer.name })}</VisuallyHidden>
      {onSignOut ? (
        <HeaderButton type="button" onClick={pressed(onSignOut)} data-slot="portal-sign-out">
          {t('shell.signOut')}
        </HeaderButton>
      ) : null}
    </Account>
  );
}
