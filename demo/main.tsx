// ./Root.js first, as in prerender.tsx (styled-components' class names depend on the order).
import { DemoRoot, demoRoutes } from './Root.js';
import { MutationCache } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createPortalQueryClient } from '../src/data/index.js';
import { demoAdapters } from './adapters.js';
import { PRERENDER_ATTRIBUTE, prerenderFits } from './prerenderGate.js';
import { hydrateFromPrerender, readPrerenderState } from './prerenderState.js';
import { initialLanguage, initialSignedIn, prerenderGateKeys, storeEdited } from './settings.js';

// When the page's code started to run (the prerendered page has painted by then: see vite.config.ts).
performance.mark('demo:script-start');

const container = document.getElementById('root');
if (!container) throw new Error('The demo needs an element with id "root".');

// The server's per-response nonce (see serve.mjs). Browsers hide a nonce from getAttribute;
// the `nonce` property still has it.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

// Any save (portal or admin) means the store no longer holds just the seed: the next visit
// does not hydrate the home page prerendered from it (see prerenderGate.ts).
const queryClient = createPortalQueryClient({ mutationCache: new MutationCache({ onSuccess: storeEdited }) });

// A data router, so editors can block in-app navigation while something is unsaved
// (`useBlocker`, see useLeaveBlocker.ts). The demo's routes stay declared in App as `<Routes>`
// below this one catch-all route.
const prerendered = readPrerenderState(document);
const router = createBrowserRouter(
  demoRoutes({
    nonce,
    adapters: demoAdapters,
    queryClient,
    initialLanguage: initialLanguage(),
    initialSignedIn: initialSignedIn(),
    presanitizedCss: prerendered?.css,
  }),
);
const page = <DemoRoot router={router} />;

// `npm run build:demo` renders the home page into index.html, with the query cache it was
// rendered from (prerender.tsx). When that is what this visitor sees first, the page hydrates
// it: the cache starts with the seed's data, and the store's data replaces it right after (see
// prerenderState.ts); otherwise it renders from scratch.
if (prerendered && prerenderFits(prerenderGateKeys)) {
  hydrateFromPrerender(queryClient, prerendered);
  // In a transition, so hydration yields to the browser instead of blocking it for its length.
  startTransition(() => {
    hydrateRoot(container, page);
  });
} else {
  container.replaceChildren();
  document.documentElement.removeAttribute(PRERENDER_ATTRIBUTE);
  createRoot(container).render(page);
}
