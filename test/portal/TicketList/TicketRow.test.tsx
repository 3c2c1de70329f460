import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../src/model/index.js';
import { ROWS_NOW, rowTicket } from '../../../stories/portal/TicketList/rowFixtures.js';
import { useFormatters, usePortalTranslation } from '../../../src/portal/PortalProvider/index.js';
import { TicketRow } from '../../../src/portal/TicketList/TicketRow.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';


/** Rows as the list renders them: the list's formatters and `t`, in the provider's language. */
function Rows({ tickets }: { tickets: Ticket[] }) {
  const formatters = useFormatters();
  const { t } = usePortalTranslation();
  return (
    <ul aria-label="Tickets">
      {tickets.map((item) => (
        <TicketRow key={item.id} ticket={item} href={`/tickets/${item.id}`} formatters={formatters} t={t} now={ROWS_NOW} />
      ))}
    </ul>
  );
}

describe('TicketRow', () => {
  it('links the title to the ticket and shows its number, state and last change', async () => {
    const { container } = renderPortal(<Rows tickets={[rowTicket()]} />);
    const row = screen.getByRole('listitem');
    const link = within(row).getByRole('link', { name: 'Laptop battery swells' });
    expect(link).toHaveAttribute('href', '/tickets/t-1');
    expect(row).toHaveTextContent('2026112510000123');
    expect(row).toHaveTextContent('pending reminder');
    const time = row.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2026-11-25T16:00:00.000Z');
    expect(time).toHaveTextContent('2 hours ago');
    await expectNoAxeViolations(container);
  });

  it('gives the link the exact time of the last change as its description', () => {
    renderPortal(<Rows tickets={[rowTicket()]} />);
    expect(screen.getByRole('link')).toHaveAccessibleDescription(/^Last change: .*2026/);
  });

  it('says "Unread" in the link’s name for a ticket with news, beside a marker screen readers skip', () => {
    renderPortal(<Rows tickets={[rowTicket({ unread: true }), rowTicket({ id: 't-2', title: 'Printer jams', unread: false })]} />);
    expect(screen.getByRole('link', { name: 'Laptop battery swells (Unread)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Printer jams' })).toBeInTheDocument();
    const [unreadRow, readRow] = screen.getAllByRole('listitem');
    expect(unreadRow?.querySelector('[data-slot="ticket-list-unread-marker"]')).toHaveAttribute('aria-hidden', 'true');
    expect(readRow?.querySelector('[data-slot="ticket-list-unread-marker"]')).toBeNull();
  });

  it('names a ticket without a title by its number', () => {
    renderPortal(<Rows tickets={[rowTicket({ title: '' })]} />);
    expect(screen.getByRole('link', { name: 'Ticket 2026112510000123' })).toBeInTheDocument();
  });

  it('speaks German: relative time and its description', () => {
    renderPortal(<Rows tickets={[rowTicket({ unread: true })]} />, { provider: { language: 'de' } });
    const link = screen.getByRole('link', { name: 'Laptop battery swells (Ungelesen)' });
    expect(link).toHaveAccessibleDescription(/^Letzte Änderung: /);
    expect(screen.getByRole('listitem').querySelector('time')).toHaveTextContent('vor 2 Stunden');
  });

  it('speaks Arabic, right to left', async () => {
    const { container } = renderRtl(<Rows tickets={[rowTicket({ unread: true })]} />);
    const link = await screen.findByRole('link', { name: 'Laptop battery swells (غير مقروءة)' });
    expect(link).toHaveAccessibleDescription(/^آخر تغيير: /);
    expect(link.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
