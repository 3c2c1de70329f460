import { act, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as BrowserLoader from '../../src/i18n/resources/languageLoader.browser.js';

// PortalProvider as a browser bundle gets it: the package.json `browser` field swaps the
// language loader for its twin that bundles English only and loads the other languages on
// demand. Each test starts from fresh modules (no language loaded yet).
const loaderModule = '../../src/i18n/resources/languageLoader.js';
const browserLoader = '../../src/i18n/resources/languageLoader.browser.js';

async function portalModules() {
  const { PortalProvider, usePortalTranslation } = await import('../../src/portal/PortalProvider/index.js');
  function Strings() {
    const { t } = usePortalTranslation();
    return (
      <>
        <button type="button">{t('common.retry')}</button>
        <p>{t('common.close')}</p>
      </>
    );
  }
  return { PortalProvider, Strings };
}

async function browserPortal() {
  vi.resetModules();
  vi.doMock(loaderModule, () => import(browserLoader));
  const loader = (await import(loaderModule)) as typeof BrowserLoader;
  return { ...(await portalModules()), loadedStrings: loader.loadedStrings };
}

afterEach(() => {
  vi.doUnmock(loaderModule);
  vi.restoreAllMocks();
});

/** The visible text of the page, for "never showed X" checks across renders. */
const pageText = () => document.body.textContent ?? '';

describe('PortalProvider in a browser bundle (languages other than English on demand)', () => {
  it('renders English at once and loads no other language', async () => {
    const { PortalProvider, Strings, loadedStrings } = await browserPortal();
    render(<PortalProvider language="en"><Strings /></PortalProvider>);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect([loadedStrings('de'), loadedStrings('fr'), loadedStrings('ar')]).toEqual([undefined, undefined, undefined]);
  });

  it('shows nothing until the German strings have loaded, then German: never English, never a raw key', async () => {
    const { PortalProvider, Strings, loadedStrings } = await browserPortal();
    render(<PortalProvider language="de-AT"><Strings /></PortalProvider>);
    const before = pageText();
    expect(before).not.toMatch(/Try again|common\.retry/);
    expect(await screen.findByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.getByText('Schließen')).toBeInTheDocument();
    expect(loadedStrings('de')).toBeDefined();
    expect(loadedStrings('fr')).toBeUndefined();
  });

  it('keeps the previous language on screen while a new one loads, then switches', async () => {
    const { PortalProvider, Strings } = await browserPortal();
    const { rerender } = render(<PortalProvider language="en"><Strings /></PortalProvider>);
    rerender(<PortalProvider language="fr"><Strings /></PortalProvider>);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(pageText()).not.toContain('common.');
    expect(await screen.findByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    // Loaded once: back and forth needs no second load.
    rerender(<PortalProvider language="en"><Strings /></PortalProvider>);
    rerender(<PortalProvider language="fr"><Strings /></PortalProvider>);
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it("keeps the host's translations over a language that loads later", async () => {
    const { PortalProvider, Strings } = await browserPortal();
    const translations = { ar: { common: { retry: 'أعد المحاولة' } } };
    render(<PortalProvider language="ar" translations={translations}><Strings /></PortalProvider>);
    expect(await screen.findByRole('button', { name: 'أعد المحاولة' })).toBeInTheDocument();
    // The rest of Arabic comes from the bundled strings.
    expect(screen.getByText('إغلاق')).toBeInTheDocument();
  });

  it('hydrates German server HTML without a mismatch, keeping the server text while the strings load', async () => {
    // The server has every language synchronously.
    vi.resetModules();
    const server = await portalModules();
    const serverHtml = renderToString(<server.PortalProvider language="de"><server.Strings /></server.PortalProvider>);
    expect(serverHtml).toContain('Erneut versuchen');

    const { PortalProvider, Strings } = await browserPortal();
    const container = document.createElement('div');
    container.innerHTML = serverHtml;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <PortalProvider language="de"><Strings /></PortalProvider>, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(container.textContent).toContain('Erneut versuchen');
    await waitFor(() => expect(container.querySelector('button')).toHaveTextContent('Erneut versuchen'));
    expect(container.textContent).not.toMatch(/Try again|common\./);
    expect(recoverable).toEqual([]);
    // Two module graphs in one test give styled-components two class-name counters; that
    // attribute warning aside, React reports nothing.
    const reported = errors.mock.calls.map((call) => call.join(' ')).filter((message) => !/className="sc-/.test(message));
    expect(reported).toEqual([]);
    act(() => root?.unmount());
    container.remove();
  });
});
