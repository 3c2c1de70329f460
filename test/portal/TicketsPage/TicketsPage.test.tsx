import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters, type MemoryAdapters } from '../../../src/adapters/index.js';
import { createPortalQueryClient } from '../../../src/data/index.js';
import type { PortalCustomer } from '../../../src/portal/PortalProvider/index.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { TicketsPage, type TicketsPageProps } from '../../../src/portal/TicketsPage/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const dana: PortalCustomer = { id: 'c1', name: 'Dana Weber' };
const client = () => createPortalQueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });

function renderPage(props: TicketsPageProps = {}, { adapters = createMemoryAdapters(), customer = dana as PortalCustomer | null, language = 'en' } = {}) {
  const render = language === 'ar' ? renderRtl : renderPortal;
  return { ...render(<TicketsPage {...props} />, { provider: { adapters, customer, language, queryClient: client() } }), adapters };
}

const rows = () => screen.getAllByRole('listitem');
const ticketCalls = (adapters: MemoryAdapters) => adapters.control.calls.filter((call) => call.domain === 'tickets');

describe('TicketsPage', () => {
  describe('for an anonymous visitor', () => {
    it('asks them to sign in through the host, and reads no ticket', async () => {
      const onSignIn = vi.fn();
      const { container, adapters } = renderPage({ onSignIn }, { customer: null });
      expect(screen.getByRole('heading', { level: 1, name: 'My tickets' })).toBeInTheDocument();
      const prompt = screen.getByRole('region', { name: 'Sign in to see your tickets' });
      await userEvent.click(within(prompt).getByRole('button', { name: 'Sign in' }));
      expect(onSignIn).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('list')).not.toBeInTheDocument();
      expect(ticketCalls(adapters)).toHaveLength(0);
      await expectNoAxeViolations(container);
    });

    it('explains without a button when the host has no sign-in to start', () => {
      renderPage({}, { customer: null });
      expect(screen.getByText('Your tickets are shown once you are signed in.')).toBeInTheDocument();
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
    });
  });

  describe('for a signed-in customer', () => {
    it("shows the loading state, then the customer's tickets, newest change first", async () => {
      const { container, adapters } = renderPage({ pageSize: 10 }, { adapters: createMemoryAdapters({ latency: 20 }) });
      expect(container.querySelector('[data-slot="loading-state"]')).toBeInTheDocument();
      await waitFor(() => expect(rows()).toHaveLength(10));
      expect(screen.getByRole('heading', { level: 1, name: 'My tickets' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: 'All tickets' })).toBeInTheDocument();
      expect(ticketCalls(adapters).at(-1)?.params).toMatchObject({ sort: { field: 'changedAt', order: 'desc' }, perPage: 10 });
      await expectNoAxeViolations(container);
    });

    it('pages through the tickets with "Load more tickets"', async () => {
      renderPage({ pageSize: 25 });
      await waitFor(() => expect(rows()).toHaveLength(25));
      await userEvent.click(screen.getByRole('button', { name: 'Load more tickets' }));
      await waitFor(() => expect(rows()).toHaveLength(50));
      await userEvent.click(screen.getByRole('button', { name: 'Load more tickets' }));
      await waitFor(() => expect(rows()).toHaveLength(60));
      expect(screen.queryByRole('button', { name: 'Load more tickets' })).not.toBeInTheDocument();
    });

    it('sorts and filters by state through the adapter', async () => {
      const onStateFilterChange = vi.fn();
      const { adapters } = renderPage({ onStateFilterChange });
      await waitFor(() => expect(rows().length).toBeGreaterThan(0));
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Closed');
      await waitFor(() => expect(rows().every((row) => row.dataset.ticketStateType === 'closed')).toBe(true));
      expect(onStateFilterChange).toHaveBeenCalledWith('closed');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Least recently changed first');
      await waitFor(() => expect(ticketCalls(adapters).at(-1)?.params).toMatchObject({ sort: { order: 'asc' }, filter: { stateTypes: ['closed'] } }));
    });

    it('shows the error with "Try again" when the tickets cannot be read, and recovers', async () => {
      const adapters = createMemoryAdapters();
      adapters.control.failNext(Infinity, 'unavailable', { domains: ['tickets'] });
      const { container } = renderPage({}, { adapters });
      expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('The service is unavailable right now.');
      await expectNoAxeViolations(container);
      adapters.control.clearFaults();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    });

    it('says so when the customer has no tickets', async () => {
      const { container } = renderPage({}, { adapters: createMemoryAdapters({ seed: { tickets: [] } }) });
      expect(await screen.findByText('You have no tickets yet.')).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });
  });

  it('is translated and right to left in Arabic', async () => {
    const { container } = renderPage({ onSignIn: () => undefined }, { customer: null, language: 'ar' });
    expect(screen.getByRole('heading', { level: 1, name: 'تذاكري' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تسجيل الدخول' })).toBeInTheDocument();
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('sets the document title only when allowed', async () => {
    document.title = 'Host';
    const { unmount } = renderPage({}, { customer: null });
    expect(document.title).toBe('Host');
    unmount();
    renderPage({ documentTitle: (title) => `${title} · Acme` }, { customer: null, language: 'de' });
    await waitFor(() => expect(document.title).toBe('Meine Tickets · Acme'));
  });

  it('renders the sign-in prompt on the server without inline styles or handlers', () => {
    const html = renderToString(
      <PortalProvider adapters={createMemoryAdapters()} language="fr">
        <TicketsPage onSignIn={() => undefined} />
      </PortalProvider>,
    );
    expect(html).toContain('Connectez-vous pour voir vos tickets');
    expect(html).not.toMatch(/\sstyle="|\son[a-z]+="/i);
  });
});
