import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { shell as arabic } from '../../../src/i18n/resources/ar/shell.js';
import { AccountStatus } from '../../../src/portal/PortalLayout/AccountStatus.js';
import { PortalProvider, type PortalCustomer } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const dana: PortalCustomer = { id: 'c1', name: 'Dana Weber', avatarUrl: 'https://cdn.example/dana.png' };
const DEFAULT_AVATAR = 'https://cdn.example/default-avatar.png';

const avatar = (container: HTMLElement) => container.querySelector('[data-slot="portal-avatar"]');

/** A host whose sign-in and sign-out switch the provider's customer at once. */
function Host({ movesFocusTo }: { movesFocusTo?: 'search' } = {}) {
  const [customer, setCustomer] = useState<PortalCustomer | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const toggle = (next: PortalCustomer | null) => {
    if (movesFocusTo) search.current?.focus();
    setCustomer(next);
  };
  return (
    <PortalProvider customer={customer}>
      <label>
        Search <input ref={search} />
      </label>
      <AccountStatus defaultAvatarUrl={undefined} onSignIn={() => toggle(dana)} onSignOut={() => toggle(null)} />
    </PortalProvider>
  );
}

describe('AccountStatus', () => {
  describe('given an anonymous visitor', () => {
    it('offers "Sign in" when the host can sign in, and starts it', async () => {
      const onSignIn = vi.fn();
      const { container } = renderPortal(<AccountStatus defaultAvatarUrl={DEFAULT_AVATAR} onSignIn={onSignIn} onSignOut={vi.fn()} />);
      await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(onSignIn).toHaveBeenCalledOnce();
      expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
      expect(avatar(container)).toBeNull();
      await expectNoAxeViolations(container);
    });

    it('shows nothing when the host cannot sign in', () => {
      const { container } = renderPortal(<AccountStatus defaultAvatarUrl={DEFAULT_AVATAR} onSignIn={undefined} onSignOut={vi.fn()} />);
      expect(container.querySelector('[data-slot="portal-account"]')).toBeNull();
    });
  });

  describe('given a signed-in customer', () => {
    it('names them for everyone (the picture is decoration) and signs out through the host', async () => {
      const onSignOut = vi.fn();
      const { container } = renderPortal(<AccountStatus defaultAvatarUrl={DEFAULT_AVATAR} onSignIn={vi.fn()} onSignOut={onSignOut} />, { provider: { customer: dana } });
      expect(screen.getByText('Signed in as Dana Weber')).toBeInTheDocument();
      expect(screen.getByText('Dana Weber')).toBeVisible();
      expect(avatar(container)).toHaveAttribute('alt', '');
      expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
      expect(onSignOut).toHaveBeenCalledOnce();
      await expectNoAxeViolations(container);
    });

    it('offers no sign-out the host cannot do', () => {
      renderPortal(<AccountStatus defaultAvatarUrl={undefined} onSignIn={vi.fn()} onSignOut={undefined} />, { provider: { customer: dana } });
      expect(screen.getByText('Signed in as Dana Weber')).toBeInTheDocument();
      expect(screen.queryByRole('button')).toBeNull();
    });

    it('tries their picture, then the default avatar, then a silhouette, as each fails to load', () => {
      const { container } = renderPortal(<AccountStatus defaultAvatarUrl={DEFAULT_AVATAR} onSignIn={undefined} onSignOut={undefined} />, { provider: { customer: dana } });
      expect(avatar(container)).toHaveAttribute('src', dana.avatarUrl);
      expect(avatar(container)).toHaveAttribute('data-state', 'customer');
      fireEvent.error(avatar(container)!);
      expect(avatar(container)).toHaveAttribute('src', DEFAULT_AVATAR);
      expect(avatar(container)).toHaveAttribute('data-state', 'default');
      fireEvent.error(avatar(container)!);
      expect(avatar(container)?.tagName.toLowerCase()).toBe('svg');
      expect(avatar(container)).toHaveAttribute('data-state', 'fallback');
    });

    it('never loads a picture from a script or data URL', () => {
      const { container } = renderPortal(<AccountStatus defaultAvatarUrl="javascript:alert(1)" onSignIn={undefined} onSignOut={undefined} />, {
        provider: { customer: { ...dana, avatarUrl: 'data:text/html,<script>alert(1)</script>' } },
      });
      expect(container.querySelector('img')).toBeNull();
      expect(avatar(container)).toHaveAttribute('data-state', 'fallback');
    });
  });

  describe('focus', () => {
    it('moves from the pressed "Sign in" to "Sign out" and back, by keyboard', async () => {
      const user = userEvent.setup();
      render(<Host />);
      screen.getByRole('button', { name: 'Sign in' }).focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Sign out' })).toHaveFocus());
      await user.keyboard(' ');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toHaveFocus());
    });

    it('stays where the host put it while signing in', async () => {
      const user = userEvent.setup();
      render(<Host movesFocusTo="search" />);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await screen.findByRole('button', { name: 'Sign out' });
      expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
    });
  });

  it('is translated in Arabic, right to left, without axe violations', async () => {
    const { container } = renderRtl(<AccountStatus defaultAvatarUrl={undefined} onSignIn={vi.fn()} onSignOut={vi.fn()} />, { provider: { customer: dana } });
    expect(screen.getByRole('button', { name: arabic.signOut })).toBeInTheDocument();
    expect(screen.getByText(arabic.signedInAs.replace('{{name}}', 'Dana Weber'))).toBeInTheDocument();
    expect(container.querySelector('[data-slot="portal-account"]')?.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
