import type { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState, type ComponentProps } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDemoImages, createMemoryAdapters, type MemoryAdapters } from '../../../src/adapters/index.js';
import { createPortalQueryClient } from '../../../src/data/index.js';
import type { LayoutSettingsInput } from '../../../src/model/index.js';
import { PortalLayout, type PortalLayoutProps } from '../../../src/portal/PortalLayout/index.js';
import { sanitizeCss } from '../../../src/security/index.js';
import { PortalProvider, type PortalCustomer, type PortalProviderProps } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const fastClient = (): QueryClient => createPortalQueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
const images = createDemoImages();
const dana: PortalCustomer = { id: 'c1', name: 'Dana Weber', avatarUrl: 'https://cdn.example/dana.png' };

/** Layout settings as an editor would hold them. */
const layoutSettings = (overrides: Partial<LayoutSettingsInput> = {}): LayoutSettingsInput => ({
  logo: images.logo,
  favicon: images.favicon,
  defaultAvatar: images.avatar,
  primaryColor: '#1f5fbf',
  accentColor: '#c4661f',
  customCss: '',
  content: { en: { logoAlt: 'Brightpath Service Desk' }, de: { logoAlt: 'Brightpath Servicedesk' } },
  ...overrides,
});

function renderLayout(
  props: PortalLayoutProps = {},
  { adapters = createMemoryAdapters(), provider = {}, rtl = false }: { adapters?: MemoryAdapters; provider?: Omit<PortalProviderProps, 'children'>; rtl?: boolean } = {},
) {
  const render = rtl ? renderRtl : renderPortal;
  const result = render(
    <PortalLayout cssSanitizer={sanitizeCss} {...props}>
      <h1>Page content</h1>
    </PortalLayout>,
    { provider: { adapters, queryClient: fastClient(), ...provider } },
  );
  return { ...result, adapters };
}

const layoutRoot = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="portal-layout-root"]')!;
const whenReady = (container: HTMLElement) =>
  waitFor(() => expect(container.querySelector('[data-slot="portal-layout"]')).toHaveAttribute('data-state', 'ready'));
