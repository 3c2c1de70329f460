// The baseline page of the Web Vitals benchmark (scripts/bench/webVitals.bench.mjs), run with
// NODE_ENV=production under `node --import tsx`: the demo's home page as an anonymous visitor
// sees it on first visit (the demo's frame, the seeded home page, English), rendered once to a
// string with its data already in the query cache and its styles collected by styled-components'
// ServerStyleSheet, written as a plain HTML page without any script to `BENCH_STATIC_DIR`
// (index.html, with the demo server's nonce placeholder on the <style> elements, and the favicon).
// The admin's custom CSS (rounder teaser corners) is not in it: the demo applies it once the CSS
// parser has loaded after the first render, which a page without script never does.
// Prints what it wrote on one line.
import { QueryClient } from '@tanstack/react-query';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ServerStyleSheet } from 'styled-components';
import { createDemoSeed, createMemoryAdapters } from '../../src/adapters/index.js';
import { createTheme, getDirection, PortalProvider } from '../../src/index.js';
import { HostStyles } from '../../demo/HostStyles.js';
import { demoI18n } from '../../demo/i18n.js';
import { DemoPortalLayout } from '../../demo/layout/PortalLayout.js';
import { RouterLink } from '../../demo/RouterLink.js';
import { HomeRoute } from '../../demo/routes/portal.js';
import { CSP_NONCE_PLACEHOLDER } from '../../demo/serve.mjs';

const outDir = process.env.BENCH_STATIC_DIR;
if (!outDir) throw new Error('BENCH_STATIC_DIR names the folder to write the page to.');
const demoDir = new URL('../../demo/', import.meta.url);
const language = 'en';

// As demo/App.tsx wires the portal, with the bundled memory store seeded as the browser store is.
const theme = createTheme({ colors: { primary: '#0b1f3a', accent: '#ffeb3b' } });
const adapters = createMemoryAdapters({ seed: createDemoSeed() });
const noop = () => undefined;
const page = (client: QueryClient): ReactElement => (
  <MemoryRouter initialEntries={['/']}>
    <HostStyles />
    <PortalProvider language={language} defaultLanguage="en" theme={theme} linkComponent={RouterLink} nonce={CSP_NONCE_PLACEHOLDER} customer={null} i18n={demoI18n} adapters={adapters} queryClient={client}>
      <Routes>
        <Route element={<DemoPortalLayout theme={theme} onLanguageChange={noop} onSignedInChange={noop} />}>
          <Route index element={<HomeRoute />} />
        </Route>
      </Routes>
    </PortalProvider>
  </MemoryRouter>
);

/** Renders until no query is left pending, as a server would before sending the page. */
async function renderLoaded(): Promise<{ html: string; styles: string }> {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  for (let pass = 0; pass < 10; pass += 1) {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(sheet.collectStyles(page(client)));
      const pending = client.getQueryCache().getAll().filter((query) => query.state.status === 'pending');
      if (pending.length === 0) return { html, styles: sheet.getStyleTags() };
      // A query may fail (a menu page that is not valid is not found): it then renders as the browser would.
      await Promise.allSettled(pending.map((query) => query.fetch()));
    } finally {
      sheet.seal();
    }
  }
  throw new Error('The queries never settled');
}

const { html, styles } = await renderLoaded();
if (html.includes('data-slot="loading-state"')) throw new Error('The home page rendered a loading state.');
const t = demoI18n.getFixedT(language, 'demo');
// styled-components puts the nonce it was given on its tags; the demo server replaces the placeholder.
const nonced = styles.includes(`nonce="${CSP_NONCE_PLACEHOLDER}"`) ? styles : styles.replaceAll('<style ', `<style nonce="${CSP_NONCE_PLACEHOLDER}" `);
const document = `<!doctype html>
<html lang="${language}" dir="${getDirection(language)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>${t('homeTitle')} · ${t('brand')}</title>
    ${nonced}
  </head>
  <body>
    <div id="root">${html}</div>
  </body>
</html>
`;
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'index.html'), document);
await copyFile(new URL('public/favicon.svg', demoDir), join(outDir, 'favicon.svg'));
console.log(
  `STATIC_HOME ${JSON.stringify({
    bytes: document.length,
    blocks: (html.match(/data-slot="home-page-block"/g) ?? []).length,
    scripts: (document.match(/<script/g) ?? []).length,
  })}`,
);
