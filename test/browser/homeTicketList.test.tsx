import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { PortalProvider, TicketList } from '../../src/index.js';
import { demoCustomer, fixedNow, makeTickets } from '../../stories/portal/HomePage/fixtures.js';

// The tickets page with 5,000 tickets in real Chromium: the DOM holds only the rows near the
// viewport, and scrolling brings the right rows, in place, without overlapping.
afterEach(() => {
  cleanup();
  window.scrollTo(0, 0);
});

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('TicketList with 5,000 tickets in Chromium', () => {
  it('renders only the rows near the viewport and follows the scroll', async () => {
    await page.viewport(1280, 800);
    const tickets = makeTickets(5000);
    render(
      <PortalProvider customer={demoCustomer}>
        <TicketList tickets={tickets} now={fixedNow} />
      </PortalProvider>,
    );
    await expect.poll(() => document.querySelector('[data-slot="ticket-list-items"]')?.getAttribute('data-virtualized')).toBe('true');
    await act(frame);
    expect(screen.getAllByRole('listitem').length).toBeLessThan(60);

    const list = document.querySelector<HTMLElement>('[data-slot="ticket-list-items"]')!;
    // The list reserves the height of every row, so the page scrolls as if all were there.
    expect(list.getBoundingClientRect().height).toBeGreaterThan(5000 * 40);

    const started = performance.now();
    await act(async () => {
      window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + 2500 * 64);
      await frame();
    });
    const rows = screen.getAllByRole('listitem');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rows.length).toBeLessThan(60);
    // The row at the top of the viewport is from the middle of the list…
    const visible = rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
    const positions = visible.map((row) => Number(row.getAttribute('aria-posinset'))).sort((a, b) => a - b);
    expect(positions[0]).toBeGreaterThan(2000);
    expect(positions[0]).toBeLessThan(3000);
    // …and the visible rows are consecutive and do not overlap.
    expect(positions).toEqual(positions.map((_, index) => positions[0]! + index));
    const boxes = visible.map((row) => row.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    boxes.slice(1).forEach((box, index) => expect(box.top).toBeGreaterThanOrEqual(boxes[index]!.bottom - 1));
  });
});
