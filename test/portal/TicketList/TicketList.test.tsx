import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PortalProvider, TicketList, type LinkComponentProps } from '../../../src/index.js';
import { demoCustomer, fixedNow, makeTickets } from '../../../stories/portal/HomePage/fixtures.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const signedIn = { customer: demoCustomer };
const tickets = makeTickets(12);

function RouterLink({ href, children, ...props }: LinkComponentProps) {
  return (
    <a {...props} href={`#${href}`} data-router="">
      {children}
    </a>
  );
}

const rows = () => screen.getAllByRole('listitem');

describe('TicketList', () => {
  describe('on the home page (compact)', () => {
    it('renders nothing for an anonymous visitor', () => {
      const { container } = renderPortal(<TicketList variant="compact" tickets={tickets} now={fixedNow} />);
      expect(container.querySelector('[data-slot="ticket-list"]')).toBeNull();
    });

    it('shows a signed-in customer’s most recent tickets with number, state and last change', async () => {
      const { container } = renderPortal(<TicketList variant="compact" tickets={tickets} maxCount={3} now={fixedNow} />, { provider: { ...signedIn, linkComponent: RouterLink } });
      expect(screen.getByRole('heading', { level: 2, name: 'Your recent tickets' })).toBeInTheDocument();
      expect(rows()).toHaveLength(3);
      const first = rows()[0]!;
      expect(within(first).getByRole('link', { name: /Printer on floor 3 jams \(1\)/ })).toHaveAttribute('href', '#/tickets/ticket-1');
      expect(first).toHaveTextContent('2026112510000001');
      expect(within(first).getByText('new')).toHaveAttribute('data-state', 'new');
      expect(within(first).getByText('1 hour ago')).toHaveAttribute('datetime', tickets[0]!.changedAt);
      expect(screen.getByRole('link', { name: 'All tickets' })).toHaveAttribute('href', '#/tickets');
      await expectNoAxeViolations(container);
    });

    it('gives each ticket link the exact time of its last change as description', () => {
      renderPortal(<TicketList variant="compact" tickets={tickets} maxCount={1} now={fixedNow} />, { provider: signedIn });
      expect(screen.getByRole('link', { name: /Printer/ })).toHaveAccessibleDescription(/^Last change: Nov 25, 2026/);
    });

    it('puts open tickets first when asked for the most relevant ones', () => {
      renderPortal(<TicketList variant="compact" tickets={tickets} selection="open" maxCount={12} now={fixedNow} />, { provider: signedIn });
      const states = rows().map((row) => row.dataset.ticketStateType);
      expect(states.indexOf('closed')).toBeGreaterThan(states.lastIndexOf('open'));
      // Unread open tickets come before read ones.
      expect(rows()[0]).toHaveAttribute('data-state', 'unread');
    });

    it('marks unread tickets for sight and for screen readers', () => {
      renderPortal(<TicketList variant="compact" tickets={tickets} maxCount={2} now={fixedNow} />, { provider: signedIn });
      expect(screen.getByRole('link', { name: /VPN disconnects every hour \(2\) \(Unread\)/ })).toBeInTheDocument();
    });

    it('uses the configured title and says so when there are no tickets', () => {
      renderPortal(<TicketList variant="compact" title="Meine Anfragen" titleLang="de" tickets={[]} now={fixedNow} />, { provider: signedIn });
      expect(screen.getByRole('heading', { name: 'Meine Anfragen' })).toHaveAttribute('lang', 'de');
      expect(screen.getByText('You have no tickets yet.')).toBeInTheDocument();
    });
  });

  describe('as the tickets page (full)', () => {
    it('sorts by last change, newest or oldest first', async () => {
      const onSortChange = vi.fn();
      renderPortal(<TicketList tickets={tickets} now={fixedNow} onSortChange={onSortChange} />, { provider: signedIn });
      expect(within(rows()[0]!).getByRole('link')).toHaveTextContent('(1)');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Least recently changed first');
      expect(onSortChange).toHaveBeenCalledWith('changed-asc');
      expect(within(rows()[0]!).getByRole('link')).toHaveTextContent('(12)');
    });

    it('filters by state type, and says when nothing matches', async () => {
      renderPortal(<TicketList tickets={tickets.filter((ticket) => ticket.stateType !== 'pending')} now={fixedNow} />, { provider: signedIn });
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Closed');
      expect(rows().every((row) => row.dataset.ticketStateType === 'closed')).toBe(true);
      expect(screen.getByRole('status')).toHaveTextContent('3 of 3 tickets shown');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Pending');
      expect(screen.getByText('No tickets match this filter.')).toBeInTheDocument();
    });

    it('offers to load more when its owner has more pages', async () => {
      const onLoadMore = vi.fn();
      renderPortal(<TicketList tickets={tickets} total={40} hasMore onLoadMore={onLoadMore} now={fixedNow} />, { provider: signedIn });
      expect(screen.getByRole('status')).toHaveTextContent('12 of 40 tickets shown');
      await userEvent.click(screen.getByRole('button', { name: 'Load more tickets' }));
      expect(onLoadMore).toHaveBeenCalledOnce();
    });

    it('keeps 5,000 tickets fast: only the rows near the viewport are in the DOM', async () => {
      const many = makeTickets(5000);
      const { container } = renderPortal(<TicketList tickets={many} now={fixedNow} />, { provider: signedIn });
      // The first rows show at once; the virtualizer is loaded on demand and takes over.
      expect(rows()).toHaveLength(20);
      await waitFor(() => expect(container.querySelector('[data-slot="ticket-list-items"]')).toHaveAttribute('data-virtualized', 'true'));
      const rendered = rows();
      expect(rendered.length).toBeGreaterThan(5);
      expect(rendered.length).toBeLessThan(60);
      // Screen readers still learn the list's real length.
      expect(rendered[0]).toHaveAttribute('aria-setsize', '5000');
      expect(container.querySelector('[data-slot="ticket-list-items"]')).toHaveAttribute('data-virtualized', 'true');
      await expectNoAxeViolations(container);
    });

    it('has no axe violations with its controls', async () => {
      const { container } = renderPortal(<TicketList tickets={tickets} now={fixedNow} />, { provider: signedIn });
      await expectNoAxeViolations(container);
    });
  });

  it('works right to left in Arabic', async () => {
    const { container } = renderRtl(<TicketList tickets={tickets} now={fixedNow} />, { provider: signedIn });
    expect(screen.getByRole('combobox', { name: 'الترتيب' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'تذاكرك الأخيرة' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders the first rows of a long list on the server, without style attributes', () => {
    const html = renderToString(
      <PortalProvider customer={demoCustomer}>
        <TicketList tickets={makeTickets(500)} now={fixedNow} />
      </PortalProvider>,
    );
    expect(html).toContain('data-virtualized="false"');
    expect(html.match(/data-slot="ticket-list-row"/g)).toHaveLength(20);
    expect(html).not.toMatch(/\sstyle="/);
  });
});
