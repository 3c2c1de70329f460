#!/usr/bin/env node
// Serves the built demo (demo/dist) the way a production server should: every response carries
// a strict Content-Security-Policy with a fresh nonce, and the nonce placeholder Vite wrote into
// index.html is replaced with it. `npm run serve:demo` after `npm run build:demo`.
//
// With `--api <url>` (or `serveDemo({ api })`) the same build runs against a backend that
// implements openapi/portal.yaml, without a rebuild: the backend's address and the demo's
// tokens go into a <meta> of index.html, and each HTML response's policy is the one the
// admin configured in the backend's script settings (see servePolicy.ts).
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** What `html.cspNonce` in demo/vite.config.ts writes into the built HTML. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** The `<meta name>` carrying the backend's address and tokens; demo/apiConfig.ts reads it. */
export const API_CONFIG_META = 'portal-api';

/** Text made safe inside a double- or single-quoted HTML attribute. */
export function escapeHtmlAttribute(text) {
  return String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The `<meta>` element that tells the built demo which backend to use, escaped. */
export function apiConfigMeta({ url, adminToken, customerToken }) {
  const config = JSON.stringify({ url, ...(adminToken ? { adminToken } : {}), ...(customerToken ? { customerToken } : {}) });
  return `<meta name="${API_CONFIG_META}" content="${escapeHtmlAttribute(config)}" />`;
}

/** A policy without `'unsafe-inline'` or `'unsafe-eval'`: scripts and styles only from here or with the nonce. */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * How each HTML response gets its policy and index.html its API <meta> when serving against a
 * backend; `undefined` without one. Loaded on demand: servePolicy.ts is TypeScript (run under
 * tsx, as `npm run serve:demo` does, or Vite/Vitest), and only this mode needs it.
 */
async function backendMode(api) {
  if (!api) return undefined;
  const { apiOriginOf, createScriptSettingsSource, demoContentSecurityPolicy } = await import('./servePolicy.ts');
  const apiUrl = api.url.replace(/\/+$/, '');
  const apiOrigin = apiOriginOf(apiUrl);
  const settingsSource = createScriptSettingsSource({ url: apiUrl, maxAge: api.settingsMaxAge, fetch: api.fetch });
  const warn = api.onWarning ?? ((message) => console.warn(message));
  let lastWarning;
  return {
    meta: apiConfigMeta({ url: apiUrl, adminToken: api.adminToken, customerToken: api.customerToken }),
    async policy(nonce) {
      const { settings, error: readError } = await settingsSource();
      const { header, error: buildError } = demoContentSecurityPolicy({ nonce, settings, apiOrigin });
      const problem = readError ?? buildError;
      const warning = problem ? `The admin's script settings are left out of the policy: ${problem.message}` : undefined;
      // Say so once per new problem, not on every page load.
      if (warning && warning !== lastWarning) warn(warning);
      lastWarning = warning;
      return header;
    },
  };
}

/** index.html with this response's nonce and, against a backend, the API <meta> in its head. */
function renderIndex(index, nonce, meta) {
  const html = index.replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
  // A function, so that `$&` or `$'` in a token is not read as a replacement pattern.
  return meta ? html.replace('</head>', () => `  ${meta}\n  </head>`) : html;
}

/**
 * Starts the server. Addresses that are not files get index.html (the router takes over in the
 * browser). Resolves with the base URL and a `close()`.
 */
export async function serveDemo({ root = fileURLToPath(new URL('./dist', import.meta.url)), host = '127.0.0.1', port = 4173, api } = {}) {
  const base = resolve(root);
  const index = await readFile(join(base, 'index.html'), 'utf8');
  if (api && !index.includes('</head>')) throw new Error('index.html has no </head> to put the API address before.');
  const backend = await backendMode(api);

  const server = createServer(async (request, response) => {
    const nonce = randomBytes(16).toString('base64');
    const headers = {
      'content-security-policy': contentSecurityPolicy(nonce),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, headers).end();
      return;
    }
    const file = resolve(base, `.${pathname}`);
    const indexFile = join(base, 'index.html');
    // Never serve anything outside the build folder; index.html always gets its nonce.
    if (file.startsWith(base + sep) && file !== indexFile && (await isFile(file))) {
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'content-type': type }).end(await readFile(file));
      return;
    }
    if (extname(pathname) !== '' && file !== indexFile) {
      response.writeHead(404, headers).end();
      return;
    }
    if (backend) headers['content-security-policy'] = await backend.policy(nonce);
    response
      .writeHead(200, { ...headers, 'content-type': contentTypes['.html'], 'cache-control': 'no-store' })
      .end(renderIndex(index, nonce, backend?.meta));
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // Tokens come from the environment, not the command line, where other users could see them.
  const { values } = parseArgs({ options: { api: { type: 'string' }, port: { type: 'string' } } });
  const api = values.api ?? process.env.PORTAL_API_URL;
  const { url } = await serveDemo({
    port: Number(values.port ?? process.env.PORT ?? 4173),
    api: api ? { url: api, adminToken: process.env.PORTAL_ADMIN_TOKEN, customerToken: process.env.PORTAL_CUSTOMER_TOKEN } : undefined,
  });
  console.log(`Demo (built, strict CSP) at ${url}/${api ? `, against the backend at ${api}` : ''}`);
}
