import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CspEvaluator, DEFAULT_CHECKS, STRICTCSP_CHECKS } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CONFIG_META as CLIENT_META, readRuntimeApiConfig } from '../../demo/apiConfig.js';
import { API_CONFIG_META, contentSecurityPolicy, CSP_NONCE_PLACEHOLDER, pickEncoding, serveDemo } from '../../demo/serve.mjs';
import { apiOriginOf, createScriptSettingsSource, demoContentSecurityPolicy, NO_SCRIPT_SETTINGS } from '../../demo/servePolicy.js';
import { buildContentSecurityPolicy } from '../../src/security/buildContentSecurityPolicy.js';
import { parseContentSecurityPolicy } from '../../src/security/scriptPolicy.js';
import type { ContentSecurityPolicySettings } from '../../src/security/types.js';
import { call, startTestServer } from './harness.js';

// How the demo server builds each HTML response's policy when it serves the built demo against
// a backend, and how it tells the page which backend to use.

const nonce = 'rAnd0mN0nceValue1234==';
const api = 'http://127.0.0.1:8787';

const widget: ContentSecurityPolicySettings = {
  externalScripts: [{ url: 'https://widget.chat.example/loader.js' }],
  inlineScripts: [{ code: 'window.chat = { id: 42 };' }],
  additionalOrigins: {
    'script-src': ['https://cdn.chat.example'],
    'img-src': ['https://images.chat.example'],
    'connect-src': ['https://events.chat.example'],
    'frame-src': ['https://frames.chat.example'],
  },
};

const directives = (header: string) => parseContentSecurityPolicy(header);

function highFindings(header: string) {
  return new CspEvaluator(new CspParser(header).csp)
    .evaluate(DEFAULT_CHECKS, STRICTCSP_CHECKS)
    .filter((finding) => finding.severity === Severity.HIGH)
    .map((finding) => `${finding.directive} ${finding.value ?? '-'}`);
}

describe('demoContentSecurityPolicy', () => {
  it("without admin settings: the library's strict default plus the backend for data and images", () => {
    const { header, error } = demoContentSecurityPolicy({ nonce, settings: null, apiOrigin: api });
    expect(error).toBeUndefined();
    expect(header).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'; ` +
        `img-src 'self' data: ${api}; connect-src 'self' ${api}; ` +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(highFindings(header)).toEqual([]);
  });

  it("keeps every source the admin's settings give, and adds only what the demo needs", () => {
    const admin = directives(buildContentSecurityPolicy(widget, { nonce }));
    const { header } = demoContentSecurityPolicy({ nonce, settings: widget, apiOrigin: `${api}/` });
    const merged = directives(header);
    expect(merged.get('script-src')).toEqual(admin.get('script-src'));
    expect(merged.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, 'https://widget.chat.example', 'https://cdn.chat.example']);
    expect(merged.get('style-src')).toEqual(admin.get('style-src'));
    expect(merged.get('frame-src')).toEqual(["'self'", 'https://frames.chat.example']);
    expect(merged.get('img-src')).toEqual(["'self'", 'https://images.chat.example', 'data:', api]);
    expect(merged.get('connect-src')).toEqual(["'self'", 'https://events.chat.example', api]);
    expect(header).not.toContain('unsafe');
    expect(highFindings(header)).toEqual([]);
  });

  it("follows the admin's unsafe choices exactly as the builder does", () => {
    const loose = { ...widget, allowUnsafeInline: true, allowUnsafeEval: true };
    const { header } = demoContentSecurityPolicy({ nonce, settings: loose, apiOrigin: api });
    expect(directives(header).get('script-src')).toEqual(directives(buildContentSecurityPolicy(loose, { nonce })).get('script-src'));
    expect(directives(header).get('script-src')).toContain("'unsafe-inline'");
  });

  it('leaves out settings the builder refuses, whole, and says why', () => {
    const hostile = { ...widget, additionalOrigins: { 'img-src': ['https://ok.example', 'https://a.example; script-src *'] } };
    const { header, error } = demoContentSecurityPolicy({ nonce, settings: hostile, apiOrigin: api });
    expect(error?.message).toContain('additionalOrigins.img-src[1]');
    expect(header).toBe(demoContentSecurityPolicy({ nonce, settings: NO_SCRIPT_SETTINGS, apiOrigin: api }).header);
    expect(header).not.toContain('ok.example');
    expect(header).not.toContain('widget.chat.example');
  });

  it('refuses a nonce or an API address that could change the header', () => {
    expect(() => demoContentSecurityPolicy({ nonce: "x'; script-src *", settings: null, apiOrigin: api })).toThrow(/nonce/);
    expect(apiOriginOf('https://api.example.com/v1/')).toBe('https://api.example.com');
    expect(apiOriginOf('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    // The URL parser accepts `;`, `,` and quotes in a host name: each would end the directive.
    for (const bad of ['javascript:alert(1)', 'data:,x', 'https://user:pw@api.example.com', 'not a url', 'https://a.example;script-src', 'https://a,b', "http://a'b"]) {
      expect(() => apiOriginOf(bad), bad).toThrow();
    }
  });
});

describe('createScriptSettingsSource', () => {
  const stored = { id: 'script-settings', version: 3, updatedAt: '2026-11-25T18:10:00.000Z', ...widget, externalScripts: [{ id: 's1', url: 'https://widget.chat.example/loader.js' }], inlineScripts: [] };

  function fakeBackend(answers: Array<() => Response>) {
    const requests: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      requests.push(String(input));
      const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
      if (!answer) throw new Error('no answer');
      return answer();
    }) as typeof globalThis.fetch;
    return { fetch, requests };
  }

  it('reads the public route and reuses a reading for maxAge, shared by requests under way', async () => {
    let clock = 1000;
    const backend = fakeBackend([() => Response.json(stored), () => new Response(null, { status: 204 })]);
    const source = createScriptSettingsSource({ url: 'http://backend.test/', maxAge: 5000, fetch: backend.fetch, now: () => clock });
    const [first, second] = await Promise.all([source(), source()]);
    expect(first.settings?.externalScripts).toEqual(stored.externalScripts);
    expect(second).toBe(first);
    clock += 4999;
    expect((await source()).settings).toBe(first.settings);
    expect(backend.requests).toEqual(['http://backend.test/portal/script-settings']);
    clock += 1;
    // 204: nothing saved yet.
    expect(await source()).toEqual({ settings: null });
    expect(backend.requests).toHaveLength(2);
  });

  it('gives no settings and the reason when the backend is down or answers nonsense', async () => {
    const failing = createScriptSettingsSource({ url: 'http://backend.test', maxAge: 0, fetch: fakeBackend([() => new Response('oops', { status: 503 })]).fetch });
    expect(await failing()).toMatchObject({ settings: null, error: { message: expect.stringContaining('503') } });
    const nonsense = createScriptSettingsSource({ url: 'http://backend.test', maxAge: 0, fetch: fakeBackend([() => Response.json({ externalScripts: 'everything' })]).fetch });
    expect(await nonsense()).toMatchObject({ settings: null, error: { message: expect.stringContaining('did not answer with script settings') } });
    const unreachable = createScriptSettingsSource({ url: 'http://127.0.0.1:9', maxAge: 0 });
    expect((await unreachable()).error).toBeInstanceOf(Error);
  });
});

