import { screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NotFound } from '../../../src/portal/NotFound/index.js';
import { PortalProvider, type LinkComponentProps } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

describe('NotFound', () => {
  it('says the page was not found and links home through the host link component', async () => {
    const RouterLink = ({ href, children, ...props }: LinkComponentProps) => (
      <a {...props} href={href} data-router="yes">
        {children}
      </a>
    );
    const { container } = renderPortal(<NotFound />, { provider: { linkComponent: RouterLink } });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Page not found' })).toHaveAttribute('data-state', 'not-found');
    const home = screen.getByRole('link', { name: 'Back to the home page' });
    expect(home).toHaveAttribute('href', '/');
    expect(home).toHaveAttribute('data-router', 'yes');
    await expectNoAxeViolations(container);
  });

  it('is translated and right to left in Arabic', async () => {
    const { container } = renderRtl(<NotFound />);
    expect(screen.getByRole('heading', { name: 'الصفحة غير موجودة' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toBeInTheDocument();
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('takes its own title, text, heading level and home, or no link at all', () => {
    const { rerender } = renderPortal(<NotFound title="No such ticket" description="It may have been merged." headingLevel={2} homeHref="/tickets" />);
    expect(screen.getByRole('heading', { level: 2, name: 'No such ticket' })).toBeInTheDocument();
    expect(screen.getByText('It may have been merged.')).toBeInTheDocument();
    expect(screen.getByRole('link')).toHaveAttribute('href', '/tickets');
    rerender(<NotFound homeHref={null} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('renders no link for a home address with a script scheme', () => {
    renderPortal(<NotFound homeHref="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('sets the document title only when allowed', async () => {
    document.title = 'Host';
    const { unmount } = renderPortal(<NotFound />);
    expect(document.title).toBe('Host');
    unmount();
    renderPortal(<NotFound documentTitle={(title) => `${title} · Acme`} />, { provider: { language: 'de' } });
    await waitFor(() => expect(document.title).toBe('Seite nicht gefunden · Acme'));
  });

  it('renders on the server without inline styles or handlers', () => {
    const html = renderToString(
      <PortalProvider language="fr">
        <NotFound />
      </PortalProvider>,
    );
    expect(html).toContain('Page introuvable');
    expect(html).not.toMatch(/\sstyle="|\son[a-z]+="/i);
  });
});
