import { act, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../src/model/index.js';
import { VirtualTicketItems, type TicketRowSlotProps } from '../../../src/portal/TicketList/VirtualTicketItems.js';
import { makeTickets } from '../../../stories/portal/HomePage/fixtures.js';

// Layout and scrolling are measured in the browser tests (test/browser/homeTicketList.test.tsx);
// here: which rows exist, what assistive technology learns about them, and server rendering.

const renderRow = (ticket: Ticket, { key, ...props }: TicketRowSlotProps) => (
  <li key={key} {...props} data-slot="ticket-list-row">
    {ticket.title}
  </li>
);

const list = () => screen.getByRole('list', { name: 'Your tickets' });
const rows = () => screen.getAllByRole('listitem');
const positions = () => rows().map((row) => Number(row.getAttribute('aria-posinset')));
const virtualized = () => waitFor(() => expect(list()).toHaveAttribute('data-virtualized', 'true'));

beforeEach(() => {
  // The virtualizer keeps the window's scroll position as rows change; jsdom has no scrolling.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  window.scrollY = 0;
});

describe('VirtualTicketItems', () => {
  it('renders the first 20 rows on the server, in normal flow, telling the list’s real length', () => {
    const html = renderToString(<VirtualTicketItems tickets={makeTickets(500)} renderRow={renderRow} label="Your tickets" />);
    const container = document.createElement('div');
    container.innerHTML = html;
    const items = [...container.querySelectorAll('li')];
    expect(items).toHaveLength(20);
    expect(items.map((item) => item.getAttribute('aria-posinset'))).toEqual(Array.from({ length: 20 }, (_, index) => String(index + 1)));
    expect(items.every((item) => item.getAttribute('aria-setsize') === '500')).toBe(true);
    expect(container.querySelector('ul')).toHaveAttribute('data-virtualized', 'false');
    expect(container.querySelector('ul')).toHaveAttribute('aria-label', 'Your tickets');
    // A strict CSP (no inline styles) holds.
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('hydrates the server’s rows without a mismatch, then hands them to the virtualizer', async () => {
    const tickets = makeTickets(500);
    const ui = <VirtualTicketItems tickets={tickets} renderRow={renderRow} label="Your tickets" />;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(ui);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await act(async () => hydrateRoot(container, ui));
    await virtualized();
    expect(errors).not.toHaveBeenCalled();
    expect(positions()[0]).toBe(1);
    act(() => root.unmount());
    container.remove();
  });

  it('keeps only the rows near the viewport in the DOM, each with its place in the whole list', async () => {
    render(<VirtualTicketItems tickets={makeTickets(5000)} renderRow={renderRow} label="Your tickets" />);
    await virtualized();
    const shown = positions();
    expect(shown[0]).toBe(1);
    // Rows without layout (jsdom) keep their estimated height instead of collapsing to none.
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(60);
    expect(shown).toEqual(Array.from({ length: shown.length }, (_, index) => index + 1));
    expect(rows().every((row) => row.getAttribute('aria-setsize') === '5000')).toBe(true);
    expect(rows().map((row) => row.getAttribute('data-index'))).toEqual(shown.map((position) => String(position - 1)));
  });

  it('shows the rows at the window’s scroll position', async () => {
    render(<VirtualTicketItems tickets={makeTickets(5000)} renderRow={renderRow} label="Your tickets" />);
    await virtualized();
    // About row 1,000 at the estimated 64 px a row.
    await act(async () => {
      window.scrollY = 64_000;
      window.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(positions().some((position) => position > 900 && position < 1100)).toBe(true));
    expect(positions()).not.toContain(1);
    expect(screen.getByText(makeTickets(1000)[999]!.title)).toBeInTheDocument();
  });

  it('follows new tickets: the rows and the length change with them', async () => {
    const { rerender } = render(<VirtualTicketItems tickets={makeTickets(300)} renderRow={renderRow} label="Your tickets" />);
    await virtualized();
    const fewer = makeTickets(300).slice(2, 30);
    rerender(<VirtualTicketItems tickets={fewer} renderRow={renderRow} label="Your tickets" />);
    await waitFor(() => expect(rows()[0]).toHaveTextContent(fewer[0]!.title));
    expect(rows().every((row) => row.getAttribute('aria-setsize') === '28')).toBe(true);
  });
});