describe('serveDemo against a backend', () => {
  let root: string;
  let backend: Awaited<ReturnType<typeof startTestServer>>;
  let demo: Awaited<ReturnType<typeof serveDemo>>;
  const warnings: string[] = [];
  // A token with every character that matters in HTML, JSON and String#replace.
  const trickyToken = `a"b'c<d>e&f</head>g$'h$&i\\j${CSP_NONCE_PLACEHOLDER}k`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hpk-demo-root-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(
      join(root, 'index.html'),
      `<!doctype html><html><head><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}" />` +
        `<script type="module" nonce="${CSP_NONCE_PLACEHOLDER}" src="/assets/main.js"></script></head><body><div id="root"></div></body></html>`,
    );
    writeFileSync(join(root, 'assets', 'main.js'), 'export {};');
    backend = await startTestServer();
    demo = await serveDemo({
      root,
      port: 0,
      api: { url: backend.url, adminToken: trickyToken, customerToken: 'customer-token', settingsMaxAge: 0, onWarning: (message) => warnings.push(message) },
    });
  });
  afterAll(async () => {
    await demo?.close();
    await backend?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const page = async (path = '/') => {
    const response = await fetch(`${demo.url}${path}`);
    const html = await response.text();
    return { response, html, document: new JSDOM(html).window.document };
  };

  it('names the backend and the tokens in a <meta> the demo reads back unchanged', async () => {
    expect(API_CONFIG_META).toBe(CLIENT_META);
    const { document, html } = await page('/page/opening-hours');
    expect(document.querySelectorAll(`meta[name="${API_CONFIG_META}"]`)).toHaveLength(1);
    expect(document.head.querySelector(`meta[name="${API_CONFIG_META}"]`)).not.toBeNull();
    expect(readRuntimeApiConfig(document)).toEqual({ url: backend.url, adminToken: trickyToken, customerToken: 'customer-token' });
    // The page's markup is otherwise intact: one head, the script still there.
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    expect(document.querySelectorAll('script')).toHaveLength(1);
  });

  it("sends each HTML response the admin's current policy, with that response's nonce", async () => {
    const first = await page();
    const headerNonce = /'nonce-([^']+)'/.exec(first.response.headers.get('content-security-policy') ?? '')?.[1];
    expect(headerNonce).toBeDefined();
    expect(first.document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.getAttribute('nonce')).toBe(headerNonce);
    expect(first.response.headers.get('content-security-policy')).toContain(`connect-src 'self' ${backend.url}`);
    expect(first.response.headers.get('content-security-policy')).not.toContain('widget.chat.example');

    const current = await call(backend, 'GET', '/admin/script-settings');
    const saved = await call(backend, 'PUT', '/admin/script-settings', {
      body: { ...NO_SCRIPT_SETTINGS, externalScripts: [{ id: 'chat', url: 'https://widget.chat.example/loader.js' }], additionalOrigins: { 'img-src': ['https://images.chat.example'] } },
      headers: { 'if-match': `"${current.json.version}"` },
    });
    expect(saved.status).toBe(200);
    const second = await page('/catalog');
    const policy = directives(second.response.headers.get('content-security-policy') ?? '');
    expect(policy.get('script-src')).toContain('https://widget.chat.example');
    expect(policy.get('img-src')).toEqual(["'self'", 'https://images.chat.example', 'data:', backend.url]);
    expect(policy.get('script-src')).not.toContain(`'nonce-${headerNonce}'`);
    expect(warnings).toEqual([]);
  });

  it('keeps the fixed policy for files, which are not pages', async () => {
    const response = await fetch(`${demo.url}/assets/main.js`);
    const nonceOfFile = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(nonceOfFile));
  });

  it('serves the strict default, and warns once, while the backend cannot be read', async () => {
    const seen: string[] = [];
    const offline = await serveDemo({ root, port: 0, api: { url: 'http://127.0.0.1:9', settingsMaxAge: 0, onWarning: (message) => seen.push(message) } });
    try {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await fetch(`${offline.url}/`);
        const policy = directives(response.headers.get('content-security-policy') ?? '');
        expect(policy.get('script-src')).toHaveLength(2);
        expect(policy.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:9']);
      }
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatch(/left out of the policy/);
    } finally {
      await offline.close();
    }
  });

  it('without a backend serves index.html as built, with no API <meta>', async () => {
    const plain = await serveDemo({ root, port: 0 });
    try {
      const response = await fetch(`${plain.url}/`);
      const html = await response.text();
      expect(html).not.toContain(API_CONFIG_META);
      const headerNonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(headerNonce));
    } finally {
      await plain.close();
    }
  });
});

