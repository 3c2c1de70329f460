import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createDemoImages, createMemoryAdapters } from '../../src/adapters/index.js';
import { createPortalQueryClient } from '../../src/data/index.js';
import type { LayoutSettingsInput } from '../../src/model/index.js';
import { PortalLayout, type PortalLayoutProps } from '../../src/portal/PortalLayout/index.js';
import { PortalProvider, type PortalProviderProps } from '../../src/portal/PortalProvider/index.js';
import { sanitizeCss } from '../../src/security/index.js';
import { expectNoAxeViolations } from '../axe.js';

// The portal shell in real Chromium: the admin's CSS cannot reach the host's page (computed
// styles, hit testing), the header works with the keyboard alone, the navigation folds at
// narrow widths, and axe (with colour contrast) finds nothing.

const images = createDemoImages();

// A real browser paints and fires events on its own; React's act() bookkeeping is for jsdom.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const settings = (customCss = ''): LayoutSettingsInput => ({
  logo: images.logo,
  favicon: images.favicon,
  defaultAvatar: images.avatar,
  primaryColor: '#1f5fbf',
  accentColor: '#c4661f',
  customCss,
  content: { en: { logoAlt: 'Brightpath Service Desk' }, ar: { logoAlt: 'مكتب خدمة برايتباث' } },
});

function Shell({ provider, layout, children }: { provider?: Omit<PortalProviderProps, 'children'>; layout?: PortalLayoutProps; children?: ReactNode }) {
  return (
    <PortalProvider adapters={adapters} {...provider}>
      <PortalLayout cssSanitizer={sanitizeCss} settings={settings()} menuPages={['opening-hours', 'holiday-closure', 'terms-of-use']} onSignIn={() => undefined} onLanguageChange={() => undefined} {...layout}>
        {children ?? <h1>Welcome</h1>}
      </PortalLayout>
    </PortalProvider>
  );
}

let adapters = createMemoryAdapters();
let host: HTMLElement;

beforeEach(async () => {
  adapters = createMemoryAdapters();
  document.body.style.margin = '0';
  // The host's own page: an element after the portal, styled by the host.
  host = document.createElement('div');
  host.className = 'host-widget';
  host.textContent = 'Host widget';
  host.setAttribute('style', 'color: rgb(0, 0, 128); font-size: 16px; display: block; height: 40px; background: rgb(240, 240, 240)');
  document.body.append(host);
  await page.viewport(1280, 900);
});

afterEach(() => {
  cleanup();
  host.remove();
});

/** Renders before the host element, as a host page would place the portal above its own content. */
function renderShell(element: ReactNode) {
  const container = document.createElement('div');
  document.body.insertBefore(container, host);
  return render(<>{element}</>, { container });
}

const computed = (element: Element) => {
  const style = getComputedStyle(element);
  return { color: style.color, fontSize: style.fontSize, display: style.display, backgroundColor: style.backgroundColor, position: style.position };
};

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

describe('custom CSS that aims at the host page', () => {
  const hostile = [
    'body { background: rgb(255, 0, 0); color: rgb(255, 0, 0); }',
    ':root { --host-accent: red; color: rgb(255, 0, 0); font-size: 40px; }',
    'html { font-size: 40px; background: rgb(255, 0, 0); }',
    '* { color: rgb(255, 0, 0) !important; font-size: 50px !important; }',
    '@import url("https://evil.example/steal.css");',
    '.host-widget { display: none !important; }',
    'html body .host-widget, body > .host-widget, :root .host-widget { display: none !important; }',
  ].join('\n');

  it('leaves a host element, the body and the html element as they were', async () => {
    const before = { host: computed(host), body: computed(document.body), html: computed(document.documentElement) };
    const { container } = renderShell(<Shell layout={{ settings: settings(hostile) }} />);
    await nextFrame();
    expect(computed(host)).toEqual(before.host);
    expect(computed(document.body)).toEqual(before.body);
    expect(computed(document.documentElement)).toEqual(before.html);
    expect(getComputedStyle(document.documentElement).getPropertyValue('--host-accent')).toBe('');
    // The rules did apply inside the portal: the test would notice if nothing applied at all.
    const heading = container.querySelector('h1')!;
    expect(getComputedStyle(heading).color).toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(container.querySelector('[data-slot="portal-layout-root"]')!).backgroundColor).toBe('rgb(255, 0, 0)');
  });

  it.each([
    ['the layout root itself (body)', 'body { position: fixed; inset: 0; z-index: 2147483647; background: rgb(255, 0, 0); }'],
    ['an element inside', '[data-slot="portal-main"] { position: fixed; inset: 0; z-index: 2147483647; background: rgb(255, 0, 0); }'],
    ['a pseudo-element', '*::after { content: ""; position: fixed; inset: -100vh -100vw; z-index: 2147483647; background: rgb(255, 0, 0); }'],
  ])('cannot cover the host page with position: fixed on %s', async (_what, css) => {
    renderShell(<Shell layout={{ settings: settings(css) }} />);
    await nextFrame();
    const box = host.getBoundingClientRect();
    expect(box.height).toBeGreaterThan(0);
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit).toBe(host);
    // Nor the page above the portal: the frame paints nothing outside its own box.
    const frame = document.querySelector('[data-slot="portal-layout"]')!.getBoundingClientRect();
    const above = document.elementFromPoint(frame.left + 10, Math.max(0, frame.top - 1));
    if (frame.top >= 1) expect(above?.closest('[data-slot="portal-layout"]')).toBeNull();
  });
});

