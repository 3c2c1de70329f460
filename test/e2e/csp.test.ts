// Real Chromium, a real Content-Security-Policy header from buildContentSecurityPolicy:
// the library's own output causes no violation; a script from an origin the policy does not
// allow is refused by PortalScripts, and by the browser when inserted directly.
import react from '@vitejs/plugin-react';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../src/security/buildContentSecurityPolicy.js';
import type { ContentSecurityPolicySettings } from '../../src/security/types.js';
import hostileHtml from '../security/fixtures/hostile-html.json';
import sanitizedHtml from '../security/fixtures/sanitized-html.json';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const nonce = 'e2eN0nce-b64_ABCDEFGHIJ==';
const types: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };

let outDir = '';
let browser: Browser;
let pageServer: Server;
let evilServer: Server;
let pageOrigin = '';
let widgetOrigin = '';
let evilOrigin = '';
let policy = '';

const listen = (server: Server) =>
  new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));
const close = (server: Server | undefined) => new Promise<void>((done) => (server ? server.close(() => done()) : done()));
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'hpk-csp-'));
  // A production build, as a host ships it (Vitest runs with NODE_ENV=test, which would make
  // the React plugin emit development JSX that the production React build does not have).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    mode: 'production',
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      modulePreload: false,
      rolldownOptions: { input: resolve(root, 'test/e2e/csp.page.tsx'), output: { entryFileNames: 'app.js', chunkFileNames: '[name].js' } },
    },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  evilServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end('(window.ran ??= []).push("evil");');
  });
  const evilPort = await listen(evilServer);
  evilOrigin = `http://localhost:${evilPort}`;

  pageServer = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/widget.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end('(window.ran ??= []).push("external");');
      return;
    }
    if (path === '/') {
      const settings: ContentSecurityPolicySettings = {
        externalScripts: [{ url: `${widgetOrigin}/widget.js` }],
        inlineScripts: [{ code: '(window.ran ??= []).push("inline");' }],
        additionalOrigins: { 'img-src': ['https://cdn.example.com'] },
      };
      policy = buildContentSecurityPolicy(settings, { nonce });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
      response.end(
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>` +
          `<script type="module" src="/app.js" nonce="${nonce}"></script></head><body>` +
          `<div id="root" data-nonce="${attr(nonce)}" data-policy="${attr(policy)}" data-settings="${attr(JSON.stringify(settings))}" data-evil-script="${attr(`${evilOrigin}/portal-evil.js`)}"></div>` +
          `</body></html>`,
      );
      return;
    }
    try {
      const body = await readFile(join(outDir, path.replace(/^\/+/, '').replace(/\.\.+/g, '')));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const pagePort = await listen(pageServer);
  pageOrigin = `http://127.0.0.1:${pagePort}`;
  widgetOrigin = `http://localhost:${pagePort}`; // another origin on the same server

  browser = await chromium.launch({
    ...chromiumLaunchOptions(),
    headless: true,
  });
});

afterAll(async () => {
  await browser?.close();
  await close(pageServer);
  await close(evilServer);
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface PageState {
  violations: Array<{ blockedURI: string; effectiveDirective: string; sample: string }>;
  blocked: Array<{ kind: string; url?: string; code: string }>;
  ran: string[];
  xss: unknown;
}
const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as PageState;
    return { violations: w.violations, blocked: w.blocked, ran: w.ran, xss: w.xss } satisfies PageState;
  });

describe('under the Content-Security-Policy from buildContentSecurityPolicy (Chromium)', () => {
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const context = await browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${pageOrigin}/`);
    await page.waitForFunction(() => (window as unknown as PageState).ran?.includes('inline'));
    await page.waitForTimeout(300); // let late violation reports arrive
  });

  it('serves the strict policy', () => {
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' ${widgetOrigin}`);
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy).not.toMatch(/unsafe/);
  });

  it('renders themed components, SafeHtml and SafeLink with zero policy violations', async () => {
    const { violations, xss } = await state(page);
    expect(violations).toEqual([]);
    expect(xss).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await expect(page.getByRole('heading', { name: 'Opening hours' }).count()).resolves.toBe(1);
    await expect(page.getByText('Bad link').getAttribute('data-state')).resolves.toBe('blocked');
    // styled-components' nonce'd style element applied: the card and the theme variables are styled
    const styles = await page.evaluate(() => {
      const card = document.querySelector('[data-testid="card"]') as HTMLElement;
      const portal = document.querySelector('[data-slot="portal-root"]') as HTMLElement;
      return {
        padding: getComputedStyle(card).paddingTop,
        primary: getComputedStyle(portal).getPropertyValue('--hpk-color-primary').trim(),
        styleNonces: Array.from(document.querySelectorAll('style')).map((style) => style.nonce),
        inlineStyles: document.querySelectorAll('[data-slot="portal-root"] [style]').length,
      };
    });
    expect(styles.padding).toBe('16px');
    expect(styles.primary).toBe('#0b5fff');
    expect(styles.styleNonces.length).toBeGreaterThan(0);
    expect(styles.styleNonces.every((value) => value === nonce)).toBe(true);
    expect(styles.inlineStyles).toBe(0);
  });

  it('runs the allowed external script, then the inline one, each once, with the nonce', async () => {
    const { ran } = await state(page);
    expect(ran).toEqual(['external', 'inline']);
  });

  it('does not insert the script from a non-allowed origin and reports it', async () => {
    const { blocked, ran } = await state(page);
    expect(blocked).toEqual([expect.objectContaining({ kind: 'external', url: `${evilOrigin}/portal-evil.js`, code: 'origin-not-allowed' })]);
    expect(ran).not.toContain('evil');
  });

  it('makes the browser report exactly one violation for a script from that origin inserted directly', async () => {
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    }, `${evilOrigin}/direct-evil.js`);
    await page.waitForFunction(() => (window as unknown as PageState).violations.length > 0);
    await page.waitForTimeout(200);
    const { violations, ran } = await state(page);
    expect(violations).toEqual([{ blockedURI: `${evilOrigin}/direct-evil.js`, effectiveDirective: 'script-src-elem', sample: '' }]);
    expect(ran).toEqual(['external', 'inline']);
  });

  it('sanitizes every hostile HTML input exactly as Node does (SSR parity)', async () => {
    const outputs = await page.evaluate((inputs) => {
      const sanitize = (window as unknown as { sanitizeHtml: (html: string) => string }).sanitizeHtml;
      return inputs.map((input) => sanitize(input));
    }, hostileHtml.map((entry) => entry.html));
    expect(outputs).toEqual(sanitizedHtml);
    await page.waitForTimeout(300);
    const { violations, xss } = await state(page);
    // Still only the directly inserted script: parsing hostile input in the browser reported
    // nothing (Chromium reports inline handlers and styles as soon as they are parsed, even
    // into DOMPurify's inert document; sanitizeHtml keeps them from being parsed at all).
    expect(violations).toHaveLength(1);
    expect(xss).toBeUndefined();
  });
});
