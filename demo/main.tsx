import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App.js';
import { HostStyles } from './HostStyles.js';

const container = document.getElementById('root');
if (!container) throw new Error('The demo needs an element with id "root".');

// The server's per-response nonce (see serve.mjs). Browsers hide a nonce from getAttribute;
// the `nonce` property still has it.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

// A data router, so editors can block in-app navigation while something is unsaved
// (`useBlocker`, see useLeaveBlocker.ts). The demo's routes stay declared in App as `<Routes>`
// below this one catch-all route.
const router = createBrowserRouter([{ path: '*', element: <App nonce={nonce} /> }]);

createRoot(container).render(
  <StrictMode>
    <HostStyles />
    <RouterProvider router={router} />
  </StrictMode>,
);
