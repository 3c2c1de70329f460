// Measurements for `npm run bench` (scripts/bench/theme.bench.mjs), not a test: skipped unless
// THEME_BENCH=1. Counts React renders below the portal's ThemeProvider with <Profiler> (which
// React's development build calls; render counts do not depend on the build) when only the
// theme's colours change, and, as the baseline that shows the counter counts, when the language
// changes. Prints the figures on one line.
import { act, render, waitFor } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createDemoSeed, createMemoryAdapters } from '../../src/adapters/index.js';
import { CatalogBrowser } from '../../src/portal/CatalogBrowser/index.js';
import { CustomPage } from '../../src/portal/CustomPage/index.js';
import { HomePage } from '../../src/portal/HomePage/index.js';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';
import { TicketList } from '../../src/portal/TicketList/index.js';
import type { ThemeInput } from '../../src/theme/index.js';

const ENABLED = process.env.THEME_BENCH === '1';
const customer = { id: 'demo-customer', name: 'Dana Weber', groups: ['Acme Corp'] };
const seed = createDemoSeed({ now: new Date('2026-11-25T12:00:00Z') });

/** Colour sets the admin might switch between: every colour differs, nothing else does. */
const PALETTES: ThemeInput[] = [
  { colors: { primary: '#0b1f3a', accent: '#ffeb3b', background: '#ffffff', surface: '#ffffff', text: '#1b1f24' } },
  { colors: { primary: '#b3261e', accent: '#006a6a', background: '#fdf8f6', surface: '#fffbfa', text: '#201a19' } },
  { colors: { primary: '#7ab8ff', accent: '#ffb4ab', background: '#111318', surface: '#1d2024', text: '#e2e2e9' } },
];

describe.skipIf(!ENABLED)('theme switch benchmark', () => {
  it('counts renders below ThemeProvider', { timeout: 120_000 }, async () => {
    const adapters = createMemoryAdapters({ seed });
    const renders = new Map<string, number>();
    const onRender: ProfilerOnRenderCallback = (id) => renders.set(id, (renders.get(id) ?? 0) + 1);
    const profiled = (id: string, children: ReactNode) => (
      <Profiler id={id} onRender={onRender}>
        {children}
      </Profiler>
    );
    // Made once: a host re-rendering with a new theme passes the same children.
    const tree = profiled(
      'everything below the provider',
      <>
        {profiled('HomePage', <HomePage />)}
        {profiled('CustomPage', <CustomPage slug="opening-hours" />)}
        {profiled('TicketList', <TicketList variant="full" />)}
        {profiled('CatalogBrowser', <CatalogBrowser categories={seed.catalogCategories ?? []} items={seed.catalogItems ?? []} />)}
      </>,
    );
    const portal = (theme: ThemeInput, language: string) => (
      <PortalProvider adapters={adapters} customer={customer} theme={theme} language={language}>
        {tree}
      </PortalProvider>
    );

    const { rerender } = render(portal(PALETTES[0]!, 'en'));
    // Everything loaded: the home page's blocks, the custom page's table, the tickets, the catalog.
    await waitFor(
      () => {
        expect(document.querySelectorAll('[data-slot="home-page-block"]').length).toBeGreaterThan(0);
        expect(document.querySelector('table')).not.toBeNull();
        expect(document.querySelectorAll('[data-slot="ticket-list-row"]').length).toBeGreaterThan(5);
        expect(document.querySelector('[data-slot="loading-state"]')).toBeNull();
      },
      { timeout: 30_000 },
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));

    const root = document.querySelector<HTMLElement>('[data-slot="portal-root"]');
    if (!root) throw new Error('No portal root');
    const primary = () => getComputedStyle(root).getPropertyValue('--hpk-color-primary').trim();
    /** Renders after `change`, once React, effects and timers have settled. */
    const after = async (change: () => void) => {
      renders.clear();
      act(change);
      await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
      return Object.fromEntries(renders);
    };

    const colourSwitches: Array<Record<string, number>> = [];
    const primaries: string[] = [primary()];
    for (const palette of [...PALETTES.slice(1), PALETTES[0]!]) {
      colourSwitches.push(await after(() => rerender(portal(palette, 'en'))));
      primaries.push(primary());
    }
    const languageSwitch = await after(() => rerender(portal(PALETTES[0]!, 'de')));
    const languageApplied = root.getAttribute('lang') === 'de';

    console.log(`THEME_SWITCH_BENCH ${JSON.stringify({ colourSwitches, primaries, languageSwitch, languageApplied })}`);
  });
});
