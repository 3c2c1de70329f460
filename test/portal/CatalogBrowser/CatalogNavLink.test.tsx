import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MouseEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CatalogNavLink } from '../../../src/portal/CatalogBrowser/CatalogNavLink.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import type { LinkComponentProps } from '../../../src/portal/PortalProvider/index.js';
import { CatalogPartContext } from '../../../stories/portal/CatalogBrowser/partContext.js';
import { expectNoAxeViolations, renderPortal } from '../../render.js';

const START: CatalogLocation = { categoryId: null, itemId: null, query: '' };
const SOFTWARE: CatalogLocation = { categoryId: 'software', itemId: null, query: '' };

const RouterLink = ({ href, children, ...props }: LinkComponentProps) => (
  <a data-router="" href={href} {...props}>
    {children}
  </a>
);

/** Whether the next click was prevented once every handler (React's included) has seen it. */
function defaultPreventedOfNextClick() {
  let prevented: boolean | undefined;
  document.addEventListener('click', (event) => (prevented = event.defaultPrevented), { once: true });
  return () => prevented;
}

function setup({ getHref, onClick }: { getHref?: (location: CatalogLocation) => string; onClick?: (event: MouseEvent<HTMLElement>) => void } = {}) {
  const onNavigate = vi.fn();
  const result = renderPortal(
    <CatalogPartContext initial={START} onNavigate={onNavigate} getHref={getHref}>
      {(location) => (
        <>
          <CatalogNavLink to={SOFTWARE} className="host-class" data-testid="nav" target="_blank" rel="noopener" onClick={onClick}>
            Software
          </CatalogNavLink>
          <output data-testid="location">{location.categoryId ?? 'start'}</output>
        </>
      )}
    </CatalogPartContext>,
    { provider: { linkComponent: RouterLink } },
  );
  return { onNavigate, user: userEvent.setup(), ...result };
}

describe('CatalogNavLink', () => {
  describe('given no getHref', () => {
    it('is a button that navigates, with the host’s props but none that only a link understands', async () => {
      const { user, onNavigate, container } = setup();
      const button = screen.getByRole('button', { name: 'Software' });
      expect(button).toHaveAttribute('type', 'button');
      expect(button).toHaveClass('host-class');
      expect(button).not.toHaveAttribute('target');
      expect(button).not.toHaveAttribute('rel');
      await user.click(button);
      expect(onNavigate).toHaveBeenCalledExactlyOnceWith(SOFTWARE);
      expect(screen.getByTestId('location')).toHaveTextContent('software');
      await expectNoAxeViolations(container);
    });

    it('lets the host’s click handler cancel the navigation', async () => {
      const { user, onNavigate } = setup({ onClick: (event) => event.preventDefault() });
      await user.click(screen.getByRole('button', { name: 'Software' }));
      expect(onNavigate).not.toHaveBeenCalled();
    });
  });

  describe('given getHref', () => {
    const getHref = (location: CatalogLocation) => `/catalog/${location.categoryId ?? ''}`;

    it('is a real link through the host’s link component; a plain click navigates in place', async () => {
      const { user, onNavigate, container } = setup({ getHref });
      const link = screen.getByRole('link', { name: 'Software' });
      expect(link).toHaveAttribute('href', '/catalog/software');
      expect(link).toHaveAttribute('data-router');
      expect(link).toHaveAttribute('target', '_blank');
      const prevented = defaultPreventedOfNextClick();
      await user.click(link);
      expect(onNavigate).toHaveBeenCalledExactlyOnceWith(SOFTWARE);
      // The browser does not follow the link: the catalog shows the location itself.
      expect(prevented()).toBe(true);
      await expectNoAxeViolations(container);
    });

    it.each(['Control', 'Meta', 'Shift', 'Alt'])('leaves a click with %s held to the browser (new tab or window)', async (key) => {
      const { user, onNavigate } = setup({ getHref });
      const prevented = defaultPreventedOfNextClick();
      await user.keyboard(`{${key}>}`);
      await user.click(screen.getByRole('link', { name: 'Software' }));
      await user.keyboard(`{/${key}}`);
      expect(onNavigate).not.toHaveBeenCalled();
      expect(prevented()).toBe(false);
    });

    it('lets the host’s click handler cancel the navigation', async () => {
      const { user, onNavigate } = setup({ getHref, onClick: (event) => event.preventDefault() });
      await user.click(screen.getByRole('link', { name: 'Software' }));
      expect(onNavigate).not.toHaveBeenCalled();
    });
  });
});
