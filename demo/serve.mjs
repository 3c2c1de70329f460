#!/usr/bin/env node
// Serves the built demo (demo/dist) the way a production server should: every response carries
// a strict Content-Security-Policy with a fresh nonce, and the nonce placeholder Vite wrote into
// index.html is replaced with it. Text is sent compressed (Brotli or gzip, as the browser
// accepts), and Vite's content-hashed files under assets/ may be cached for good.
// `npm run serve:demo` after `npm run build:demo`.
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
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

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

/** The types worth compressing (images other than SVG and fonts are compressed already). */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

/** Vite's content-hashed output: a changed file gets a new name, so browsers may keep these for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const compressors = {
  br: promisify(brotliCompress),
  gzip: promisify(gzip),
};

/** The encoding to answer with: Brotli if the browser takes it, else gzip, else none. */
export function pickEncoding(acceptEncoding) {
  const accepted = new Map(
    String(acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
        return [name.toLowerCase(), q ? Number(q.slice(2)) : 1];
      }),
  );
  const allowed = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allowed('br')) return 'br';
  if (allowed('gzip')) return 'gzip';
  return undefined;
}

/** Compresses `body` as `encoding` (Brotli at `quality`, gzip at its best). */
function compress(body, encoding, quality) {
  return encoding === 'br'
    ? compressors.br(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : compressors.gzip(body, { level: 9 });
}

async function fileStat(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
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

  // Compressed build files, made on first request (requests under way share the work) and kept
  // while the file is unchanged. Brotli's top quality takes seconds for a large bundle; 9 is
  // within a few percent of it.
  const compressed = new Map();
  const compressedFile = (file, info, encoding) => {
    const key = `${encoding}:${file}`;
    const cached = compressed.get(key);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.body;
    const body = readFile(file).then((content) => compress(content, encoding, 9));
    compressed.set(key, { mtimeMs: info.mtimeMs, size: info.size, body });
    body.catch(() => compressed.delete(key));
    return body;
  };

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
    const encoding = pickEncoding(request.headers['accept-encoding']);
    const file = resolve(base, `.${pathname}`);
    const indexFile = join(base, 'index.html');
    // Never serve anything outside the build folder; index.html always gets its nonce.
    const info = file.startsWith(base + sep) && file !== indexFile ? await fileStat(file) : undefined;
    if (info) {
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      const hashed = file.startsWith(join(base, 'assets') + sep);
      const fileHeaders = { ...headers, 'content-type': type, 'cache-control': hashed ? IMMUTABLE : 'public, max-age=3600' };
      if (compressible.has(extname(file))) fileHeaders.vary = 'accept-encoding';
      if (encoding && compressible.has(extname(file))) {
        response.writeHead(200, { ...fileHeaders, 'content-encoding': encoding }).end(await compressedFile(file, info, encoding));
        return;
      }
      response.writeHead(200, fileHeaders).end(await readFile(file));
      return;
    }
    if (extname(pathname) !== '' && file !== indexFile) {
      response.writeHead(404, headers).end();
      return;
    }
    if (backend) headers['content-security-policy'] = await backend.policy(nonce);
    const html = renderIndex(index, nonce, backend?.meta);
    const pageHeaders = { ...headers, 'content-type': contentTypes['.html'], 'cache-control': 'no-store', vary: 'accept-encoding' };
    if (encoding) {
      // Each response has its own nonce, so the page is compressed per response (quickly).
      response.writeHead(200, { ...pageHeaders, 'content-encoding': encoding }).end(await compress(Buffer.from(html), encoding, 5));
      return;
    }
    response.writeHead(200, pageHeaders).end(html);
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
