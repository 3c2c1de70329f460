import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { HomePage } from '../../../src/index.js';
import { demoCustomer, homePageConfig } from '../../../stories/portal/HomePage/fixtures.js';
import { expectNoAxeViolations, renderPortal } from '../../render.js';

// The home page reading its configuration, the tickets and the search results through the
// adapters given to PortalProvider (here the in-memory store with the demo seed).
describe('HomePage reading the adapters', () => {
  it('shows a loading state, then the stored home page', async () => {
    const adapters = createMemoryAdapters({ latency: 20 });
    const { container } = renderPortal(<HomePage />, { provider: { adapters } });
    expect(container.querySelector('[data-slot="loading-state"]')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    expect(await screen.findByRole('heading', { level: 1, name: 'How can we help?' })).toBeInTheDocument();
    // The page's own loading state is gone (a search-driven list may still load its results).
    expect(container.querySelector('[data-slot="portal-root"] > [data-slot="loading-state"]')).toBeNull();
  });

  it('shows an error with a retry when the home page cannot be read, and recovers', async () => {
    const adapters = createMemoryAdapters();
    adapters.control.failNext(Infinity, 'unavailable');
    const { container } = renderPortal(<HomePage />, { provider: { adapters } });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The service is unavailable right now.');
    await expectNoAxeViolations(container);
    adapters.control.clearFaults();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How can we help?' })).toBeInTheDocument();
  });

  describe('the ticket list block', () => {
    it('shows a signed-in customer their five most recent tickets with an "all tickets" link', async () => {
      const adapters = createMemoryAdapters();
      const { container } = renderPortal(<HomePage config={homePageConfig} />, { provider: { adapters, customer: demoCustomer } });
      const block = container.querySelector<HTMLElement>('[data-block-type="ticket-list"]')!;
      await waitFor(() => expect(within(block).getAllByRole('listitem')).toHaveLength(5));
      expect(within(block).getByRole('heading', { name: 'Your recent tickets' })).toBeInTheDocument();
      expect(within(block).getByRole('link', { name: 'All tickets' })).toHaveAttribute('href', '/tickets');
      const changed = within(block)
        .getAllByRole('listitem')
        .map((row) => Date.parse(row.querySelector('time')!.getAttribute('datetime')!));
      expect(changed).toEqual([...changed].sort((a, b) => b - a));
      await expectNoAxeViolations(container);
    });

    it('is not shown, and reads nothing, for an anonymous visitor', async () => {
      const adapters = createMemoryAdapters();
      const { container } = renderPortal(<HomePage config={homePageConfig} />, { provider: { adapters } });
      expect(await screen.findByRole('heading', { name: 'Popular pages' })).toBeInTheDocument();
      expect(container.querySelector('[data-slot="ticket-list"]')).toBeNull();
      expect(adapters.control.callCount('tickets')).toBe(0);
    });
  });

  describe('a search-driven link list', () => {
    const searchList = (query: string) => ({
      blocks: [
        {
          id: 'links',
          type: 'link-lists',
          hidden: false,
          props: { lists: [{ id: 'search', content: { en: { title: 'Monitors' } }, source: { type: 'search', query, maxCount: 3 } }] },
        },
      ],
    });

    it('lists up to the configured number of search results', async () => {
      const adapters = createMemoryAdapters();
      const { container } = renderPortal(<HomePage config={searchList('monitor')} />, { provider: { adapters } });
      const list = screen.getByRole('region', { name: 'Monitors' });
      await waitFor(() => expect(within(list).getAllByRole('link').length).toBeGreaterThan(0));
      expect(within(list).getAllByRole('link').length).toBeLessThanOrEqual(3);
      await expectNoAxeViolations(container);
    });

    it('says so when the search finds nothing', async () => {
      renderPortal(<HomePage config={searchList('zzzz-nothing-matches')} />, { provider: { adapters: createMemoryAdapters() } });
      expect(await screen.findByText('No results found.')).toBeInTheDocument();
    });

    it('shows its own error with a retry while the rest of the page stays', async () => {
      const adapters = createMemoryAdapters();
      adapters.control.failNext(Infinity, 'unavailable', { domains: ['search'] });
      renderPortal(<HomePage config={{ blocks: [...homePageConfig.blocks, ...searchList('monitor').blocks] }} />, { provider: { adapters } });
      const list = screen.getByRole('region', { name: 'Monitors' });
      expect(await within(list).findByRole('alert', {}, { timeout: 5000 })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeInTheDocument();
      adapters.control.clearFaults();
      await userEvent.click(within(list).getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(within(list).getAllByRole('link').length).toBeGreaterThan(0));
    });
  });
});
