import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPortalServer, type PortalServer } from '../../server/app.js';
import { parseContentSecurityPolicy } from '../../src/security/scriptPolicy.js';
import { axeViolations, startDemo, type DemoSession } from './support/demo.js';

// The built demo served against the reference backend (a real SQLite file in a temporary
// folder): the portal reads the backend, the demo admin writes to it, and the scripts the admin
// adds in /admin/scripts load only from the origin the admin allowed.

const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const CUSTOMER_TOKEN = 'e2e-customer-token-0123456789';

let dataDirectory: string;
let backend: PortalServer;
let demo: DemoSession;

/** A tiny static server: each script sets (counts up) a global flag; it records what was asked. */
interface ScriptHost {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

async function startScriptHost(flag: string): Promise<ScriptHost> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const name = request.url === '/widget.js' ? flag : request.url === '/direct.js' ? `${flag}Direct` : undefined;
    if (!name) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    response.end(`window.${name} = (window.${name} || 0) + 1;\n`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A port that was free a moment ago, so that the backend's CORS list can name the demo's origin. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (!address || typeof address === 'string') throw new Error('no address');
  return address.port;
}

async function adminGet(path: string) {
  const response = await fetch(`${backend.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const savedStatus = (page: Page) => page.locator('[data-slot="save-status"]').filter({ hasText: 'All changes saved.' });

let allowed: ScriptHost;
let refused: ScriptHost;

beforeAll(async () => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'hpk-e2e-backend-'));
  const demoPort = await freePort();
  [allowed, refused] = await Promise.all([startScriptHost('hpkWidgetAllowed'), startScriptHost('hpkWidgetRefused')]);
  backend = await startPortalServer({
    dataDirectory,
    adminToken: ADMIN_TOKEN,
    customerToken: CUSTOMER_TOKEN,
    host: '127.0.0.1',
    port: 0,
    corsOrigins: [`http://127.0.0.1:${demoPort}`],
    validateResponses: true,
  });
  demo = await startDemo({ port: demoPort, api: { url: backend.url, adminToken: ADMIN_TOKEN, customerToken: CUSTOMER_TOKEN } });
});

afterEach(async () => {
  await demo.closePages();
});

