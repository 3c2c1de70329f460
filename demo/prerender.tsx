// The build's prerender of the demo's home page (run by the `demo:prerender-home` plugin in
// vite.config.ts, from a server build of this module): what a first visit shows (English,
// signed out, the bundled store holding its seed), rendered to HTML with its styles and the
// query cache it was rendered from. The browser hydrates it (main.tsx) from that cache, then
// reads its own store, whose data replaces the seed's where it differs.
//
// ./Root.js is imported first, as in main.tsx: styled-components names its classes in the order
// components are created, and both sides must create them in the same order.
import { DemoRoot, demoRoutes } from './Root.js';
import { dehydrate, hydrate, type QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import { ServerStyleSheet } from 'styled-components';
import { createMemoryAdapters } from '../src/adapters/index.js';
import { createPortalQueryClient } from '../src/data/index.js';
import type { CssSanitizer } from '../src/index.js';
import { sanitizeCss } from '../src/security/sanitizeCss.js';
import type { SanitizedCss } from '../src/security/types.js';
import type { AppProps } from './App.js';
import { demoI18n } from './i18n.js';
import { cssKey } from './layout/PortalLayout.js';
import { PRERENDER_HIDDEN_STYLE, prerenderGateScript } from './prerenderGate.js';
import { PRERENDER_STATE_ID, type PrerenderState } from './prerenderState.js';
import { demoSeed } from './seed.js';
import { prerenderGateKeys } from './settings.js';

/** What the build writes into index.html. */
export interface PrerenderedHome {
  /** The inner HTML of `#root`. */
  html: string;
  /** styled-components' `<style>` elements, each with the nonce placeholder. */
  styles: string;
  /** The state the page was rendered from (`PrerenderState` as JSON, safe inside a `<script>` element). */
  state: string;
  /** The `id` of the element the state goes in. */
  stateId: string;
  /** The document title the home page sets. */
  title: string;
  /** The inline script for the top of <body> (see prerenderGate.ts). */
  gateScript: string;
  /** The style rule that hides the prerendered HTML when it does not fit the visitor. */
  hiddenStyle: string;
}

/** The page's HTML and styles, rendered once from `queryClient` as it is (no reads). */
function render(queryClient: QueryClient, nonce: string, css: Pick<AppProps, 'cssSanitizer' | 'presanitizedCss'>): { html: string; styles: string } {
  const { language } = prerenderGateKeys;
  const routes = demoRoutes({ adapters, queryClient, nonce, initialLanguage: language as 'en', initialSignedIn: false, ...css });
  const sheet = new ServerStyleSheet();
  try {
    const router = createMemoryRouter(routes, { initialEntries: ['/'] });
    const html = renderToString(sheet.collectStyles(<DemoRoot router={router} />));
    return { html, styles: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}

const seedTime = new Date();
const adapters = createMemoryAdapters({ seed: demoSeed(seedTime) });

/**
 * Renders the home page until no query is left pending, as a server would before sending it,
 * then once more from the cache as the browser gets it (its successful reads, through JSON): what
 * the browser's first render shows. The two must agree (a read that failed here, say a menu page
 * that is not valid, starts out pending in the browser).
 */
export async function prerenderHome({ nonce }: { nonce: string }): Promise<PrerenderedHome> {
  const queryClient = createPortalQueryClient();
  // The custom CSS, sanitized as the browser would once the CSS parser has loaded.
  const presanitized = new Map<string, SanitizedCss>();
  const cssSanitizer: CssSanitizer = (css, options) => {
    const result = sanitizeCss(css, options);
    presanitized.set(cssKey(css, options), result);
    return result;
  };
  let settled: string | undefined;
  for (let pass = 0; pass < 10 && settled === undefined; pass += 1) {
    const { html } = render(queryClient, nonce, { cssSanitizer });
    const pending = queryClient.getQueryCache().getAll().filter((query) => query.state.status === 'pending');
    if (pending.length === 0) settled = html;
    else await Promise.allSettled(pending.map((query) => query.fetch()));
  }
  if (settled === undefined) throw new Error('The home page’s reads never settled.');
  const state: PrerenderState = JSON.parse(JSON.stringify({ seedTime: seedTime.toISOString(), cache: dehydrate(queryClient), css: [...presanitized] })) as PrerenderState;
  const browserCache = createPortalQueryClient();
  hydrate(browserCache, state.cache);
  const { html, styles } = render(browserCache, nonce, { presanitizedCss: state.css });
  if (html !== settled) throw new Error('The home page renders differently from the browser’s cache than with every read settled.');
  if (html.includes('data-slot="loading-state"')) throw new Error('The prerendered home page shows a loading state.');
  const t = demoI18n.getFixedT(prerenderGateKeys.language, 'demo');
  return {
    html,
    // styled-components puts the nonce it was given on its tags, or none.
    styles: styles.includes(`nonce="${nonce}"`) ? styles : styles.replaceAll('<style ', `<style nonce="${nonce}" `),
    state: JSON.stringify(state).replace(/</g, '\\u003c'),
    stateId: PRERENDER_STATE_ID,
    title: `${t('homeTitle')} · ${t('brand')}`,
    gateScript: prerenderGateScript(prerenderGateKeys),
    hiddenStyle: PRERENDER_HIDDEN_STYLE,
  };
}
