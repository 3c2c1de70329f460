import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { categories, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';
import { expectNoAxeViolations } from '../../axe.js';

// CatalogBrowser as a browser bundle gets it: the package.json `browser` field swaps its entry
// module for the twin that loads the component on first render. Each test starts from fresh
// modules (nothing loaded yet). Hydration of a server's HTML: CatalogBrowser.hydration.test.tsx.
const entryModule = '../../../src/portal/CatalogBrowser/catalogBrowserEntry.js';
const browserEntry = '../../../src/portal/CatalogBrowser/catalogBrowserEntry.browser.js';
const componentModule = '../../../src/portal/CatalogBrowser/CatalogBrowser.js';
/** The test runner compiles the component's modules on their first import: give it time. */
const LOADED = { timeout: 10_000 };

/** The browser bundle's CatalogBrowser, whose chunk fails to load `failures` times. */
async function browserCatalog(failures = 0) {
  const attempts = { count: 0 };
  vi.resetModules();
  vi.doMock(entryModule, () => import(browserEntry));
  vi.doMock(componentModule, async (importOriginal) => {
    attempts.count += 1;
    if (attempts.count <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return importOriginal();
  });
  // The package's entry, as a host imports it (styled-components names classes in the order the
  // entry's modules create them, so the order must be a host's).
  const { CatalogBrowser, PortalProvider } = await import('../../../src/index.js');
  return { CatalogBrowser, PortalProvider, attempts };
}

afterEach(() => {
  vi.doUnmock(entryModule);
  vi.doUnmock(componentModule);
  vi.restoreAllMocks();
});

describe('CatalogBrowser in a browser bundle (its code loaded on first render)', () => {
  it('shows the catalog’s loading state until its code has loaded, then the catalog', async () => {
    const { CatalogBrowser, PortalProvider, attempts } = await browserCatalog();
    render(<PortalProvider><CatalogBrowser categories={categories} items={items} className="host-catalog" /></PortalProvider>);
    const root = document.querySelector('[data-slot="catalog-browser"]');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).toHaveClass('host-catalog');
    expect(screen.getByText('Loading the service catalog…')).toBeInTheDocument();

    expect(await screen.findByRole('heading', { level: 2, name: 'All services' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('tree', { name: 'Categories' })).toBeInTheDocument();
    expect(document.querySelector('[data-slot="catalog-browser"]')).toHaveClass('host-catalog');
    expect(attempts.count).toBe(1);
  });

  it('says the catalog cannot be shown when its code cannot be fetched, and loads it on "Try again"', async () => {
    const { CatalogBrowser, PortalProvider, attempts } = await browserCatalog(1);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(
      <PortalProvider>
        <CatalogBrowser categories={categories} items={items} />
      </PortalProvider>,
    );
    const retry = await screen.findByRole('button', { name: 'Try again' }, LOADED);
    const root = container.querySelector('[data-slot="catalog-browser"]')!;
    expect(root).toHaveAttribute('data-state', 'error');
    expect(within(root as HTMLElement).getByText('The service catalog cannot be shown right now.')).toBeInTheDocument();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('CatalogBrowser: its code could not be loaded'), expect.any(Error));
    await expectNoAxeViolations(container);

    await userEvent.click(retry);
    expect(await screen.findByRole('heading', { level: 2, name: 'All services' }, LOADED)).toBeInTheDocument();
    expect(attempts.count).toBe(2);
  });

  it('says so in Arabic', async () => {
    const { CatalogBrowser, PortalProvider } = await browserCatalog(Infinity);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(
      <PortalProvider language="ar">
        <CatalogBrowser categories={categories} items={items} />
      </PortalProvider>,
    );
    expect(await screen.findByRole('button', { name: 'حاول مرة أخرى' }, LOADED)).toBeInTheDocument();
    expect(screen.getByText('لا يمكن عرض كتالوج الخدمات حاليًا.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