afterAll(async () => {
  await demo?.close();
  await Promise.all([backend?.close(), allowed?.close(), refused?.close()]);
  if (dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
});

describe('the built demo against the reference backend', () => {
  it('renders the home page from the seed the backend serves, not from a browser store', async () => {
    const page = await demo.openPage('/');
    await heading(page).filter({ hasText: 'How can we help?' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Opening hours' }).waitFor();
    const fromBackend = await page.evaluate(
      (api) => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.startsWith(api)).map((name) => new URL(name).pathname),
      backend.url,
    );
    expect(fromBackend).toContain('/admin/home-page');
    expect(fromBackend).toContain('/admin/layout');
    // The demo's IndexedDB store was never opened.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).not.toContain('helpdesk-portal-demo');

    const response = await page.request.get(`${demo.url}/`);
    const policy = parseContentSecurityPolicy(response.headers()['content-security-policy'] ?? '');
    expect(policy.get('connect-src')).toEqual(["'self'", backend.url]);
    expect(policy.get('img-src')).toContain(backend.url);
    expect(backend.contractViolations).toEqual([]);
  });

  it('stores an edit made in the demo admin: a custom page title, read back over HTTP and in a fresh browser', async () => {
    const page = await demo.openPage('/admin/pages');
    await page.getByRole('button', { name: 'Edit “Opening hours (service desk)”' }).click();
    const title = page.getByLabel('Page title');
    await expect.poll(() => title.inputValue(), { timeout: 20_000 }).toBe('Opening hours');
    expect(await title.getAttribute('lang')).toBe('en');
    await title.fill('Opening hours over the winter');
    await page.locator('[data-slot="save"]').click();
    await savedStatus(page).waitFor();

    const response = await fetch(`${backend.url}/portal/custom-pages/by-slug/opening-hours`);
    expect(response.status).toBe(200);
    const stored = (await response.json()) as { content: Record<string, { title: string }> };
    expect(stored.content.en?.title).toBe('Opening hours over the winter');

    const portal = await demo.openPage('/page/opening-hours');
    await heading(portal).filter({ hasText: 'Opening hours over the winter' }).waitFor();
    expect(await portal.title()).toBe('Opening hours over the winter · Acme Service Desk');
  });

  it("loads an admin's script only from the origin the admin allowed; the other one is refused", async () => {
    const allowedUrl = `${allowed.origin}/widget.js`;
    const refusedUrl = `${refused.origin}/widget.js`;
    const admin = await demo.openPage('/admin/scripts');
    const urlField = admin.getByLabel('Script URL');
    const addScript = admin.getByRole('button', { name: 'Add script', exact: true });
    const scripts = admin.locator('[data-slot="external-script"]');

    // An http URL on 127.0.0.1 is accepted (loopback); its origin is not allowed yet, and the
    // editor offers to allow it.
    await urlField.fill(allowedUrl);
    await addScript.click();
    await admin.getByText(`The origin ${allowed.origin} is not allowed in script-src yet`).waitFor();
    expect(await scripts.count()).toBe(0);
    await admin.getByRole('button', { name: `Allow ${allowed.origin} in script-src` }).click();
    await scripts.filter({ hasText: allowedUrl }).waitFor();

    // The second origin is not allowed, and the admin does not allow it: the editor refuses the script.
    await urlField.fill(refusedUrl);
    await addScript.click();
    await admin.getByText(`The origin ${refused.origin} is not allowed in script-src yet`).waitFor();
    await admin.getByRole('button', { name: `Allow ${refused.origin} in script-src` }).waitFor();
    expect(await scripts.allTextContents()).toEqual([expect.stringContaining(allowedUrl)]);
    const preview = await admin.locator('[data-slot="csp-header-value"]').textContent();
    expect(preview).toContain(allowed.origin);
    expect(preview).not.toContain(refused.origin);

    await admin.locator('[data-slot="save"]').click();
    await savedStatus(admin).waitFor();
    const stored = await adminGet('/admin/script-settings');
    expect((stored.externalScripts as Array<{ url: string }>).map((script) => script.url)).toEqual([allowedUrl]);
    expect(stored.additionalOrigins).toEqual({ 'script-src': [allowed.origin] });

    // The demo server sends the admin's policy: within its short cache, the allowed origin is in
    // each page's script-src and the refused one is not.
    await expect
      .poll(async () => parseContentSecurityPolicy((await fetch(`${demo.url}/`)).headers.get('content-security-policy') ?? '').get('script-src'), { timeout: 20_000, interval: 500 })
      .toContain(allowed.origin);
    const policy = (await fetch(`${demo.url}/`)).headers.get('content-security-policy') ?? '';
    expect(policy).not.toContain(refused.origin);

    const portal = await demo.openPage('/');
    await heading(portal).filter({ hasText: 'How can we help?' }).waitFor();
    await portal.waitForFunction(() => (window as { hpkWidgetAllowed?: number }).hpkWidgetAllowed === 1);
    expect(await portal.locator('script[data-slot="portal-script"]').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src))).toEqual([allowedUrl]);
    expect(await portal.evaluate(() => 'hpkWidgetRefused' in window)).toBe(false);

    // The policy itself holds too: a script tag without the page's nonce (as injected markup
    // would add) loads from the allowed origin only because the admin's policy names it, and
    // from the other origin the browser refuses it.
    const inject = (url: string) =>
      portal.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const script = document.createElement('script');
            script.src = src;
            script.addEventListener('load', () => resolve('loaded'));
            script.addEventListener('error', () => resolve('blocked'));
            document.head.append(script);
          }),
        url,
      );
    expect(await inject(`${allowed.origin}/direct.js`)).toBe('loaded');
    expect(await portal.evaluate(() => (window as { hpkWidgetAllowedDirect?: number }).hpkWidgetAllowedDirect)).toBe(1);
    expect(await inject(`${refused.origin}/direct.js`)).toBe('blocked');
    expect(await portal.evaluate(() => 'hpkWidgetRefusedDirect' in window)).toBe(false);
    const errors = demo.takeErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`the script '${refused.origin}/direct.js' violates the following Content Security Policy directive: "script-src`);
    // The page saw the same single violation as an event (the harness fails a test on any other).
    expect(demo.takeViolations()).toEqual([expect.stringMatching(new RegExp(`^script-src-elem blocked ${refused.origin}/direct\\.js`))]);

    // The refused origin's server was never even asked; the allowed one served each script once.
    expect(refused.requests).toEqual([]);
    expect(allowed.requests.filter((path) => path === '/widget.js').length).toBeGreaterThanOrEqual(1);
    expect(backend.contractViolations).toEqual([]);
  });

  it('has no axe violations on the scripts editor', async () => {
    // axe is injected as an inline script, which the demo's policy (rightly) blocks.
    const page = await demo.openPage('/admin/scripts', { bypassCSP: true });
    await page.getByLabel('Script URL').waitFor();
    await heading(page).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
