import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { TicketList } from '../../../src/index.js';
import { demoCustomer, makeTickets } from '../../../stories/portal/HomePage/fixtures.js';
import { expectNoAxeViolations, renderPortal } from '../../render.js';

// The tickets page reading the ticket adapter: pages, sort and state filter run in the adapter.
const seedWith = (count: number) => ({ tickets: makeTickets(count) });

describe('TicketList reading the ticket adapter', () => {
  it('shows a loading state, then the first page', async () => {
    const adapters = createMemoryAdapters({ seed: seedWith(30), latency: 20 });
    const { container } = renderPortal(<TicketList pageSize={10} />, { provider: { adapters, customer: demoCustomer } });
    expect(container.querySelector('[data-slot="loading-state"]')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(10));
    expect(screen.getByRole('status')).toHaveTextContent('10 of 30 tickets shown');
  });

  it('loads one more page at a time', async () => {
    const adapters = createMemoryAdapters({ seed: seedWith(25) });
    renderPortal(<TicketList pageSize={10} />, { provider: { adapters, customer: demoCustomer } });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(10));
    await userEvent.click(screen.getByRole('button', { name: 'Load more tickets' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(20));
    await userEvent.click(screen.getByRole('button', { name: 'Load more tickets' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(25));
    expect(screen.queryByRole('button', { name: 'Load more tickets' })).not.toBeInTheDocument();
  });

  it('asks the adapter for the chosen order and state', async () => {
    const adapters = createMemoryAdapters({ seed: seedWith(12) });
    renderPortal(<TicketList />, { provider: { adapters, customer: demoCustomer } });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(12));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Pending');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    expect(screen.getAllByRole('listitem').every((row) => row.dataset.ticketStateType === 'pending')).toBe(true);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Least recently changed first');
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('(11)'));
    const last = adapters.control.calls.filter((call) => call.domain === 'tickets').at(-1)?.params;
    expect(last).toMatchObject({ sort: { field: 'changedAt', order: 'asc' }, filter: { stateTypes: ['pending'] } });
  });

  it('shows an error with a retry, and recovers', async () => {
    const adapters = createMemoryAdapters({ seed: seedWith(5) });
    adapters.control.failNext(Infinity, 'unavailable', { domains: ['tickets'] });
    const { container } = renderPortal(<TicketList />, { provider: { adapters, customer: demoCustomer } });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('The service is unavailable right now.');
    await expectNoAxeViolations(container);
    adapters.control.clearFaults();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(5));
  });

  it('says so when the customer has no tickets', async () => {
    const { container } = renderPortal(<TicketList variant="compact" />, { provider: { adapters: createMemoryAdapters({ seed: seedWith(0) }), customer: demoCustomer } });
    expect(await screen.findByText('You have no tickets yet.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
