#!/usr/bin/env node
// Takes the README's screenshot of the demo portal with Debian's Chromium (no browser download).
//
//   node scripts/screenshots.mjs                              build the demo and serve it here
//   node scripts/screenshots.mjs --url http://127.0.0.1:5173  use a demo that is already running
//
// Writes docs/demo.png. CHROMIUM_PATH overrides /usr/bin/chromium.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const output = join(root, 'docs/demo.png');
const { values } = parseArgs({ options: { url: { type: 'string' } } });

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
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 560 }, deviceScaleFactor: 1 });
  // Show the portal as a signed-in customer sees it, in English.
  await context.addInitScript(() => {
    window.localStorage.setItem('helpdesk-portal-demo:signed-in', 'true');
    window.localStorage.setItem('helpdesk-portal-demo:language', 'en');
  });
  const page = await context.newPage();
  await page.goto(`${demo.url}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: output });
  console.log(`wrote ${relative(root, output)} (${Math.round((await stat(output)).size / 1024)} kB)`);
} finally {
  await browser.close();
  await demo.stop();
}