describe('keyboard-only use of the header', () => {
  const focused = () => document.activeElement as HTMLElement;
  const focusedName = () => {
    const element = focused();
    return element.getAttribute('aria-label') ?? (element.textContent?.trim() || element.querySelector('img')?.alt) ?? '';
  };

  it('reaches the skip link, logo, language, sign-in and every navigation entry in order, with a visible focus ring', async () => {
    renderShell(<Shell />);
    await screen.findByRole('link', { name: 'Terms of use' });
    const names: string[] = [];
    for (let index = 0; index < 9; index += 1) {
      await userEvent.tab();
      names.push(focused().tagName === 'SELECT' ? 'select' : focusedName());
      const outline = getComputedStyle(focused());
      expect(outline.outlineStyle, `${names.at(-1)} shows focus`).not.toBe('none');
      expect(parseFloat(outline.outlineWidth), `${names.at(-1)} outline width`).toBeGreaterThanOrEqual(2);
    }
    expect(names).toEqual(['Skip to main content', 'Brightpath Service Desk', 'select', 'Sign in', 'Home', 'Service catalog', 'My tickets', 'Opening hours', 'Terms of use']);
  });

  it('skips to the main content with Enter on the skip link', async () => {
    renderShell(<Shell />);
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    // Shown while focused, inside the portal's box.
    expect(skip.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('at 375 px folds the navigation behind "Menu", which opens with Enter and closes with Escape', async () => {
    await page.viewport(375, 800);
    renderShell(<Shell />);
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle).toBeVisible();
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(list).not.toBeVisible();
    // Tab from the sign-in button reaches the toggle, not the hidden links.
    screen.getByRole('button', { name: 'Sign in' }).focus();
    await userEvent.tab();
    expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(list).toBeVisible();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveFocus();
    expect(list).not.toBeVisible();
    // Nothing of the folded navigation sticks out of the phone's width.
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
  });

  it('shows the whole navigation and no "Menu" button at 1280 px', () => {
    renderShell(<Shell />);
    expect(screen.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Service catalog' })).toBeVisible();
  });
});

describe('axe in Chromium, with colour contrast and target size', () => {
  it("finds nothing for an anonymous visitor, with the header in the admin's primary colour", async () => {
    const { container } = renderShell(<Shell provider={{ theme: { colors: { primary: '#0b1f3a' } } }} />);
    await screen.findByRole('link', { name: 'Terms of use' });
    // The admin's primary (#1f5fbf) wins over the host's for the portal's brand colour.
    expect(getComputedStyle(screen.getByRole('banner')).backgroundColor).toBe('rgb(31, 95, 191)');
    await expectNoAxeViolations(container);
  });

  it('finds nothing for a signed-in customer in Arabic (right to left)', async () => {
    const { container } = renderShell(<Shell provider={{ language: 'ar', customer: { id: 'c', name: 'دانة' } }} layout={{ onSignOut: () => undefined }} />);
    await waitFor(() => expect(container.querySelector('img[data-slot="portal-avatar"]')).not.toBeNull());
    const logo = screen.getByRole('link', { name: 'مكتب خدمة برايتباث' }).getBoundingClientRect();
    const main = screen.getByRole('main').getBoundingClientRect();
    // The logo sits at the top right in right-to-left languages.
    expect(logo.right).toBeGreaterThan(main.left + main.width / 2);
    await expectNoAxeViolations(container);
  });

  it('finds nothing with the menu open at 375 px, on a dark host theme', async () => {
    await page.viewport(375, 800);
    const dark = { colors: { background: '#0d1117', surface: '#161b22', surfaceMuted: '#21262d', text: '#e6edf3', textMuted: '#9da7b3', border: '#3d444d' } };
    const { container } = renderShell(<Shell provider={{ theme: dark }} layout={{ theme: dark, defaultMenuOpen: true }} />);
    await screen.findByRole('link', { name: 'Terms of use' });
    await expectNoAxeViolations(container);
  });
});

describe('layout settings that cannot be read', () => {
  const noRetries = () => createPortalQueryClient({ defaultOptions: { queries: { retry: false } } });

  for (const width of [375, 1280]) {
    it(`show a message and "Try again" in the logo's place without moving the page, at ${width} px, right to left too`, async () => {
      await page.viewport(width, 800);
      const failing = createMemoryAdapters();
      failing.control.failNext(Infinity, 'unavailable', { domains: ['layout'] });
      const loading = createMemoryAdapters({ latency: Infinity });
      const props = { settings: undefined, menuPages: undefined } as const;

      const first = renderShell(<Shell provider={{ adapters: loading, queryClient: noRetries() }} layout={props} />);
      await nextFrame();
      const whileLoading = screen.getByRole('main').getBoundingClientRect().top;
      first.unmount();

      for (const language of ['en', 'ar'] as const) {
        const { container, unmount } = renderShell(<Shell provider={{ adapters: failing, queryClient: noRetries(), language }} layout={props} />);
        const retry = await screen.findByRole('button', { name: language === 'en' ? 'Try again' : 'حاول مرة أخرى' });
        await nextFrame();
        expect(screen.getByRole('main').getBoundingClientRect().top).toBe(whileLoading);
        // The button is a full-size target inside the header.
        expect(retry.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
        await expectNoAxeViolations(container);
        unmount();
      }
    });
  }
});
