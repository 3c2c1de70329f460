import { act, waitFor } from '@testing-library/react';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { categories, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';

// A server renders the catalog with the component itself; a browser bundle's CatalogBrowser
// (the package.json `browser` field's twin) loads the component on first render. The server
// runs in a process of its own, as a host's does: styled-components numbers the class names of
// the components it creates, so both sides must create theirs from a fresh start, in the order a
// host's import of the package gives.
const entryModule = '../../../src/portal/CatalogBrowser/catalogBrowserEntry.js';
const browserEntry = '../../../src/portal/CatalogBrowser/catalogBrowserEntry.browser.js';

function serverRender(): { html: string; styles: string } {
  const script = resolve('test/portal/CatalogBrowser/support/serverRenderCatalog.tsx');
  const output = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  return JSON.parse(output) as { html: string; styles: string };
}

afterEach(() => {
  vi.doUnmock(entryModule);
  vi.restoreAllMocks();
});

describe('CatalogBrowser rendered on a server and hydrated by a browser bundle', () => {
  it('hydrates without a warning once its code has loaded, keeping the server’s elements and classes', async () => {
    const { html, styles } = serverRender();
    expect(html).toContain('All services');
    expect(styles).toContain('CatalogRoot');

    vi.doMock(entryModule, () => import(browserEntry));
    const { CatalogBrowser, PortalProvider } = await import('../../../src/index.js');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const heading = container.querySelector('h2');
    const classes = [...container.querySelectorAll('[class]')].map((element) => element.className);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();

    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(
        container,
        <PortalProvider>
          <CatalogBrowser categories={categories} items={items} />
        </PortalProvider>,
        { onRecoverableError: recoverable },
      );
    });
    // Hydrated: React has taken over the tree (it answers the keyboard from here on).
    await waitFor(() => expect(Object.keys(container.querySelector('[role="tree"]')!).some((key) => key.startsWith('__reactFiber$'))).toBe(true), { timeout: 10_000 });
    expect(container.querySelector('h2')).toBe(heading);
    expect([...container.querySelectorAll('[class]')].map((element) => element.className)).toEqual(classes);
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors.mock.calls).toEqual([]);
    act(() => root?.unmount());
    container.remove();
  });
});