// The portal's only navigation landmark (its name is translated).
const navigation = () => screen.getByRole('navigation');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PortalLayout', () => {
  describe('given the demo layout settings', () => {
    it('has a banner, the main navigation, the main content and a footer, without axe violations', async () => {
      const { container } = renderLayout();
      await expectNoAxeViolations(container); // while the settings load
      await whenReady(container);
      expect(screen.getByRole('banner')).toBeInTheDocument();
      expect(navigation()).toBeInTheDocument();
      expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { name: 'Page content' }));
      expect(screen.getByRole('contentinfo')).toHaveTextContent('Brightpath Service Desk');
      await expectNoAxeViolations(container);
    });

    it('shows the logo with its alt text as the link home', async () => {
      const { container } = renderLayout();
      await whenReady(container);
      const logoLink = screen.getByRole('link', { name: 'Brightpath Service Desk' });
      expect(logoLink).toHaveAttribute('href', '/');
      expect(within(logoLink).getByRole('img')).toHaveAttribute('src', images.logo.url);
    });

    it("applies the admin's primary and accent colours over the host's theme", async () => {
      const { container } = renderLayout();
      await whenReady(container);
      const root = layoutRoot(container);
      // styled-components in jsdom: the declarations land in a <style> for the root's class.
      const css = Array.from(document.querySelectorAll('style'))
        .map((style) => style.textContent ?? '')
        .join('\n');
      const rule = [...css.matchAll(/\.([\w-]+)\{([^}]*)\}/g)].find(([, name]) => root.classList.contains(name ?? ''))?.[2] ?? '';
      expect(rule).toContain('--hpk-color-primary:#1f5fbf');
      expect(rule).toContain('--hpk-color-accent:#c4661f');
      expect(rule).toContain('--hpk-color-on-primary:#ffffff');
    });

    it("puts the admin's custom CSS in a <style> with the nonce, scoped to the layout", async () => {
      const { container } = renderLayout({}, { provider: { nonce: 'abc123' } });
      await whenReady(container);
      const style = container.querySelector('style[data-slot="portal-custom-css"]')!;
      expect(style).toHaveAttribute('nonce', 'abc123');
      const scope = layoutRoot(container).getAttribute('data-hpk-layout');
      expect(style.textContent).toContain(`[data-hpk-layout="${scope}"] [data-slot="image-teaser"]`);
    });
  });

  describe('custom CSS that aims at the host page', () => {
    const hostile = [
      'body { background: red; }',
      ':root { --host-color: red; }',
      'html { font-size: 40px; }',
      '* { color: red; }',
      '@import url("https://evil.example/steal.css");',
      '.host-widget { display: none; }',
      'p { background: url("javascript:alert(1)"); }',
      'p::after { content: "</style><script>window.__pwned = true</script>"; }',
    ].join('\n');

    it('keeps every rule under the layout root and drops imports, script URLs and breakouts', () => {
      const { container } = renderLayout({ settings: layoutSettings({ customCss: hostile }) });
      const css = container.querySelector('style[data-slot="portal-custom-css"]')!.textContent ?? '';
      const scope = `[data-hpk-layout="${layoutRoot(container).getAttribute('data-hpk-layout')}"]`;
      expect(css).not.toMatch(/@import|javascript|<\/style|<script/i);
      const selectors = [...css.matchAll(/(^|})\s*([^{}@]+)\{/g)].map(([, , selector = '']) => selector.trim());
      expect(selectors).toHaveLength(7);
      for (const selector of selectors) {
        for (const part of selector.split(',')) expect(part.trim().startsWith(scope), part).toBe(true);
      }
      expect(document.querySelector('script:not([data-slot="portal-script"])')).toBeNull();
    });

    it('applies no custom CSS at all without a sanitizer, and says why', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { container } = renderLayout({ cssSanitizer: undefined, settings: layoutSettings({ customCss: 'p { color: red; }' }) });
      expect(container.querySelector('style[data-slot="portal-custom-css"]')).toBeNull();
      expect(warn.mock.calls.flat().join(' ')).toContain('cssSanitizer');
    });

    it('applies nothing of CSS that does not parse (a raw </style> breakout)', () => {
      const { container } = renderLayout({ settings: layoutSettings({ customCss: `body { color: red; }\n</style><script>window.__pwned = true</script>` }) });
      expect(container.querySelector('style[data-slot="portal-custom-css"]')).toBeNull();
      expect(document.querySelector('script:not([data-slot="portal-script"])')).toBeNull();
    });
  });

  describe('navigation', () => {
    it('lists home, catalog, tickets, then only the valid chosen custom pages in order, titled in the language', async () => {
      const { container } = renderLayout(
        { menuPages: ['terms-of-use', 'holiday-closure', 'old-intranet-links', 'no-such-page', 'Not A Slug', 'opening-hours'] },
        { provider: { language: 'de' } },
      );
      await waitFor(() => expect(within(navigation()).getAllByRole('link')).toHaveLength(5));
      expect(within(navigation()).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
        ['Start', '/'],
        ['Servicekatalog', '/catalog'],
        ['Meine Tickets', '/tickets'],
        ['Nutzungsbedingungen', '/page/terms-of-use'],
        ['Öffnungszeiten', '/page/opening-hours'],
      ]);
      await expectNoAxeViolations(container);
    });

    it('takes the pages the admin chose in the layout settings when the host passes none, and the host\'s list over them', async () => {
      const adapters = createMemoryAdapters();
      const stored = await adapters.layout.get({});
      await adapters.layout.update({ data: { ...layoutSettings(), menuPages: ['terms-of-use', 'opening-hours'] }, previousVersion: stored?.version ?? null });
      const first = renderLayout({}, { adapters });
      await waitFor(() => expect(within(navigation()).getAllByRole('link').map((link) => link.textContent).slice(3)).toEqual(['Terms of use', 'Opening hours']));
      first.unmount();
      renderLayout({ menuPages: ['service-overview'] }, { adapters });
      await waitFor(() => expect(within(navigation()).getAllByRole('link').map((link) => link.textContent).slice(3)).toEqual(['Our services at a glance']));
    });

    it("marks a page title shown in a fallback language with that language", async () => {
      renderLayout({ menuPages: ['terms-of-use'] }, { provider: { language: 'fr', defaultLanguage: 'en' } });
      expect(await within(navigation()).findByRole('link', { name: 'Terms of use' })).toHaveAttribute('lang', 'en');
    });

    it('marks the current page from the host router\'s path', async () => {
      renderLayout({ currentPath: '/catalog/hardware/laptops', menuPages: ['opening-hours'] });
      expect(within(navigation()).getByRole('link', { name: 'Service catalog' })).toHaveAttribute('aria-current', 'page');
      expect(within(navigation()).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    });

    it('takes the host routes, leaves out entries set to null and adds host links (unsafe ones dropped)', async () => {
      renderLayout({
        routes: { home: '/portal', catalog: null, customPage: (slug) => `/portal/pages/${slug}` },
        menuPages: ['opening-hours'],
        links: [
          { href: '/admin', label: 'Administration' },
          { href: 'javascript:alert(1)', label: 'Evil' },
        ],
        currentPath: '/admin/layout',
      });
      await within(navigation()).findByRole('link', { name: 'Opening hours' });
      expect(within(navigation()).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/portal', '/tickets', '/portal/pages/opening-hours', '/admin']);
      expect(within(navigation()).getByRole('link', { name: 'Administration' })).toHaveAttribute('aria-current', 'page');
    });

    it('drops a custom page from the menu when it stops being valid', async () => {
      const { adapters } = renderLayout({ menuPages: ['opening-hours'] });
      await within(navigation()).findByRole('link', { name: 'Opening hours' });
      const page = await adapters.customPages.getBySlug({ slug: 'opening-hours' });
      const { id, version, updatedAt: _updatedAt, ...input } = page;
      await adapters.customPages.update({ id, previousVersion: version, data: { ...input, validity: 'invalid' } });
      await waitFor(() => expect(within(navigation()).queryByRole('link', { name: 'Opening hours' })).not.toBeInTheDocument());
    });
  });

  describe('the folded navigation (narrow layouts)', () => {
    it('is a disclosure: the "Menu" button says whether the list it controls is open', async () => {
      const user = userEvent.setup();
      const { container } = renderLayout();
      const toggle = screen.getByRole('button', { name: 'Menu' });
      const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(navigation()).toContainElement(list);
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(list).toHaveAttribute('data-state', 'closed');
      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(list).toHaveAttribute('data-state', 'open');
      await expectNoAxeViolations(container);
    });

    it('closes with Escape and returns focus to the button', async () => {
      const user = userEvent.setup();
      renderLayout();
      const toggle = screen.getByRole('button', { name: 'Menu' });
      await user.click(toggle);
      await user.tab();
      expect(within(navigation()).getByRole('link', { name: 'Home' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle).toHaveFocus();
    });

    it('closes when a link is followed, by keyboard or pointer', async () => {
      const user = userEvent.setup();
      renderLayout({ routes: { home: '#home' } });
      const toggle = screen.getByRole('button', { name: 'Menu' });
      await user.click(toggle);
      await user.tab();
      await user.keyboard('{Enter}');
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
    });

    it('can be controlled by the host', async () => {
      const onMenuOpenChange = vi.fn();
      renderLayout({ menuOpen: true, onMenuOpenChange });
      const toggle = screen.getByRole('button', { name: 'Menu' });
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await userEvent.click(toggle);
      expect(onMenuOpenChange).toHaveBeenCalledWith(false);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
    });
  });

  describe('skip link', () => {
    it('is the first thing to focus and moves focus to the main content', async () => {
      const user = userEvent.setup();
      renderLayout();
      await user.tab();
      const skip = screen.getByRole('link', { name: 'Skip to main content' });
      expect(skip).toHaveFocus();
      expect(skip.getAttribute('href')).toBe(`#${screen.getByRole('main').id}`);
      await user.keyboard('{Enter}');
      expect(screen.getByRole('main')).toHaveFocus();
    });

    it('is left out, with the landmarks, for a preview inside another page (landmarks={false})', async () => {
      const { container } = renderLayout({ settings: layoutSettings(), landmarks: false, footer: 'Footer text' });
      expect(screen.queryByRole('link', { name: 'Skip to main content' })).toBeNull();
      for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) expect(screen.queryByRole(role)).toBeNull();
      // The parts are all still drawn, as plain elements.
      for (const slot of ['portal-header', 'portal-navigation', 'portal-main', 'portal-footer']) {
        expect(container.querySelector(`[data-slot="${slot}"]`)?.tagName).toBe('DIV');
      }
      expect(within(container.querySelector<HTMLElement>('[data-slot="portal-main"]')!).getByRole('heading', { name: 'Page content' })).toBeVisible();
      expect(screen.getByRole('link', { name: 'Service catalog' })).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });
  });

  describe('focus after in-app navigation', () => {
    /** A host with a router: the nav's links switch the page, which `currentPath` tells the layout. */
    function Host({ layout = {}, page }: { layout?: PortalLayoutProps; page?: (path: string) => React.ReactNode }) {
      const [path, setPath] = useState('/');
      const draw = page ?? ((at: string) => <h1>{at === '/' ? 'Home page' : `Page ${at}`}</h1>);
      // One component for the whole test (a new one per render would remount every link).
      const [RouterLink] = useState(() =>
        function RouterLink({ href, children, ...rest }: ComponentProps<'a'> & { href: string }) {
          return (
            <a
              {...rest}
              href={href}
              onClick={(event) => {
                event.preventDefault();
                setPath(href);
              }}
            >
              {children}
            </a>
          );
        },
      );
      const [adapters] = useState(() => createMemoryAdapters());
      const [queryClient] = useState(fastClient);
      return (
        <PortalProvider adapters={adapters} queryClient={queryClient} linkComponent={RouterLink}>
          <PortalLayout currentPath={path} settings={null} {...layout}>
            {draw(path)}
            <button type="button" onClick={() => setPath('/tickets')}>In-page link to tickets</button>
          </PortalLayout>
        </PortalProvider>
      );
    }

    it('leaves the focus alone on the first render, then moves it to the new page’s heading', async () => {
      const user = userEvent.setup();
      render(<Host />);
      expect(document.body).toHaveFocus();
      const catalogLink = within(navigation()).getByRole('link', { name: 'Service catalog' });
      await user.click(catalogLink);
      const heading = screen.getByRole('heading', { level: 1, name: 'Page /catalog' });
      expect(heading).toHaveFocus();
      // Focusable from script only: not a Tab stop.
      expect(heading).toHaveAttribute('tabindex', '-1');
      await user.tab();
      expect(screen.getByRole('button', { name: 'In-page link to tickets' })).toHaveFocus();
    });

    it('moves the focus from an in-page control that stays, and by keyboard', async () => {
      const user = userEvent.setup();
      render(<Host />);
      screen.getByRole('button', { name: 'In-page link to tickets' }).focus();
      await user.keyboard('{Enter}');
      // The page kept the pressed control in the main content, so its focus stays there.
      expect(screen.getByRole('button', { name: 'In-page link to tickets' })).toHaveFocus();
      within(navigation()).getByRole('link', { name: 'Home' }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('heading', { level: 1, name: 'Home page' })).toHaveFocus();
    });

    it('focuses the main content while the new page loads, and its heading once it appears', async () => {
      const user = userEvent.setup();
      function Loading() {
        const [ready, setReady] = useState(false);
        return ready ? <h1>Loaded page</h1> : <button type="button" onClick={() => setReady(true)}>Finish loading</button>;
      }
      render(<Host page={(path) => (path === '/' ? <h1>Home page</h1> : <Loading />)} />);
      await user.click(within(navigation()).getByRole('link', { name: 'My tickets' }));
      expect(screen.getByRole('main')).toHaveFocus();
      act(() => screen.getByRole('button', { name: 'Finish loading' }).click());
      await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Loaded page' })).toHaveFocus());
    });

    it('stops waiting for the heading when the visitor moves the focus first', async () => {
      const user = userEvent.setup();
      function Loading() {
        const [ready, setReady] = useState(false);
        return ready ? <h1>Loaded page</h1> : <button type="button" onClick={() => setReady(true)}>Finish loading</button>;
      }
      render(<Host page={(path) => (path === '/' ? <h1>Home page</h1> : <Loading />)} />);
      await user.click(within(navigation()).getByRole('link', { name: 'My tickets' }));
      const home = within(navigation()).getByRole('link', { name: 'Home' });
      home.focus();
      act(() => screen.getByRole('button', { name: 'Finish loading' }).click());
      await screen.findByRole('heading', { level: 1, name: 'Loaded page' });
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(home).toHaveFocus();
    });

    it('follows routeKey over currentPath, and does nothing with focusOnRouteChange={false} or without landmarks', async () => {
      const user = userEvent.setup();
      const first = render(<Host layout={{ routeKey: 'always-the-same' }} />);
      const catalog = within(navigation()).getByRole('link', { name: 'Service catalog' });
      await user.click(catalog);
      expect(catalog).toHaveFocus();
      first.unmount();

      const second = render(<Host layout={{ focusOnRouteChange: false }} />);
      const again = within(navigation()).getByRole('link', { name: 'Service catalog' });
      await user.click(again);
      expect(again).toHaveFocus();
      second.unmount();

      render(<Host layout={{ landmarks: false }} />);
      const preview = screen.getByRole('link', { name: 'Service catalog' });
      await user.click(preview);
      expect(preview).toHaveFocus();
    });
  });

  describe('language switcher', () => {
    it('is shown only when the host handles a change', () => {
      renderLayout();
      expect(screen.queryByRole('combobox', { name: 'Language' })).not.toBeInTheDocument();
    });

    it('offers each language in its own name and reports the choice', async () => {
      const onLanguageChange = vi.fn();
      renderLayout({ onLanguageChange, languages: ['en', 'de', 'fr', 'ar'] });
      const select = screen.getByRole('combobox', { name: 'Language' });
      expect(select).toHaveValue('en');
      const options = within(select).getAllByRole('option');
      expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
        ['English', 'en'],
        ['Deutsch', 'de'],
        ['Français', 'fr'],
        ['العربية', 'ar'],
      ]);
      await userEvent.selectOptions(select, 'de');
      expect(onLanguageChange).toHaveBeenCalledWith('de');
    });

    it('keeps the current language selectable when the list lacks it', () => {
      renderLayout({ onLanguageChange: () => undefined, languages: ['en', 'de'] }, { provider: { language: 'pt-BR' } });
      expect(screen.getByRole('combobox')).toHaveValue('pt-BR');
    });
  });

  describe('sign-in state', () => {
    it('offers "Sign in" to an anonymous visitor when the host can sign in', async () => {
      const onSignIn = vi.fn();
      renderLayout({ onSignIn });
      await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(onSignIn).toHaveBeenCalledTimes(1);
    });

    it('hands focus from the pressed "Sign in" to "Sign out" and back, instead of dropping it to the page', async () => {
      const adapters = createMemoryAdapters();
      const queryClient = fastClient();
      function Host() {
        const [customer, setCustomer] = useState<PortalCustomer | null>(null);
        return (
          <PortalProvider adapters={adapters} queryClient={queryClient} customer={customer}>
            <PortalLayout cssSanitizer={sanitizeCss} onSignIn={() => setCustomer(dana)} onSignOut={() => setCustomer(null)}>
              <h1>Page content</h1>
            </PortalLayout>
          </PortalProvider>
        );
      }
      render(<Host />);
      screen.getByRole('button', { name: 'Sign in' }).focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Sign out' })).toHaveFocus());
      await userEvent.keyboard(' ');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toHaveFocus());
    });

    it('shows no sign-in button without a host callback', () => {
      renderLayout();
      expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
    });

    it("shows the signed-in customer's avatar and name, and signs out through the host", async () => {
      const onSignOut = vi.fn();
      const { container } = renderLayout({ onSignOut }, { provider: { customer: dana } });
      const avatar = container.querySelector('[data-slot="portal-avatar"]')!;
      expect(avatar).toHaveAttribute('src', 'https://cdn.example/dana.png');
      expect(avatar).toHaveAttribute('data-state', 'customer');
      expect(screen.getByText('Signed in as Dana Weber')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
      expect(onSignOut).toHaveBeenCalledTimes(1);
      await expectNoAxeViolations(container);
    });

    it("uses the layout's default avatar for a customer without a picture, and a silhouette without either", async () => {
      const { container } = renderLayout({}, { provider: { customer: { id: 'c2', name: 'Ali' } } });
      await whenReady(container);
      expect(container.querySelector('[data-slot="portal-avatar"]')).toHaveAttribute('src', images.avatar.url);
      const noDefault = renderLayout({ settings: layoutSettings({ defaultAvatar: null }) }, { provider: { customer: { id: 'c2', name: 'Ali' } } });
      expect(noDefault.container.querySelector('svg[data-slot="portal-avatar"]')).toHaveAttribute('data-state', 'fallback');
    });

    it('falls back to the default avatar when the picture fails to load, and refuses script URLs', () => {
      const { container } = renderLayout({ settings: layoutSettings() }, { provider: { customer: dana } });
      fireEvent.error(container.querySelector('[data-slot="portal-avatar"]')!);
      expect(container.querySelector('[data-slot="portal-avatar"]')).toHaveAttribute('src', images.avatar.url);
      const hostile = renderLayout(
        { settings: layoutSettings({ defaultAvatar: { ...images.avatar, url: 'javascript:alert(1)' } }) },
        { provider: { customer: { ...dana, avatarUrl: 'data:text/html,<script>alert(1)</script>' } } },
      );
      expect(hostile.container.querySelector('[data-slot="portal-avatar"]')).toHaveAttribute('data-state', 'fallback');
    });
  });

  describe('layout settings', () => {
    it('works without a layout adapter, in the default look', () => {
      const { layout: _layout, ...withoutLayout } = createMemoryAdapters();
      const { container } = renderPortal(
        <PortalLayout>
          <p>Body</p>
        </PortalLayout>,
        { provider: { adapters: withoutLayout, queryClient: fastClient() } },
      );
      expect(container.querySelector('[data-slot="portal-layout"]')).toHaveAttribute('data-state', 'ready');
      expect(screen.queryByRole('img')).not.toBeInTheDocument();
      expect(screen.getByRole('main')).toHaveTextContent('Body');
    });

    it('keeps the page usable when the settings cannot be read', async () => {
      const adapters = createMemoryAdapters();
      adapters.control.failNext(Infinity, 'unavailable', { domains: ['layout'] });
      const { container } = renderLayout({}, { adapters });
      await waitFor(() => expect(container.querySelector('[data-slot="portal-layout"]')).toHaveAttribute('data-state', 'error'), { timeout: 3000 });
      expect(screen.getByRole('heading', { name: 'Page content' })).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    });

    it('says in the logo’s place that logo and menu are missing, and reads them again on "Try again"', async () => {
      const adapters = createMemoryAdapters();
      adapters.control.failNext(Infinity, 'unavailable', { domains: ['layout'] });
      const { container } = renderLayout({}, { adapters });
      const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 3000 });
      expect(screen.getByRole('status')).toHaveTextContent('Logo and menu could not be loaded.');
      expect(retry.closest('[data-slot="portal-brand"]')).toHaveAttribute('data-state', 'error');
      expect(within(navigation()).queryByRole('link', { name: 'Opening hours' })).not.toBeInTheDocument();
      await expectNoAxeViolations(container);

      adapters.control.clearFaults();
      const reads = adapters.control.callCount('layout');
      await userEvent.click(retry);
      const logo = await screen.findByRole('link', { name: 'Brightpath Service Desk' });
      // The pressed button is gone: focus lands on what replaced it.
      await waitFor(() => expect(logo).toHaveFocus());
      expect(await within(navigation()).findByRole('link', { name: 'Opening hours' })).toBeInTheDocument();
      expect(adapters.control.callCount('layout')).toBe(reads + 1);
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      expect(container.querySelector('[data-slot="portal-layout"]')).toHaveAttribute('data-state', 'ready');
    });

    it('keeps the retry focused and the message translated while it reads again, right to left too', async () => {
      const adapters = createMemoryAdapters();
      adapters.control.failNext(Infinity, 'unavailable', { domains: ['layout'] });
      const { container } = renderLayout({}, { adapters, rtl: true });
      const retry = await screen.findByRole('button', { name: 'حاول مرة أخرى' }, { timeout: 3000 });
      expect(screen.getByRole('status')).toHaveTextContent('تعذّر تحميل الشعار والقائمة.');
      adapters.control.setLatency(Infinity);
      await userEvent.click(retry);
      expect(retry).toHaveFocus();
      expect(retry).toHaveAttribute('aria-busy', 'true');
      expect(retry).toHaveTextContent('جارٍ إعادة المحاولة…');
      // Pressed again while the read runs: no second read.
      const reads = adapters.control.callCount('layout');
      await userEvent.click(retry);
      expect(adapters.control.callCount('layout')).toBe(reads);
      await expectNoAxeViolations(container);
    });

    it('holds the logo’s place without an error while the settings load', () => {
      const { container } = renderLayout({}, { adapters: createMemoryAdapters({ latency: Infinity }) });
      expect(container.querySelector('[data-slot="portal-brand"]')).toHaveAttribute('data-state', 'loading');
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    });

    it('applies settings given as a prop (a live preview) instead of reading the adapter', async () => {
      const { container, adapters } = renderLayout({ settings: layoutSettings({ content: { en: { logoAlt: 'Preview Desk' } } }) });
      expect(screen.getByRole('link', { name: 'Preview Desk' })).toBeInTheDocument();
      expect(container.querySelector('[data-slot="portal-layout"]')).toHaveAttribute('data-state', 'ready');
      expect(adapters.control.callCount('layout')).toBe(0);
    });

    it('keeps the host colours when an admin colour is not a colour', () => {
      const { container } = renderLayout({ settings: layoutSettings({ primaryColor: 'notacolour' }) });
      const root = layoutRoot(container);
      const css = Array.from(document.querySelectorAll('style')).map((style) => style.textContent ?? '').join('\n');
      const rule = [...css.matchAll(/\.([\w-]+)\{([^}]*)\}/g)].find(([, name]) => root.classList.contains(name ?? ''))?.[2] ?? '';
      expect(rule).not.toContain('--hpk-color-primary');
      expect(screen.getByRole('banner')).toBeInTheDocument();
    });

    it('names the logo link "Home" when the logo has no alt text', () => {
      renderLayout({ settings: layoutSettings({ content: {} }) });
      expect(screen.getAllByRole('link', { name: 'Home' })[0]).toHaveAttribute('data-slot', 'portal-logo-link');
    });
  });

  describe('favicon', () => {
    it("leaves the host's favicon alone unless allowed, then sets it and restores it on unmount", async () => {
      const link = document.createElement('link');
      link.rel = 'icon';
      link.href = '/host.ico';
      document.head.appendChild(link);
      try {
        const first = renderLayout({ settings: layoutSettings() });
        expect(link.getAttribute('href')).toBe('/host.ico');
        first.unmount();
        const { unmount } = renderLayout({ settings: layoutSettings(), setFavicon: true });
        expect(link.getAttribute('href')).toBe(images.favicon.url);
        expect(link.getAttribute('type')).toBe('image/svg+xml');
        unmount();
        expect(link.getAttribute('href')).toBe('/host.ico');
      } finally {
        link.remove();
      }
    });

    it('adds an icon link when the page has none, and removes it again', () => {
      const { unmount } = renderLayout({ settings: layoutSettings(), setFavicon: true });
      expect(document.head.querySelector('link[rel="icon"]')).toHaveAttribute('href', images.favicon.url);
      unmount();
      expect(document.head.querySelector('link[rel="icon"]')).toBeNull();
    });
  });

  describe('custom scripts', () => {
    const withScript = (code: string) => {
      const adapters = createMemoryAdapters();
      return { adapters, settings: { id: 's', version: 1, updatedAt: '2026-11-01T00:00:00.000Z', externalScripts: [], inlineScripts: [{ id: 'i1', code }], additionalOrigins: {} } };
    };

    it('loads the admin scripts from the script settings with the nonce', async () => {
      const code = `window.__layoutScript = ${Math.random()};`;
      const { adapters, settings } = withScript(code);
      await adapters.scriptSettings.update({ data: { externalScripts: settings.externalScripts, inlineScripts: settings.inlineScripts, additionalOrigins: {} }, previousVersion: 1 });
      renderLayout({}, { adapters, provider: { nonce: 'n0nce' } });
      await waitFor(() => expect(Array.from(document.head.querySelectorAll('script[data-slot="portal-script"]')).some((script) => script.textContent === code)).toBe(true));
      const script = Array.from(document.head.querySelectorAll('script[data-slot="portal-script"]')).find((element) => element.textContent === code);
      expect(script).toHaveAttribute('nonce', 'n0nce');
    });

    it('loads none in a preview', async () => {
      const code = `window.__previewScript = ${Math.random()};`;
      renderLayout({ loadScripts: false, scriptSettings: { externalScripts: [], inlineScripts: [{ code }], additionalOrigins: {} } }, { provider: { nonce: 'n0nce' } });
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(Array.from(document.head.querySelectorAll('script')).some((script) => script.textContent === code)).toBe(false);
    });
  });

  describe('in Arabic', () => {
    it('is right to left, translated, and has no axe violations', async () => {
      const { container } = renderLayout({ onSignIn: () => undefined, onLanguageChange: () => undefined }, { rtl: true });
      await whenReady(container);
      expect(container.querySelector('[data-slot="portal-root"]')).toHaveAttribute('dir', 'rtl');
      expect(screen.getByRole('navigation', { name: 'القائمة الرئيسية' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'مكتب خدمة برايتباث' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'تسجيل الدخول' })).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });
  });

  it('passes rest props and ref to its outermost element', () => {
    let element: HTMLDivElement | null = null;
    renderLayout({
      className: 'host-layout',
      id: 'portal',
      ref: (node) => {
        element = node;
      },
    });
    const frame = document.getElementById('portal')!;
    expect(frame).toHaveClass('host-layout');
    expect(frame).toHaveAttribute('data-slot', 'portal-layout');
    expect(element).toBe(frame);
  });
});
