import { describe, expect, it } from 'vitest';
import { sortAndFilterTickets } from '../../../src/portal/TicketList/index.js';
import { makeTickets } from '../../../stories/portal/HomePage/fixtures.js';

const ids = (tickets: ReadonlyArray<{ id: string }>) => tickets.map((ticket) => ticket.id);

describe('sortAndFilterTickets', () => {
  it('orders UTC times newest or oldest first, leaving the input as it was', () => {
    const [a, b, c] = makeTickets(3);
    const tickets = [
      { ...a!, id: 'middle', changedAt: '2026-11-25T10:00:00.000Z' },
      { ...b!, id: 'newest', changedAt: '2026-11-25T11:30:00.000Z' },
      { ...c!, id: 'oldest', changedAt: '2025-12-31T23:59:59.999Z' },
    ];
    expect(ids(sortAndFilterTickets(tickets, 'changed-desc', 'all'))).toEqual(['newest', 'middle', 'oldest']);
    expect(ids(sortAndFilterTickets(tickets, 'changed-asc', 'all'))).toEqual(['oldest', 'middle', 'newest']);
    expect(ids(tickets)).toEqual(['middle', 'newest', 'oldest']);
  });

  it('orders times with offsets by the moment they name, not by their text', () => {
    const [a, b, c] = makeTickets(3);
    const tickets = [
      // 10:30 in Berlin is 09:30 UTC: older than 10:00 UTC although its text sorts after it.
      { ...a!, id: 'berlin', changedAt: '2026-11-25T10:30:00+01:00' },
      { ...b!, id: 'utc', changedAt: '2026-11-25T10:00:00.000Z' },
      { ...c!, id: 'new-york', changedAt: '2026-11-25T06:00:00-05:00' },
    ];
    expect(ids(sortAndFilterTickets(tickets, 'changed-desc', 'all'))).toEqual(['new-york', 'utc', 'berlin']);
  });

  it('keeps only the chosen state type', () => {
    const tickets = makeTickets(12);
    const closed = sortAndFilterTickets(tickets, 'changed-desc', 'closed');
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((ticket) => ticket.stateType === 'closed')).toBe(true);
  });
});
