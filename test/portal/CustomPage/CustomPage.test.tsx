import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapters, type MemoryAdapters } from '../../../src/adapters/index.js';
import { createPortalQueryClient } from '../../../src/data/index.js';
import { CustomPage, CustomPageView } from '../../../src/portal/CustomPage/index.js';
import type { PortalProviderProps } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { customPage, HOSTILE_BODY } from './fixtures.js';

const fastClient = (): QueryClient => createPortalQueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });

function renderPage(ui: React.ReactElement, adapters: MemoryAdapters, provider: Omit<PortalProviderProps, 'children'> = {}) {
  return renderPortal(ui, { provider: { adapters, queryClient: fastClient(), ...provider } });
}

const heading = () => screen.findByRole('heading', { level: 1 });

describe('CustomPage', () => {
  describe('given a valid page', () => {
    it('shows the loading state while the page is read', async () => {
      const { container } = renderPage(<CustomPage slug="opening-hours" />, createMemoryAdapters({ latency: Infinity }));
      expect(screen.getByRole('status')).toHaveTextContent('Loading the page…');
      expect(screen.queryByRole('heading')).not.toBeInTheDocument();
      await expectNoAxeViolations(container);
    });

    it('shows the title as the h1 and the body as rich text', async () => {
      const { container } = renderPage(<CustomPage slug="opening-hours" />, createMemoryAdapters());
      expect(await heading()).toHaveTextContent('Opening hours');
      expect(screen.getByRole('article', { name: 'Opening hours' })).toHaveAttribute('lang', 'en');
      expect(screen.getByRole('table')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: '+49 89 1234 5678' })).toHaveAttribute('href', 'tel:+498912345678');
      await expectNoAxeViolations(container);
    });

    it("shows the customer's language", async () => {
      renderPage(<CustomPage slug="opening-hours" />, createMemoryAdapters(), { language: 'de' });
      expect(await heading()).toHaveTextContent('Öffnungszeiten');
      expect(screen.getByRole('article')).toHaveAttribute('lang', 'de');
    });

    it('renders right to left in Arabic, with no axe violations', async () => {
      const { container } = renderRtl(<CustomPage slug="opening-hours" />, { provider: { adapters: createMemoryAdapters(), queryClient: fastClient() } });
      expect(await heading()).toHaveTextContent('ساعات العمل');
      expect(screen.getByRole('article')).toHaveAttribute('dir', 'rtl');
      expect(screen.getByRole('article')).toHaveAttribute('lang', 'ar');
      await expectNoAxeViolations(container);
    });
  });

  describe('language fallback', () => {
    const adapters = () =>
      createMemoryAdapters({
        seed: {
          customPages: [
            customPage('terms', { en: { title: 'Terms', body: '<p>English terms</p>' }, de: { title: 'Bedingungen', body: '<p>Deutsche Bedingungen</p>' } }),
            customPage('only-arabic', { ar: { title: 'صفحة', body: '<p>نص</p>' } }),
            customPage('regional', { 'pt-BR': { title: 'Termos', body: '<p>Brasil</p>' } }),
            customPage('empty-french', { fr: { title: '', body: '<p></p>' }, en: { title: 'Notice', body: '<p>English notice</p>' } }),
          ],
        },
      });

    it("falls back to the portal's default language, marking the text with its language", async () => {
      renderPage(<CustomPage slug="terms" />, adapters(), { language: 'fr', defaultLanguage: 'en' });
      expect(await heading()).toHaveTextContent('Terms');
      expect(screen.getByRole('article')).toHaveAttribute('lang', 'en');
      expect(screen.getByRole('article')).toHaveAttribute('data-language-source', 'default');
    });

    it('uses the configured default language, not English, when it is another one', async () => {
      renderPage(<CustomPage slug="terms" />, adapters(), { language: 'fr', defaultLanguage: 'de' });
      expect(await heading()).toHaveTextContent('Bedingungen');
    });

    it('falls back to the first language with content, in its own direction', async () => {
      renderPage(<CustomPage slug="only-arabic" />, adapters(), { language: 'fr', defaultLanguage: 'en' });
      expect(await heading()).toHaveTextContent('صفحة');
      expect(screen.getByRole('article')).toHaveAttribute('lang', 'ar');
      expect(screen.getByRole('article')).toHaveAttribute('dir', 'rtl');
      expect(screen.getByRole('article')).toHaveAttribute('data-language-source', 'first');
    });

    it('matches a regional variant of the customer language (pt → pt-BR)', async () => {
      renderPage(<CustomPage slug="regional" />, adapters(), { language: 'pt' });
      expect(await heading()).toHaveTextContent('Termos');
      expect(screen.getByRole('article')).toHaveAttribute('data-language-source', 'language');
    });

    it('skips a language whose entry is empty', async () => {
      renderPage(<CustomPage slug="empty-french" />, adapters(), { language: 'fr', defaultLanguage: 'en' });
      expect(await heading()).toHaveTextContent('Notice');
    });
  });

  describe('validity', () => {
    it.each([
      ['invalid', 'old-intranet-links', 'Intranet links'],
      ['invalid-temporarily', 'holiday-closure', 'Closed between the holidays'],
    ])('renders the not-found state for an %s page, never its content', async (_validity, slug, title) => {
      const { container } = renderPage(<CustomPage slug={slug} />, createMemoryAdapters());
      expect(await heading()).toHaveTextContent('Page not found');
      expect(screen.queryByText(title)).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/');
      await expectNoAxeViolations(container);
    });

    it('renders the not-found state for an unknown slug', async () => {
      renderPage(<CustomPage slug="no-such-page" homeHref="/portal" />, createMemoryAdapters());
      expect(await heading()).toHaveTextContent('Page not found');
      expect(screen.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/portal');
    });

    it('renders the not-found state for a malformed slug without asking the adapter', async () => {
      const adapters = createMemoryAdapters();
      renderPage(<CustomPage slug="../Admin Page" />, adapters);
      expect(await heading()).toHaveTextContent('Page not found');
      expect(adapters.control.callCount('customPages')).toBe(0);
    });

    it('stops showing a page the moment it is no longer valid', async () => {
      const adapters = createMemoryAdapters();
      renderPage(<CustomPage slug="vpn-remote-access" />, adapters);
      expect(await heading()).toHaveTextContent('Connecting to the VPN');
      const page = await adapters.customPages.getBySlug({ slug: 'vpn-remote-access' });
      const { id, version, updatedAt: _updatedAt, ...input } = page;
      // Another tab (or the server) marks the page temporarily invalid.
      await adapters.customPages.update({ id, previousVersion: version, data: { ...input, validity: 'invalid-temporarily' } });
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found'));
      expect(screen.queryByText('Connecting to the VPN')).not.toBeInTheDocument();
    });
  });

  describe('when the adapter fails', () => {
    it('shows the error with "Try again", and the page after a successful retry', async () => {
      const adapters = createMemoryAdapters();
      adapters.control.failNext(Infinity, 'unavailable', { methods: ['getBySlug'] });
      const { container } = renderPage(<CustomPage slug="opening-hours" />, adapters);
      expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('The service is unavailable right now');
      await expectNoAxeViolations(container);
      adapters.control.clearFaults();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await heading()).toHaveTextContent('Opening hours');
    });
  });

  it('aborts the request for the previous slug when the slug changes', async () => {
    const adapters = createMemoryAdapters({ latency: 10_000 });
    const { rerender } = renderPage(<CustomPage slug="opening-hours" />, adapters);
    await waitFor(() => expect(adapters.control.callCount('customPages', 'getBySlug')).toBe(1));
    const first = adapters.control.calls[0]!.params as { signal: AbortSignal };
    adapters.control.setLatency(0);
    rerender(<CustomPage slug="service-overview" />);
    expect(await heading()).toHaveTextContent('Our services at a glance');
    expect(first.signal.aborted).toBe(true);
  });

  it('never shows the previous page while the next one loads', async () => {
    const adapters = createMemoryAdapters();
    const { rerender } = renderPage(<CustomPage slug="opening-hours" />, adapters);
    expect(await heading()).toHaveTextContent('Opening hours');
    adapters.control.setLatency(10_000);
    rerender(<CustomPage slug="service-overview" />);
    expect(screen.queryByText('Opening hours')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the page…');
  });

  describe('document title', () => {
    it('leaves the document title alone by default', async () => {
      document.title = 'Host app';
      renderPage(<CustomPage slug="opening-hours" />, createMemoryAdapters());
      await heading();
      expect(document.title).toBe('Host app');
    });

    it('sets it to the page title, or what the host makes of it, when allowed', async () => {
      const adapters = createMemoryAdapters();
      const { unmount } = renderPage(<CustomPage slug="opening-hours" documentTitle />, adapters);
      await heading();
      await waitFor(() => expect(document.title).toBe('Opening hours'));
      unmount();
      renderPage(<CustomPage slug="opening-hours" documentTitle={(title) => `${title} · Acme`} />, adapters, { language: 'fr' });
      await waitFor(() => expect(document.title).toBe('Horaires d’ouverture · Acme'));
    });
  });
});