describe('serveDemo compression and caching', () => {
  let root: string;
  let demo: Awaited<ReturnType<typeof serveDemo>>;
  // Large and repetitive, as a bundle is: compression must make it much smaller.
  const bundle = `export const rows = [${Array.from({ length: 2000 }, (_, index) => `{ id: ${index}, title: "Ticket ${index}" }`).join(', ')}];\n`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hpk-demo-root-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), `<!doctype html><html><head><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}" /></head><body></body></html>`);
    writeFileSync(join(root, 'assets', 'index-Ab12Cd.js'), bundle);
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    demo = await serveDemo({ root, port: 0 });
  });
  afterAll(async () => {
    await demo?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The raw response, not decompressed (fetch would undo the encoding). */
  const raw = (path: string, acceptEncoding?: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
      get(`${demo.url}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', fail);
    });

  it('picks Brotli, then gzip, from what the browser accepts', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });

  it('sends a bundle compressed as accepted, decompressing to the very file', async () => {
    const brotli = await raw('/assets/index-Ab12Cd.js', 'gzip, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('accept-encoding');
    expect(brotli.body.length).toBeLessThan(bundle.length / 4);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(bundle);

    const gzipped = await raw('/assets/index-Ab12Cd.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(bundle);

    const plain = await raw('/assets/index-Ab12Cd.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(bundle);
  });

  it('compresses each page with its own nonce, and leaves images that are compressed already alone', async () => {
    const first = await raw('/', 'br');
    const second = await raw('/tickets', 'br');
    expect(first.headers['content-encoding']).toBe('br');
    const nonces = [first, second].map(({ body }) => /nonce="([^"]+)"/.exec(brotliDecompressSync(body).toString())?.[1]);
    expect(nonces[0]).toBeDefined();
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(first.headers['content-security-policy']).toContain(`'nonce-${nonces[0]}'`);

    const png = await raw('/logo.png', 'br');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect([...png.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("lets browsers keep Vite's hashed files for good, other files for an hour, and never the page", async () => {
    expect((await raw('/assets/index-Ab12Cd.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('/favicon.svg', 'br')).headers['cache-control']).toBe('public, max-age=3600');
    expect((await raw('/', 'br')).headers['cache-control']).toBe('no-store');
    expect((await raw('/assets/missing.js', 'br')).headers['cache-control']).toBeUndefined();
  });
});
