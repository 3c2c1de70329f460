#!/usr/bin/env node
// Takes the README's screenshots of the demo with Debian's Chromium (no browser download).
//
//   node scripts/screenshots.mjs                              build the demo and serve it here
//   node scripts/screenshots.mjs --url http://127.0.0.1:5173  use a demo that is already running
//   node scripts/screenshots.mjs --only=admin                 only the shots whose file name has "admin"
//
// Writes docs/demo.png (the README's first picture) and docs/screenshots/*.png: the portal's
// home page in English and in Arabic, and each admin editor, 1280 px wide. Each shot waits
// until its screen has loaded (no loading state left, images decoded) and fails on a console
// error. CHROMIUM_PATH overrides /usr/bin/chromium.
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { url: { type: 'string' }, only: { type: 'string' } } });

async function startBuiltDemo() {
  const [{ build }, { serveDemo }] = await Promise.all([import('vite'), import('../demo/serve.mjs')]);
  const outDir = await mkdtemp(join(tmpdir(), 'hpk-demo-shots-'));
  process.env.NODE_ENV = 'production';
  await build({ configFile: join(root, 'demo/vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serveDemo({ root: outDir, port: 0 });
  return {
    url: server.url,
    async stop() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

const demo = values.url ? { url: values.url.replace(/\/$/, ''), stop: async () => {} } : await startBuiltDemo();
const browser = await chromium.launch(chromiumLaunchOptions());
/** The screen has settled: nothing loading, every image decoded, fonts ready, no animation running. */
async function settle(page) {
  // Lazy images outside the window would never load: a shot scrolled to them would show gaps.
  await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((image) => (image.loading = 'eager')));
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () =>
      document.querySelector('[aria-busy="true"], [data-state="loading"]') === null &&
      [...document.images].every((image) => image.complete && image.naturalWidth > 0),
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  // Focus rings, caret blink and transitions out of the picture.
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.waitForTimeout(300);
}

/** `page.goto` and wait until `ready` (a locator factory) is visible. */
async function open(page, path, ready) {
  await page.goto(`${demo.url}${path}`);
  await ready(page).first().waitFor({ timeout: 30_000 });
  await settle(page);
}

/** Scrolls so that `locator` starts near the top of the window. */
async function scrollToTop(page, locator) {
  await locator.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 16));
  await settle(page);
}

/**
 * Every screenshot: its file, the language the demo starts with (signed in), how to get there,
 * and the window's size: 1280 px wide and `height` tall. Editors are longer than any window, so
 * a shot shows the window as an admin sees it (save bar at its foot) at the top of the screen or
 * scrolled to the part worth seeing; the README keeps each picture under 150 kB.
 */
const shots = [
  {
    // The README's first picture: the portal's header and hero, as it has always been taken.
    file: 'docs/demo.png',
    viewport: { width: 1100, height: 560 },
    language: 'en',
    async take(page) {
      await page.goto(`${demo.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
  },
  {
    file: 'docs/screenshots/portal-home-en.png',
    height: 1300,
    language: 'en',
    take: (page) => open(page, '/', (p) => p.locator('[data-slot="portal-layout"][data-state="ready"] [data-slot="hero-unit-title"]')),
  },
  {
    file: 'docs/screenshots/portal-home-ar.png',
    height: 1300,
    language: 'ar',
    async take(page) {
      await open(page, '/', (p) => p.locator('[data-slot="portal-layout"][data-state="ready"] [data-slot="hero-unit-title"]'));
      if ((await page.locator('[dir="rtl"]').count()) === 0) throw new Error('The Arabic home page is not right to left.');
    },
  },
  {
    file: 'docs/screenshots/admin-pages-editor.png',
    height: 1060,
    language: 'en',
    async take(page) {
      // The seed's "Opening hours" page open in the editor (its table shows the rich text).
      await open(page, '/admin/pages/page-opening-hours', (p) => p.locator('[data-slot="custom-page-editor"]').getByRole('textbox', { name: 'Text' }));
      await page.waitForFunction(() => document.querySelector('[data-slot="custom-page-editor"] input')?.value !== '', undefined, { timeout: 30_000 });
    },
  },
  {
    file: 'docs/screenshots/admin-home.png',
    height: 1000,
    language: 'en',
    take: (page) => open(page, '/admin/home', (p) => p.locator('[data-slot="home-page-editor"][data-state="clean"] [data-slot="hero-unit-title"]')),
  },
  {
    file: 'docs/screenshots/admin-layout.png',
    language: 'en',
    height: 1000,
    async take(page) {
      await open(page, '/admin/layout', (p) => p.locator('[data-slot="layout-editor"][data-state="clean"] [data-slot="layout-preview-panel"] [data-slot="hero-unit-title"]'));
      // Past the uploads: colours with their contrast checks, then the menu's pages.
      await scrollToTop(page, page.getByRole('group', { name: 'Colours' }));
    },
  },
  {
    file: 'docs/screenshots/admin-layout-preview.png',
    language: 'en',
    height: 1000,
    async take(page) {
      await open(page, '/admin/layout', (p) => p.locator('[data-slot="layout-editor"][data-state="clean"] [data-slot="layout-preview-panel"] [data-slot="hero-unit-title"]'));
      // The live preview below the form: the portal's own layout with the unsaved look (left to
      // right first, right to left below it).
      await scrollToTop(page, page.locator('[data-slot="layout-preview-column"]'));
    },
  },
  {
    file: 'docs/screenshots/admin-scripts.png',
    height: 1000,
    language: 'en',
    take: (page) => open(page, '/admin/scripts', (p) => p.locator('[data-slot="script-settings-editor"][data-state="clean"]')),
  },
  {
    file: 'docs/screenshots/admin-catalog.png',
    height: 1000,
    language: 'en',
    take: (page) => open(page, '/admin/catalog', (p) => p.locator('[data-slot="catalog-item-admin"] tbody tr, [data-slot="catalog-item-admin"] [role="row"]')),
  },
];

try {
  for (const shot of shots) {
    if (values.only && !shot.file.includes(values.only)) continue;
    const viewport = shot.viewport ?? { width: 1280, height: shot.height };
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    // Show the portal as a signed-in customer sees it, in the shot's language.
    await context.addInitScript((language) => {
      window.localStorage.setItem('helpdesk-portal-demo:signed-in', 'true');
      window.localStorage.setItem('helpdesk-portal-demo:language', language);
    }, shot.language);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await shot.take(page);
    if (errors.length > 0) throw new Error(`${shot.file}: console errors\n${errors.join('\n')}`);
    const output = join(root, shot.file);
    await mkdir(dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    const { width, height } = page.viewportSize();
    console.log(`wrote ${relative(root, output)} (${width} × ${height} px, ${Math.round((await stat(output)).size / 1024)} kB)`);
    await context.close();
  }
} finally {
  await browser.close();
  await demo.stop();
}
