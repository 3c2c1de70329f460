// The portal shell rendered on the server and hydrated in Chromium under a strict
// Content-Security-Policy: nothing hostile in the admin's CSS or a page's rich text runs or
// reaches the host's page, the page hydrates without mismatch, and the header works.
import react from '@vitejs/plugin-react';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShellApp } from './shell.app.js';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const nonce = 'sh3llN0nce-b64_ABCDEFGH==';
const policy = [
  "default-src 'self'",
  `script-src 'self' 'nonce-${nonce}'`,
  `style-src 'self' 'nonce-${nonce}'`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

let outDir = '';
let server: Server;
let origin = '';
let browser: Browser;
let serverHtml = '';

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'hpk-shell-'));
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
      rolldownOptions: { input: resolve(root, 'test/e2e/shell.page.tsx'), output: { entryFileNames: 'app.js', chunkFileNames: '[name].js' } },
    },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  // Server rendering as a host does it: styled-components collects the styles, which go into
  // <head> with the page's nonce.
  const sheet = new ServerStyleSheet();
  try {
    serverHtml = renderToString(sheet.collectStyles(createElement(ShellApp, { nonce })));
    const styles = sheet.getStyleTags().replace(/<style /g, `<style nonce="${nonce}" `);
    const document =
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shell</title>` +
      // Where styled-components reads the nonce for the sheet it rebuilds from the server's styles.
      `<meta property="csp-nonce" nonce="${nonce}"><link rel="icon" href="data:,">` +
      `<style nonce="${nonce}">body { margin: 0; } .host-widget { color: rgb(0, 0, 128); font-size: 16px; display: block; min-height: 40px; }</style>` +
      `${styles}<script type="module" src="/app.js" nonce="${nonce}"></script></head><body>` +
      `<div class="host-widget" id="host-before">The host page, above the portal</div>` +
      `<div id="root" data-nonce="${nonce}">${serverHtml}</div>` +
      `<div class="host-widget" id="host-after">The host page, below the portal</div></body></html>`;
    server = createServer(async (request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path === '/broken.png') {
        // Not an image: the <img> fires `error` (the handler the sanitizer removed would run then).
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end('not a png');
        return;
      }
      if (path === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
        response.end(document);
        return;
      }
      try {
        const body = await readFile(join(outDir, path.replace(/^\/+/, '').replace(/\.\.+/g, '')));
        response.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
  } finally {
    sheet.seal();
  }
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    ...chromiumLaunchOptions(),
    headless: true,
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface PageState {
  violations: Array<{ blockedURI: string; effectiveDirective: string }>;
  recoverableErrors: string[];
  xss: unknown;
}

async function open(width: number): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as unknown as { hydrated?: boolean }).hydrated === true, undefined, { timeout: 5000 }).catch((error: Error) => {
    throw new Error(`${error.message}\n${errors.join('\n')}`);
  });
  await page.waitForTimeout(200); // late violation reports
  return { page, errors };
}

const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as PageState;
    return { violations: w.violations, recoverableErrors: w.recoverableErrors, xss: w.xss };
  });

describe('the portal shell, server-rendered and hydrated under a strict CSP (Chromium)', () => {
  it('puts nothing executable into the server HTML, and the scoped CSS in a nonce style', () => {
    expect(serverHtml).not.toMatch(/<script|\son[a-z]+=|\sstyle="|javascript:/i);
    expect(serverHtml.match(/<style nonce="[^"]+" data-slot="portal-custom-css">/g)).toHaveLength(1);
    expect(serverHtml).not.toContain('@import');
  });

  it('hydrates without mismatch, policy violation, console error or script run', async () => {
    const { page, errors } = await open(1280);
    const { violations, recoverableErrors, xss } = await state(page);
    expect(violations).toEqual([]);
    expect(recoverableErrors).toEqual([]);
    expect(errors).toEqual([]);
    expect(xss).toBeUndefined();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hostile page');
    await page.context().close();
  });

  it("leaves the host's page as it was: styles, visibility, and nothing covers it", async () => {
    const { page } = await open(1280);
    const host = await page.evaluate(() => {
      const read = (id: string) => {
        const element = document.getElementById(id)!;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return { color: style.color, fontSize: style.fontSize, display: style.display, hit: hit === element };
      };
      return {
        before: read('host-before'),
        after: read('host-after'),
        body: getComputedStyle(document.body).backgroundColor,
        html: getComputedStyle(document.documentElement).fontSize,
      };
    });
    const expected = { color: 'rgb(0, 0, 128)', fontSize: '16px', display: 'block', hit: true };
    expect(host.before).toEqual(expected);
    expect(host.after).toEqual(expected);
    expect(host.body).toBe('rgba(0, 0, 0, 0)');
    expect(host.html).toBe('16px');
    // The rules did apply inside the portal (the scope worked, not a blocked stylesheet).
    const headingColor = await page.getByRole('heading', { level: 1 }).evaluate((element) => getComputedStyle(element).color);
    expect(headingColor).toBe('rgb(255, 0, 0)');
    await page.context().close();
  });

  it('is interactive after hydration: the folded menu opens and closes from the keyboard', async () => {
    const { page, errors } = await open(375);
    const toggle = page.getByRole('button', { name: 'Menu' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slot'))).toBe('portal-menu-toggle');
    expect(errors).toEqual([]);
    expect((await state(page)).violations).toEqual([]);
    await page.context().close();
  });
});
