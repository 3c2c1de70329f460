import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { createPortalQueryClient } from '../../../src/data/index.js';
import { shell as arabic } from '../../../src/i18n/resources/ar/shell.js';
import { PortalNavigation, type PortalNavigationProps } from '../../../src/portal/PortalLayout/PortalNavigation.js';
import { defaultPortalRoutes } from '../../../src/portal/PortalLayout/routes.js';
import type { LinkComponentProps } from '../../../src/portal/PortalProvider/LinkComponent.js';
import type { PortalProviderProps } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

/** A host link that navigates in the app instead of loading a page (as a router's link does). */
function RouterLink({ onClick, href, ...props }: LinkComponentProps) {
  return (
    // eslint-disable-next-line jsx-a11y/anchor-has-content -- children arrive through props.
    <a
      href={href}
      {...props}
      data-router-link=""
      onClick={(event) => {
        onClick?.(event);
        event.preventDefault();
      }}
    />
  );
}

/** The navigation with its open state held like the layout holds it; `onOpenChange` sees every request. */
function Navigation({ onOpenChange, defaultOpen = false, ...props }: Partial<PortalNavigationProps> & { defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <PortalNavigation
      routes={defaultPortalRoutes}
      menuPages={[]}
      canReadPages
      links={[]}
      currentPath="/"
      {...props}
      open={props.open ?? open}
      onOpenChange={(next) => {
        onOpenChange?.(next);
        setOpen(next);
      }}
    />
  );
}

function renderNavigation(props: Partial<PortalNavigationProps> & { defaultOpen?: boolean } = {}, { rtl = false, provider = {} }: { rtl?: boolean; provider?: Omit<PortalProviderProps, 'children'> } = {}) {
  const render = rtl ? renderRtl : renderPortal;
  return render(<Navigation {...props} />, {
    provider: { adapters: createMemoryAdapters(), queryClient: createPortalQueryClient(), linkComponent: RouterLink, ...provider },
  });
}

const toggle = () => screen.getByRole('button', { name: 'Menu' });
const listOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls')!)!;

