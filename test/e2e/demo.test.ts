import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '../../demo/serve.mjs';
import { axeViolations, type OpenPageOptions, useDemo } from './support/demo.js';

const demo = useDemo();
const openPage = (path: string, options?: OpenPageOptions) => demo.openPage(path, options);

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const portalRoot = (page: Page) => page.locator('[data-slot="portal-root"]');

describe('the built demo', () => {
  it('has no inline script or style in its index.html without the nonce, and no inline handler or style attribute', async () => {
    const html = await readFile(join(inject('demoBuild'), 'index.html'), 'utf8');
    const nonce = `nonce="${CSP_NONCE_PLACEHOLDER}"`;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    // The bundle: its own tag, or (prerendered) imported by a nonced script once the page has painted.
    expect(scripts.some(([, attributes = '', body = '']) => /\ssrc="\/assets\//.test(attributes) || /\bimport\("\/assets\//.test(body)), 'the bundle').toBe(true);
    for (const [tag, attributes = '', body = ''] of scripts) {
      // The bundle, a data block (the prerendered home page's state), or the nonced check before the prerendered HTML.
      if (/\ssrc="\/assets\//.test(attributes)) expect(body.trim(), tag).toBe('');
      else if (/\stype="application\/json"/.test(attributes)) expect(() => JSON.parse(body), tag).not.toThrow();
      else expect(attributes, tag).toContain(nonce);
    }
    const styles = [...html.matchAll(/<style\b([^>]*)>/g)];
    expect(styles.length, 'the prerendered home page has its styles').toBeGreaterThan(0);
    for (const [tag, attributes] of styles) expect(attributes, tag).toContain(nonce);
    expect(html).not.toMatch(/<[^>]+\s(style|on[a-z]+)=/i);
  });

  it('renders the home route under a strict Content-Security-Policy', async () => {
    const page = await openPage('/');
    await heading(page).filter({ hasText: 'How can we help?' }).waitFor();
    expect(await page.title()).toBe('Welcome · Acme Service Desk');
    const response = await page.request.get(`${demo.url}/`);
    expect(response.headers()['content-security-policy']).toMatch(/style-src 'self' 'nonce-[^']+'/);
    expect(response.headers()['content-security-policy']).not.toContain('unsafe-inline');
    // The styles really apply: the header is painted in the primary colour of the admin's
    // layout settings (#1f5fbf in the demo store), over the host's navy.
    const header = page.getByRole('banner');
    await page.locator('[data-slot="portal-layout"][data-state="ready"]').waitFor();
    expect(await header.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(31, 95, 191)');
    // The admin's custom CSS applies with the page's nonce (a blocked <style> would log a CSP error).
    await page.locator('style[data-slot="portal-custom-css"]').waitFor({ state: 'attached' });
  });

  it('reports a policy violation to the test (control for the check every test ends with)', async () => {
    const page = await openPage('/');
    await heading(page).filter({ hasText: 'How can we help?' }).waitFor();
    // What injected markup would try: an inline style and an image from elsewhere.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
      const image = document.createElement('img');
      image.src = 'https://elsewhere.invalid/pixel.png';
      document.body.append(image);
    });
    const seen: string[] = [];
    await expect
      .poll(() => (seen.push(...demo.takeViolations()), seen.length), { timeout: 5_000 })
      .toBe(2);
    expect(seen.sort()).toEqual([
      expect.stringMatching(/^img-src blocked https:\/\/elsewhere\.invalid\/pixel\.png/),
      expect.stringMatching(/^style-src-elem blocked inline/),
    ]);
    // The browser logs both as console errors as well: expected here.
    expect(demo.takeErrors()).toHaveLength(2);
  });

  it('navigates through the router link without reloading the page', async () => {
    const page = await openPage('/');
    await heading(page).filter({ hasText: 'How can we help?' }).waitFor();
    await page.evaluate(() => Object.assign(window, { demoMarker: true }));
    const catalogLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service catalog' });
    await catalogLink.click();
    await page.locator('[data-slot="catalog-heading"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/catalog');
    expect(await catalogLink.getAttribute('aria-current')).toBe('page');
    // Still the same document: React Router navigated, the browser did not load a new page.
    expect(await page.evaluate(() => 'demoMarker' in window)).toBe(true);
  });

  it('serves deep links to custom pages and catalog paths', async () => {
    const page = await openPage('/page/opening-hours');
    await heading(page).filter({ hasText: 'Opening hours' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.title()).toBe('Opening hours · Acme Service Desk');
    await page.goto(`${demo.url}/catalog/no-such-category`);
    await page.locator('[data-slot="catalog-heading"]').waitFor();
    await page.goto(`${demo.url}/catalog`);
    await page.locator('[data-slot="catalog-breadcrumbs"]').or(page.locator('[data-slot="catalog-heading"]')).first().waitFor();
    await page.goto(`${demo.url}/no-such-route`);
    await heading(page).filter({ hasText: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to the home page' }).waitFor();
  });

  it('has a screen for every admin route, reached through the side navigation', async () => {
    const page = await openPage('/admin');
    const screens: Array<[path: string, link: string, title: string]> = [
      ['/admin/pages', 'Custom pages', 'Custom pages'],
      ['/admin/home', 'Home page', 'Home page'],
      ['/admin/layout', 'Layout', 'Layout'],
      ['/admin/scripts', 'Scripts and security', 'Scripts and security'],
      ['/admin/catalog', 'Catalog', 'Catalog'],
      ['/admin', 'Overview', 'Administration'],
    ];
    const sideNavigation = page.getByRole('navigation', { name: 'Administration' });
    for (const [path, link, title] of screens) {
      await sideNavigation.getByRole('link', { name: link, exact: true }).click();
      await heading(page).filter({ hasText: title }).waitFor();
      expect(new URL(page.url()).pathname).toBe(path);
    }
  });

  it('switches to Arabic: the portal root turns right-to-left, and the choice survives a reload', async () => {
    const page = await openPage('/');
    await heading(page).filter({ hasText: 'How can we help?' }).waitFor();
    expect(await portalRoot(page).getAttribute('dir')).toBe('ltr');
    await page.getByLabel('Language').selectOption('ar');
    await page.locator('[data-slot="portal-root"][dir="rtl"]').waitFor();
    expect(await portalRoot(page).getAttribute('lang')).toBe('ar');
    await heading(page).filter({ hasText: 'كيف يمكننا مساعدتك؟' }).waitFor();
    await page.reload();
    await page.locator('[data-slot="portal-root"][dir="rtl"][lang="ar"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  });

  it('starts in the language given as ?lang=', async () => {
    const page = await openPage('/tickets?lang=de');
    await heading(page).filter({ hasText: 'Meine Tickets' }).waitFor();
    expect(await portalRoot(page).getAttribute('lang')).toBe('de');
  });

  it('simulates signing in and out through the layout and the tickets page', async () => {
    const page = await openPage('/tickets');
    const prompt = page.getByRole('region', { name: 'Sign in to see your tickets' });
    await prompt.waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'All tickets' }).waitFor();
    await page.locator('[data-slot="ticket-list-row"]').first().waitFor();
    expect(await page.title()).toBe('My tickets · Acme Service Desk');
    await page.getByText('Signed in as Dana Weber').waitFor({ state: 'attached' });
    // Dana has no picture: the layout's default avatar from the store stands in.
    expect(await page.locator('img[data-slot="portal-avatar"]').getAttribute('data-state')).toBe('default');
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).click();
    // The prompt on the page signs in as well.
    await prompt.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('shows the valid custom pages in the menu, and not-found for a temporarily invalid one', async () => {
    const page = await openPage('/');
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('link', { name: 'Terms of use' }).waitFor();
    expect(await navigation.getByRole('link').allTextContents()).toEqual([
      'Home',
      'Service catalog',
      'My tickets',
      'Opening hours',
      'Our services at a glance',
      'Terms of use',
      'Administration',
    ]);
    await navigation.getByRole('link', { name: 'Opening hours' }).click();
    await heading(page).filter({ hasText: 'Opening hours' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Opening hours' }).getAttribute('aria-current')).toBe('page');
    await page.goto(`${demo.url}/page/holiday-closure`);
    await heading(page).filter({ hasText: 'Page not found' }).waitFor();
    expect(await page.getByText('Closed between the holidays').count()).toBe(0);
  });

  it("sets the favicon from the admin's layout settings", async () => {
    const page = await openPage('/');
    await page.locator('[data-slot="portal-layout"][data-state="ready"]').waitFor();
    await page.waitForFunction(() => document.querySelector('link[rel~="icon"]')?.getAttribute('href')?.startsWith('data:image/svg+xml'));
  });

  it.each([
    ['/', 'en'],
    ['/tickets', 'ar'],
    ['/admin/layout', 'fr'],
  ])('has no axe violations on %s in %s', async (path, language) => {
    // axe is injected as an inline script, which the demo's policy (rightly) blocks.
    const page = await openPage(`${path}?lang=${language}`, { bypassCSP: true });
    await page.locator(`[data-slot="portal-root"][lang="${language}"]`).first().waitFor();
    // Editors' live previews render the portal's own headings too: the first is the page's.
    await heading(page).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
