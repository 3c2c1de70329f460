// What every end-to-end test of the built demo needs: Debian's Chromium, the demo served with its
// strict CSP, pages whose console errors and policy violations fail the test, and an axe check.
import { createRequire } from 'node:module';
import type axeCore from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { READY_MARK } from '../../../demo/readyMark.js';
import { serveDemo, type ServeDemoOptions } from '../../../demo/serve.mjs';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Debian's Chromium, never a downloaded browser; flags keep it off the closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export interface OpenPageOptions {
  /** Lets a test inject axe (an inline script the demo's policy rightly blocks). @default false */
  bypassCSP?: boolean;
  /** @default { width: 1200, height: 800 } */
  viewport?: { width: number; height: number };
  /** Open the page in this context (a second tab shares its storage) instead of a fresh one. */
  context?: BrowserContext;
}

export interface DemoSession {
  /** The served demo's base URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  browser: Browser;
  /** Opens `path` of the demo in a fresh context (own storage) unless one is given. */
  openPage(path: string, options?: OpenPageOptions): Promise<Page>;
  /** Console errors and page errors seen since the last check; the list is emptied. */
  takeErrors(): string[];
  /**
   * The Content-Security-Policy violations (`securitypolicyviolation` events) seen since the
   * last check, as `directive blocked-uri (source:line)`; the list is emptied.
   */
  takeViolations(): string[];
  /** Closes every context opened since the last call and fails on any console error or policy violation seen. */
  closePages(): Promise<void>;
  /** Stops the browser and the server. */
  close(): Promise<void>;
}

/**
 * Serves the demo build made once by the e2e project's global setup and launches Chromium.
 * Call in `beforeAll`; call `closePages()` in `afterEach` and `close()` in `afterAll`. Pages
 * opened without `bypassCSP` are checked to carry the strict policy, and every violation of it
 * they report fails the test in `closePages()`.
 * `api` runs the build against a backend (see `serveDemo`); `port` (default: a free one) lets a
 * test name the demo's origin before it starts, e.g. for the backend's CORS list.
 */
export async function startDemo(options: Omit<ServeDemoOptions, 'root'> = {}): Promise<DemoSession> {
  const server = await serveDemo({ ...options, root: inject('demoBuild'), port: options.port ?? 0 });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  let errors: string[] = [];
  let violations: string[] = [];

  // Every document of the context reports its policy violations to the test as they happen
  // (a binding outlives the page's navigations, an array in the page would not). Both run
  // outside the page's policy. A context that bypasses the policy cannot see violations.
  const reportViolations = async (context: BrowserContext) => {
    await context.exposeBinding('__hpkReportPolicyViolation', (_source, violation: string) => {
      violations.push(violation);
    });
    await context.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
          const report = (window as unknown as { __hpkReportPolicyViolation(violation: string): void }).__hpkReportPolicyViolation;
          report(`${event.effectiveDirective} blocked ${event.blockedURI || '(no URI)'}${where}`);
        },
        { capture: true },
      );
    });
  };

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  };

  return {
    url: server.url,
    browser,
    async openPage(path, { bypassCSP = false, viewport = { width: 1200, height: 800 }, context } = {}) {
      let target = context;
      if (!target) {
        target = await browser.newContext({ viewport, bypassCSP });
        target.setDefaultTimeout(10_000);
        contexts.push(target);
        await reportViolations(target);
      }
      const page = await target.newPage();
      watch(page);
      const response = await page.goto(`${server.url}${path}`);
      // A prerendered page shows before its script has run, and its controls do nothing until
      // React has it: tests use the page from then on (DemoRoot's mark).
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
      if (!bypassCSP) {
        // The page is checked under the demo's strict policy, never a weaker one.
        const policy = response?.headers()['content-security-policy'] ?? '';
        expect(policy, `the policy of ${path}`).toMatch(/(^|;)\s*script-src [^;]*'nonce-/);
        expect(policy, `the policy of ${path}`).not.toMatch(/'unsafe-(inline|eval)'/);
      }
      return page;
    },
    takeErrors() {
      const seen = errors;
      errors = [];
      return seen;
    },
    takeViolations() {
      const seen = violations;
      violations = [];
      return seen;
    },
    async closePages() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
      const seen = { errors, violations };
      errors = [];
      violations = [];
      // Every test also fails on a console error (React warnings, failed requests, the browser's
      // own report of a blocked resource) and on any policy violation event.
      expect(seen).toEqual({ errors: [], violations: [] });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The axe violations (WCAG 2.2 A/AA rules) on the page as `rule: targets`; the page needs `bypassCSP`. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof axeCore };
    // Only the violations are read: axe then skips the details of every passing check.
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
}

/**
 * The usual life of a demo session in a test file: started before the file's tests, pages
 * closed (and console errors checked) after each test, stopped after the last. Call it at the
 * top of the file; the returned session works inside tests and hooks.
 */
export function useDemo(options: Parameters<typeof startDemo>[0] = {}): DemoSession {
  let session: DemoSession | undefined;
  beforeAll(async () => {
    session = await startDemo(options);
  });
  afterEach(async () => {
    await session?.closePages();
  });
  afterAll(async () => {
    await session?.close();
  });
  const current = (): DemoSession => {
    if (!session) throw new Error('useDemo(): the demo starts in beforeAll; use the session inside a test or a hook');
    return session;
  };
  return {
    get url() {
      return current().url;
    },
    get browser() {
      return current().browser;
    },
    openPage: (path, openOptions) => current().openPage(path, openOptions),
    takeErrors: () => current().takeErrors(),
    takeViolations: () => current().takeViolations(),
    closePages: () => current().closePages(),
    close: () => current().close(),
  };
}
