import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  createFormatters,
  PortalProvider,
  usePortal,
  usePortalTranslation,
  type LinkComponentProps,
} from '../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../render.js';

function RetryLabel() {
  const { t } = usePortalTranslation();
  return <button type="button">{t('common.retry')}</button>;
}

function HomeLink() {
  const { linkComponent: Link } = usePortal();
  return <Link href="/page/opening-hours">Opening hours</Link>;
}

describe('PortalProvider', () => {
  it('fails with a message naming the provider when a component is used outside it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<RetryLabel />)).toThrow('`usePortalTranslation` must be used within `PortalProvider`');
    error.mockRestore();
  });

  it('translates UI strings in the given language', () => {
    renderPortal(<RetryLabel />, { provider: { language: 'fr' } });
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('keeps two providers in different languages independent (admin preview beside the form)', () => {
    render(
      <>
        <PortalProvider language="de">
          <RetryLabel />
        </PortalProvider>
        <PortalProvider language="en">
          <RetryLabel />
        </PortalProvider>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it("shows a host's changed or added strings on the next render, also for strings shown before", async () => {
    const { createInstance } = await import('i18next');
    const host = createInstance();
    await host.init({ lng: 'en', initAsync: false, resources: {} });
    const html = () => renderToString(<PortalProvider i18n={host}><RetryLabel /></PortalProvider>);
    expect(html()).toContain('Try again');
    expect(html()).toContain('Try again');
    host.addResource('en', 'helpdesk-portal-kit', 'common.retry', 'Reload');
    expect(html()).toContain('Reload');
    host.removeResourceBundle('en', 'helpdesk-portal-kit');
    // The provider adds its strings again, without the host's change.
    expect(html()).toContain('Try again');
  });

  it('gives each provider without a host instance an i18n instance of its own', () => {
    const instances: unknown[] = [];
    function Capture() {
      instances.push(usePortal().i18n);
      return null;
    }
    renderToString(<PortalProvider><Capture /></PortalProvider>);
    renderToString(<PortalProvider><Capture /></PortalProvider>);
    const [first, second] = instances as Array<{ changeLanguage(language: string): unknown; language: string }>;
    expect(first).not.toBe(second);
    void first?.changeLanguage('de');
    expect(first?.language).toBe('de');
    expect(second?.language).toBe('en');
  });

  it('sets lang and dir on the portal root; Arabic is right to left', () => {
    const { container } = renderRtl(<RetryLabel />);
    const root = container.querySelector('[data-slot="portal-root"]');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('button', { name: 'حاول مرة أخرى' })).toBeInTheDocument();
  });

  it("renders internal links with the host's link component", () => {
    const RouterLink = ({ href, children, ...props }: LinkComponentProps) => (
      <a data-router="yes" href={`#${href}`} {...props}>
        {children}
      </a>
    );
    renderPortal(<HomeLink />, { provider: { linkComponent: RouterLink } });
    const link = screen.getByRole('link', { name: 'Opening hours' });
    expect(link).toHaveAttribute('data-router', 'yes');
    expect(link).toHaveAttribute('href', '#/page/opening-hours');
  });

  it('uses a plain anchor by default', () => {
    renderPortal(<HomeLink />);
    expect(screen.getByRole('link', { name: 'Opening hours' })).toHaveAttribute('href', '/page/opening-hours');
  });

  it('exposes the signed-in customer, or null for an anonymous visitor', () => {
    function Greeting() {
      const { customer } = usePortal();
      return <p>{customer ? customer.name : 'anonymous'}</p>;
    }
    const { unmount } = renderPortal(<Greeting />);
    expect(screen.getByText('anonymous')).toBeInTheDocument();
    unmount();
    renderPortal(<Greeting />, { provider: { customer: { id: 'c1', name: 'Nora Schmidt' } } });
    expect(screen.getByText('Nora Schmidt')).toBeInTheDocument();
  });

  it('renders on the server with the theme variables in a style sheet, not a style attribute', () => {
    const html = renderToString(
      <PortalProvider language="ar" nonce="abc">
        <RetryLabel />
      </PortalProvider>,
    );
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('حاول مرة أخرى');
    expect(html).not.toMatch(/style="/);
  });

  it('has no axe violations in LTR and RTL', async () => {
    const { container, unmount } = renderPortal(<RetryLabel />);
    await expectNoAxeViolations(container);
    unmount();
    const rtl = renderRtl(<RetryLabel />);
    await expectNoAxeViolations(rtl.container);
  });
});

describe('createFormatters', () => {
  it('formats the same instant the same way again, and each instant on its own', () => {
    const { formatDateTime, formatDate } = createFormatters('en-GB');
    const first = formatDateTime('2026-11-25T09:00:00Z', { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' });
    expect(first).toBe('25/11/2026, 09:00');
    expect(formatDateTime(new Date('2026-11-25T09:00:00Z'), { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' })).toBe(first);
    expect(formatDateTime('2026-11-26T09:00:00Z', { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' })).toBe('26/11/2026, 09:00');
    expect(formatDate('2026-01-02T12:00:00Z')).not.toBe(formatDate('2026-01-03T12:00:00Z'));
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });

  const now = new Date('2026-11-25T12:00:00Z');

  it('formats relative times in the language', () => {
    expect(createFormatters('en').formatRelativeTime(new Date('2026-11-25T09:00:00Z'), now)).toBe('3 hours ago');
    expect(createFormatters('de').formatRelativeTime(new Date('2026-11-24T12:00:00Z'), now)).toBe('gestern');
    expect(createFormatters('fr').formatRelativeTime(new Date('2026-11-27T12:00:00Z'), now)).toBe('après-demain');
  });

  it('formats numbers with the language’s digits and separators', () => {
    expect(createFormatters('de').formatNumber(12345.5)).toBe('12.345,5');
    expect(createFormatters('ar-EG').formatNumber(5)).toBe('٥');
  });
});
