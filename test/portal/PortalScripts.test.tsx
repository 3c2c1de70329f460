import { act, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';
import { PortalScripts, type BlockedScript } from '../../src/portal/PortalScripts/index.js';
import type { ContentSecurityPolicySettings } from '../../src/security/types.js';
import { renderPortal } from '../render.js';

const nonce = 'pageNonce1234567890';
let run = 0;
/** A fresh origin per test: PortalScripts remembers what it inserted for the whole page. */
let origin = '';

const insertedScripts = () => Array.from(document.head.querySelectorAll<HTMLScriptElement>('script[data-slot="portal-script"]'));

/** jsdom fetches no scripts: finish loading them the way a browser would, by event. */
function finishLoading(script: HTMLScriptElement, outcome: 'load' | 'error' = 'load') {
  act(() => {
    script.dispatchEvent(new Event(outcome));
  });
}

beforeEach(() => {
  run += 1;
  origin = `https://widgets${run}.example`;
});
afterEach(() => {
  for (const script of insertedScripts()) script.remove();
});

const settingsWith = (overrides: Partial<ContentSecurityPolicySettings> = {}): ContentSecurityPolicySettings => ({
  externalScripts: [{ url: `${origin}/first.js` }, { url: `${origin}/second.js` }],
  inlineScripts: [{ code: `window.inline${run} = 1;` }],
  additionalOrigins: {},
  ...overrides,
});

describe('PortalScripts', () => {
  describe('given allowed scripts and a nonce', () => {
    it('inserts the external scripts one after another, then the inline ones, all with the nonce', async () => {
      renderPortal(<PortalScripts settings={settingsWith()} />, { provider: { nonce } });
      await waitFor(() => expect(insertedScripts()).toHaveLength(1));
      const [first] = insertedScripts();
      expect(first?.src).toBe(`${origin}/first.js`);
      expect(first?.getAttribute('nonce')).toBe(nonce);
      expect(first?.async).toBe(false);

      finishLoading(first as HTMLScriptElement);
      await waitFor(() => expect(insertedScripts()).toHaveLength(2));
      expect(insertedScripts()[1]?.src).toBe(`${origin}/second.js`);

      finishLoading(insertedScripts()[1] as HTMLScriptElement);
      await waitFor(() => expect(insertedScripts()).toHaveLength(3));
      const inline = insertedScripts()[2];
      expect(inline?.hasAttribute('src')).toBe(false);
      expect(inline?.textContent).toBe(`window.inline${run} = 1;`);
      expect(inline?.getAttribute('nonce')).toBe(nonce);
    });

    it('inserts each script once, however often and wherever it is rendered (StrictMode too)', async () => {
      const settings = settingsWith({ externalScripts: [{ url: `${origin}/once.js` }] });
      renderPortal(
        <StrictMode>
          <PortalScripts settings={settings} />
          <PortalScripts settings={{ ...settings }} />
        </StrictMode>,
        { provider: { nonce } },
      );
      await waitFor(() => expect(insertedScripts()).toHaveLength(1));
      finishLoading(insertedScripts()[0] as HTMLScriptElement);
      await waitFor(() => expect(insertedScripts()).toHaveLength(2));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(insertedScripts().map((script) => script.src || 'inline')).toEqual([`${origin}/once.js`, 'inline']);
    });

    it('goes on with the next script when one fails to load, and reports it', async () => {
      const onError = vi.fn();
      renderPortal(<PortalScripts settings={settingsWith()} onError={onError} />, { provider: { nonce } });
      await waitFor(() => expect(insertedScripts()).toHaveLength(1));
      finishLoading(insertedScripts()[0] as HTMLScriptElement, 'error');
      await waitFor(() => expect(insertedScripts()).toHaveLength(2));
      expect(onError).toHaveBeenCalledWith({ index: 0, url: `${origin}/first.js` });
    });
  });

  describe('given a script the policy would block', () => {
    it('does not insert a script from an origin the page policy does not allow, and reports it once', async () => {
      const onBlocked = vi.fn<(script: BlockedScript) => void>();
      const policy = `default-src 'self'; script-src 'self' 'nonce-${nonce}' ${origin}`;
      const settings = settingsWith({ externalScripts: [{ url: 'https://evil.example/x.js' }, { url: `${origin}/ok.js` }], inlineScripts: [] });
      renderPortal(
        <StrictMode>
          <PortalScripts settings={settings} policy={policy} onBlocked={onBlocked} />
        </StrictMode>,
        { provider: { nonce } },
      );
      await waitFor(() => expect(insertedScripts()).toHaveLength(1));
      expect(insertedScripts()[0]?.src).toBe(`${origin}/ok.js`);
      expect(onBlocked).toHaveBeenCalledTimes(1);
      expect(onBlocked).toHaveBeenCalledWith(expect.objectContaining({ kind: 'external', index: 0, url: 'https://evil.example/x.js', code: 'origin-not-allowed' }));
    });

    it('never inserts an http or javascript: script', async () => {
      const onBlocked = vi.fn<(script: BlockedScript) => void>();
      const settings = settingsWith({ externalScripts: [{ url: 'http://widgets.example/x.js' }, { url: 'javascript:alert(1)' }], inlineScripts: [] });
      renderPortal(<PortalScripts settings={settings} onBlocked={onBlocked} />, { provider: { nonce } });
      await waitFor(() => expect(onBlocked).toHaveBeenCalledTimes(2));
      expect(onBlocked.mock.calls.map(([script]) => script.code)).toEqual(['not-https', 'not-https']);
      expect(insertedScripts()).toHaveLength(0);
    });

    it('does not run inline scripts when the page has no nonce', async () => {
      const onBlocked = vi.fn<(script: BlockedScript) => void>();
      renderPortal(<PortalScripts settings={settingsWith({ externalScripts: [] })} onBlocked={onBlocked} />);
      await waitFor(() => expect(onBlocked).toHaveBeenCalledWith(expect.objectContaining({ kind: 'inline', index: 0, code: 'no-nonce' })));
      expect(insertedScripts()).toHaveLength(0);
    });

    it('does not run inline scripts when the policy in force lists another nonce', async () => {
      const onBlocked = vi.fn<(script: BlockedScript) => void>();
      renderPortal(
        <PortalScripts settings={settingsWith({ externalScripts: [] })} policy="script-src 'self' 'nonce-somethingElse12345'" onBlocked={onBlocked} />,
        { provider: { nonce } },
      );
      await waitFor(() => expect(onBlocked).toHaveBeenCalledWith(expect.objectContaining({ kind: 'inline', code: 'inline-not-allowed' })));
      expect(insertedScripts()).toHaveLength(0);
    });
  });

  it('renders nothing, and inserts nothing, on the server', () => {
    const html = renderToString(
      <PortalProvider nonce={nonce}>
        <PortalScripts settings={settingsWith()} />
      </PortalProvider>,
    );
    expect(html).not.toMatch(/<script/);
    expect(insertedScripts()).toHaveLength(0);
  });
});
