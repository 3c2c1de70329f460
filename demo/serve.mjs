#!/usr/bin/env node
// Serves the built demo (demo/dist) the way a production server should: every response carries
// a strict Content-Security-Policy with a fresh nonce, and the nonce placeholder Vite wrote into
// index.html is replaced with it. `npm run serve:demo` after `npm run build:demo`.
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What `html.cspNonce` in demo/vite.config.ts writes into the built HTML. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

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
 * Starts the server. Addresses that are not files get index.html (the router takes over in the
 * browser). Resolves with the base URL and a `close()`.
 */
export async function serveDemo({ root = fileURLToPath(new URL('./dist', import.meta.url)), host = '127.0.0.1', port = 4173 } = {}) {
  const base = resolve(root);
  const index = await readFile(join(base, 'index.html'), 'utf8');

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
    response
      .writeHead(200, { ...headers, 'content-type': contentTypes['.html'], 'cache-control': 'no-store' })
      .end(index.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
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
  const { url } = await serveDemo({ port: Number(process.env.PORT ?? 4173) });
  console.log(`Demo (built, strict CSP) at ${url}/`);
}
