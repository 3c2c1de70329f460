import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

// Runs in the node-based e2e project; the jsdom project's include pattern also matches this
// file, and there it is skipped.
const inNode = typeof window === 'undefined';
const FIXTURE_ID = 'virtual:browser-store-sync';

// The page both tabs open: the portal reading a custom page through the browser store, and,
// with ?admin, a small editor writing to it through the data hooks.
const fixtureModule = `
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserAdapters } from '/src/adapters/index.ts';
import { useCustomPage, useSaveCustomPage } from '/src/data/index.ts';
import { PortalProvider } from '/src/portal/PortalProvider/index.ts';
import { DataState } from '/src/portal/states/index.ts';

const adapters = createBrowserAdapters({ databaseName: new URLSearchParams(location.search).get('db') });

function Editor({ page }) {
  const [title, setTitle] = useState(page.content.en.title);
  const save = useSaveCustomPage();
  const { id, version, updatedAt, ...data } = page;
  const submit = (event) => {
    event.preventDefault();
    save.mutate({ id, previousVersion: version, data: { ...data, content: { ...data.content, en: { ...data.content.en, title } } } }).catch(() => {});
  };
  return h('form', { onSubmit: submit },
    h('label', null, 'Title ', h('input', { value: title, onChange: (event) => setTitle(event.target.value) })),
    h('button', { type: 'submit' }, 'Save'),
    save.status === 'success' ? h('p', { role: 'status' }, 'Saved') : null);
}

function Page({ admin }) {
  const result = useCustomPage({ slug: 'opening-hours', audience: admin ? 'admin' : 'portal' });
  return h(DataState, { result }, (page) => admin ? h(Editor, { page }) : h('h1', null, page.content.en.title));
}

createRoot(document.getElementById('root')).render(
  h(PortalProvider, { adapters }, h(Page, { admin: new URLSearchParams(location.search).has('admin') })),
);
`;

function fixture(): Plugin {
  return {
    name: 'browser-store-sync-fixture',
    resolveId: (id) => (id === FIXTURE_ID ? `\0${FIXTURE_ID}` : undefined),
    load: (id) => (id === `\0${FIXTURE_ID}` ? fixtureModule : undefined),
    configureServer(server) {
      server.middlewares.use('/sync.html', async (request, response) => {
        const html = await server.transformIndexHtml(
          request.originalUrl ?? '/sync.html',
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sync</title></head><body><div id="root"></div><script type="module" src="/@id/${FIXTURE_ID}"></script></body></html>`,
        );
        response.setHeader('Content-Type', 'text/html');
        response.end(html);
      });
    },
  };
}

describe.runIf(inNode)('the browser store in two tabs of one browser', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let context: BrowserContext;
  let base = '';

  beforeAll(async () => {
    server = await createServer({
      root: fileURLToPath(new URL('../..', import.meta.url)),
      configFile: false,
      logLevel: 'error',
      plugins: [react(), fixture()],
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
      optimizeDeps: { include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', 'styled-components', 'i18next', 'react-i18next', 'idb', 'valibot', '@tanstack/react-query', 'culori/fn'] },
    });
    await server.listen();
    base = server.resolvedUrls?.local[0] ?? '';
    browser = await chromium.launch({
      ...chromiumLaunchOptions(),
    });
    context = await browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const open = async (query: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(new URL(`sync.html?${query}`, base).href);
    return page;
  };

  it('shows an edit saved in the admin tab in the portal tab without a reload, and keeps it after one', async () => {
    const db = `sync-${Date.now()}`;
    const portal = await open(`db=${db}`);
    await portal.getByRole('heading', { name: 'Opening hours' }).waitFor({ timeout: 60_000 });
    await portal.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'not reloaded';
    });

    const admin = await open(`db=${db}&admin`);
    const title = admin.getByRole('textbox', { name: 'Title' });
    await title.fill('Opening hours (winter)');
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await portal.getByRole('heading', { name: 'Opening hours (winter)' }).waitFor({ timeout: 10_000 });
    expect(await portal.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('not reloaded');

    await portal.reload();
    await portal.getByRole('heading', { name: 'Opening hours (winter)' }).waitFor();
    await admin.close();
    await portal.close();
  });
});
