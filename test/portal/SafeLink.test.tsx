import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PortalProvider, type LinkComponentProps } from '../../src/portal/PortalProvider/index.js';
import { SafeLink } from '../../src/portal/SafeLink/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../render.js';

/** A host router's link: records navigation instead of loading a page. */
function routerLink(navigate: (to: string) => void) {
  return function RouterLink({ href, onClick, children, ...props }: LinkComponentProps) {
    return (
      <a
        {...props}
        href={href}
        data-router=""
        onClick={(event) => {
          onClick?.(event);
          event.preventDefault();
          navigate(href);
        }}
      >
        {children}
      </a>
    );
  };
}

describe('SafeLink', () => {
  describe('given an internal path', () => {
    it('renders the host link component, which handles the navigation', async () => {
      const navigate = vi.fn();
      const { container } = renderPortal(
        <p>
          See <SafeLink href="/page/opening-hours">opening hours</SafeLink>
        </p>,
        { provider: { linkComponent: routerLink(navigate) } },
      );
      const link = screen.getByRole('link', { name: 'opening hours' });
      expect(link).toHaveAttribute('data-router');
      expect(link).toHaveAttribute('data-state', 'internal');
      expect(link).not.toHaveAttribute('rel');
      await userEvent.click(link);
      expect(navigate).toHaveBeenCalledWith('/page/opening-hours');
      await expectNoAxeViolations(container);
    });
  });

  describe('given an external URL', () => {
    it('renders a plain anchor with rel noopener noreferrer, merged with the host rel', async () => {
      const { container } = renderPortal(
        <p>
          Visit <SafeLink href="HTTPS://Status.Example.com/now" rel="nofollow">status</SafeLink>
        </p>,
        { provider: { linkComponent: routerLink(vi.fn()) } },
      );
      const link = screen.getByRole('link', { name: 'status' });
      expect(link).toHaveAttribute('href', 'https://status.example.com/now');
      expect(link).not.toHaveAttribute('data-router');
      expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['nofollow', 'noopener', 'noreferrer']);
      expect(link).not.toHaveAttribute('target');
      await expectNoAxeViolations(container);
    });

    it('opens in a new tab when asked and tells screen readers', () => {
      renderPortal(
        <p>
          <SafeLink href="https://example.com" newTab>
            docs
          </SafeLink>
        </p>,
      );
      const link = screen.getByRole('link', { name: 'docs (opens in a new tab)' });
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });

    it('renders mailto and tel links', () => {
      renderPortal(
        <p>
          <SafeLink href="mailto:help@example.com">mail</SafeLink> <SafeLink href="tel:+49-30-123">call</SafeLink>
        </p>,
      );
      expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:help@example.com');
      expect(screen.getByRole('link', { name: 'call' })).toHaveAttribute('href', 'tel:+49-30-123');
    });
  });

  describe.each(['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example', '', null])(
    'given a refused destination %j',
    (href) => {
      it('renders inert text, visibly marked, with no link and no href anywhere', async () => {
        const onClick = vi.fn();
        const { container } = renderPortal(
          <p>
            <SafeLink href={href} onClick={onClick} className="host">
              Click me
            </SafeLink>
          </p>,
        );
        expect(screen.queryByRole('link')).toBeNull();
        expect(container.querySelector('[href]')).toBeNull();
        const text = screen.getByText('Click me');
        expect(text).toHaveAttribute('data-state', 'blocked');
        expect(text).toHaveClass('host');
        expect(text).toHaveTextContent('Click me (link removed: unsafe address)');
        await expectNoAxeViolations(container);
      });
    },
  );

  it('explains a refused link in the portal language, right to left', () => {
    renderRtl(
      <p>
        <SafeLink href="javascript:alert(1)">انقر</SafeLink>
      </p>,
    );
    expect(screen.getByText('(أُزيل الرابط: عنوان غير آمن)')).toBeInTheDocument();
  });

  it('explains a refused link in German', () => {
    renderPortal(<SafeLink href="vbscript:x">Hier</SafeLink>, { provider: { language: 'de' } });
    expect(screen.getByText('(Link entfernt: unsichere Adresse)')).toBeInTheDocument();
  });

  it('renders on the server without inline handlers or styles', () => {
    const html = renderToString(
      <PortalProvider>
        <SafeLink href="javascript:alert(1)">x</SafeLink>
        <SafeLink href="https://example.com" newTab>
          y
        </SafeLink>
      </PortalProvider>,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('[style], [onclick]')).toHaveLength(0);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.com/');
    expect(doc.querySelectorAll('a')).toHaveLength(1);
  });

  it('must be used within PortalProvider', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderToString(<SafeLink href="/a">a</SafeLink>)).toThrow('`SafeLink` must be used within `PortalProvider`');
    error.mockRestore();
  });
});
