import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.js';
import './demo.css';

const container = document.getElementById('root');
if (!container) throw new Error('The demo needs an element with id "root".');

// The server's per-response nonce (see serve.mjs). Browsers hide a nonce from getAttribute;
// the `nonce` property still has it.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <App nonce={nonce} />
    </BrowserRouter>
  </StrictMode>,
);