describe('PortalNavigation', () => {
  describe('the menu disclosure (narrow layouts)', () => {
    it('opens and closes from the keyboard, saying so on the button and the list', async () => {
      const user = userEvent.setup();
      const { container } = renderNavigation();
      const button = toggle();
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(listOf(button)).toHaveAttribute('data-state', 'closed');
      await user.tab();
      expect(button).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(button).toHaveAttribute('aria-expanded', 'true');
      expect(listOf(button)).toHaveAttribute('data-state', 'open');
      expect(screen.getByRole('navigation', { name: 'Main' })).toHaveAttribute('data-state', 'open');
      await expectNoAxeViolations(container);
      await user.keyboard(' ');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      await expectNoAxeViolations(container);
    });

    it('closes on Escape from a link inside and hands focus back to the button', async () => {
      const user = userEvent.setup();
      const onOpenChange = vi.fn();
      renderNavigation({ defaultOpen: true, onOpenChange });
      await user.tab();
      await user.tab();
      expect(screen.getByRole('link', { name: 'Home' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
      expect(toggle()).toHaveAttribute('aria-expanded', 'false');
      expect(toggle()).toHaveFocus();
    });

    it('leaves Escape to the page while closed', async () => {
      const user = userEvent.setup();
      const onOpenChange = vi.fn();
      const onPageKeyDown = vi.fn((event: KeyboardEvent) => event.defaultPrevented);
      document.addEventListener('keydown', onPageKeyDown);
      try {
        renderNavigation({ onOpenChange });
        toggle().focus();
        await user.keyboard('{Escape}');
        expect(onOpenChange).not.toHaveBeenCalled();
        expect(onPageKeyDown).toHaveLastReturnedWith(false);
      } finally {
        document.removeEventListener('keydown', onPageKeyDown);
      }
    });

    it('closes when a link is followed, but not on a click beside the links', async () => {
      const user = userEvent.setup();
      renderNavigation({ defaultOpen: true });
      await user.click(listOf(toggle()));
      expect(toggle()).toHaveAttribute('aria-expanded', 'true');
      await user.click(screen.getByRole('link', { name: 'Service catalog' }));
      expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    });

    it('follows the open state it is given (the layout or the host owns it)', () => {
      const onOpenChange = vi.fn();
      renderNavigation({ open: true, onOpenChange });
      act(() => toggle().click());
      expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
      expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    });
  });

  describe('the current page', () => {
    it('marks home only on the home page, and a section on the pages below it', () => {
      const { rerender } = renderNavigation({ currentPath: '/' });
      expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
      rerender(<Navigation currentPath="/tickets/T-1042?tab=replies" />);
      expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
      expect(screen.getByRole('link', { name: 'My tickets' })).toHaveAttribute('aria-current', 'page');
      rerender(<Navigation currentPath={undefined} />);
      expect(screen.queryByRole('link', { current: 'page' })).toBeNull();
    });

    it('marks a host link by the paths below it, or by its own path only when exact', () => {
      const links = [
        { href: '/admin', label: 'Administration' },
        { href: '/help', label: 'Help', exact: true },
      ];
      const { rerender } = renderNavigation({ links, currentPath: '/admin/layout' });
      expect(screen.getByRole('link', { name: 'Administration' })).toHaveAttribute('aria-current', 'page');
      rerender(<Navigation links={links} currentPath="/help/faq" />);
      expect(screen.getByRole('link', { name: 'Help' })).not.toHaveAttribute('aria-current');
      rerender(<Navigation links={links} currentPath="/help/" />);
      expect(screen.getByRole('link', { name: 'Help' })).toHaveAttribute('aria-current', 'page');
    });

    it('marks the custom page shown', async () => {
      renderNavigation({ menuPages: ['opening-hours', 'terms-of-use'], currentPath: '/page/terms-of-use' });
      expect(await screen.findByRole('link', { name: 'Terms of use' })).toHaveAttribute('aria-current', 'page');
      expect(await screen.findByRole('link', { name: 'Opening hours' })).not.toHaveAttribute('aria-current');
    });
  });

  describe('entries', () => {
    it('goes through the host link component and drops links it may not follow', () => {
      renderNavigation({ links: [{ href: 'javascript:alert(1)', label: 'Evil' }, { href: 'https://status.example.com/', label: 'Status' }] });
      expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/', '/catalog', '/tickets', 'https://status.example.com/']);
      expect(screen.getAllByRole('link').every((link) => link.hasAttribute('data-router-link'))).toBe(true);
    });

    it('lists no custom pages without a way to read them', async () => {
      renderNavigation({ menuPages: ['opening-hours'], canReadPages: false });
      // Long enough for a read of the memory store to have come back.
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(screen.getAllByRole('link')).toHaveLength(3);
    });

    it('is a plain element without a landmark in a preview', () => {
      const { container } = renderNavigation({ landmark: false });
      expect(screen.queryByRole('navigation')).toBeNull();
      expect(container.querySelector('[data-slot="portal-navigation"]')?.tagName).toBe('DIV');
      expect(toggle()).toBeInTheDocument();
    });
  });

  it('is translated and right to left in Arabic, without axe violations', async () => {
    const user = userEvent.setup();
    const { container } = renderNavigation({ menuPages: ['opening-hours'] }, { rtl: true });
    const navigation = screen.getByRole('navigation', { name: arabic.mainNavigation });
    expect(navigation.closest('[dir="rtl"]')).not.toBeNull();
    await waitFor(() => expect(within(navigation).getAllByRole('link')).toHaveLength(4));
    expect(within(navigation).getByRole('link', { name: arabic.home })).toHaveAttribute('aria-current', 'page');
    const button = within(navigation).getByRole('button', { name: arabic.menu });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(container);
  });
});