describe('CustomPageView', () => {
  it('renders hostile rich text as inert text', () => {
    renderPortal(<CustomPageView page={customPage('x', { en: { title: 'Hostile', body: HOSTILE_BODY } })} />);
    const article = screen.getByRole('article', { name: 'Hostile' });
    expect(article).toHaveTextContent('Welcome');
    expect(article.querySelector('script, iframe, object, form, style, [onclick], [onerror], [style]')).toBeNull();
    expect(screen.getByText('go').closest('a')).not.toHaveAttribute('href');
  });

  it('shows the empty state when no language has content', async () => {
    const { container } = renderPortal(<CustomPageView page={{ content: { en: { title: '', body: '<p><br></p>' } } }} />);
    expect(screen.getByText('Nothing here yet.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('passes rest props and ref to the article', () => {
    let element: HTMLElement | null = null;
    renderPortal(
      <CustomPageView
        page={customPage('x', { en: { title: 'T', body: '<p>B</p>' } })}
        className="host"
        data-testid="page"
        ref={(node) => {
          element = node;
        }}
      />,
    );
    expect(screen.getByTestId('page')).toHaveClass('host');
    expect(element).toBe(screen.getByTestId('page'));
    expect(screen.getByTestId('page')).toHaveAttribute('data-slot', 'custom-page');
  });
});
