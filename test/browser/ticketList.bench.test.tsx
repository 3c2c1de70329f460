// Measurements for `npm run bench` (scripts/bench/tickets.bench.mjs), not a test: skipped unless
// VITE_TICKETS_BENCH=1. In Chromium: the first render of TicketList with 10,000 tickets next to
// creating 200 plain DOM rows on the same page (alternated), the rows it keeps in the DOM, and
// the time of 100 scroll steps. Run with React's production build (scripts/bench/vitest.production.config.ts),
// so no act(): renders are flushed with flushSync and waited for. Prints the figures on one line.
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';
import { TicketList } from '../../src/portal/TicketList/index.js';
import { demoCustomer, fixedNow, makeTickets } from '../../stories/portal/HomePage/fixtures.js';

const ENABLED = import.meta.env.VITE_TICKETS_BENCH === '1';
const ROUNDS = 9;
const TICKETS = 10_000;
const STEPS = 100;
/** One scroll step, about a Page Down: more than the virtualizer's overscan, so each step needs new rows. */
const STEP = 720;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Yields to the event loop without the clamping of nested timers. */
const task = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
/** React's production build has no `act` (and no `captureOwnerStack`). */
const production = !('act' in React) && !('captureOwnerStack' in React);
const rowsInDom = (container: ParentNode) => container.querySelectorAll('[data-slot="ticket-list-row"]').length;

describe.skipIf(!ENABLED)('ticket list benchmark', () => {
  it('renders 10,000 tickets and scrolls them', { timeout: 300_000 }, async () => {
    await page.viewport(1280, 800);
    const tickets = makeTickets(TICKETS);
    const ui = (
      <PortalProvider customer={demoCustomer}>
        <TicketList tickets={tickets} now={fixedNow} />
      </PortalProvider>
    );

    /** Mounts the list and times it until the virtualized rows are in place and laid out. */
    const candidate = async (keep = false) => {
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      const start = performance.now();
      flushSync(() => root.render(ui));
      // The virtualizer is loaded on demand; until then the first rows stand in.
      while (container.querySelector('[data-virtualized="true"]') === null || rowsInDom(container) === 0) await task();
      void container.getBoundingClientRect().height;
      const time = performance.now() - start;
      const rows = rowsInDom(container);
      const unmount = () => {
        root.unmount();
        container.remove();
      };
      if (!keep) unmount();
      return { time, rows, container, unmount };
    };
    /** Creates 200 plain rows with the DOM API, laid out. */
    const baseline = () => {
      const container = document.createElement('div');
      document.body.append(container);
      const start = performance.now();
      const list = document.createElement('ul');
      for (const ticket of tickets.slice(0, 200)) {
        const row = document.createElement('li');
        const link = document.createElement('a');
        link.href = `/tickets/${ticket.id}`;
        link.textContent = ticket.title;
        const meta = document.createElement('span');
        meta.textContent = `${ticket.number} · ${ticket.state}`;
        row.append(link, meta);
        list.append(row);
      }
      container.append(list);
      void container.getBoundingClientRect().height;
      const time = performance.now() - start;
      expect(container.querySelectorAll('li')).toHaveLength(200);
      container.remove();
      return time;
    };

    await candidate();
    baseline();
    const candidates: number[] = [];
    const baselines: number[] = [];
    let rows = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const result = await candidate();
      candidates.push(result.time);
      rows = Math.max(rows, result.rows);
      baselines.push(baseline());
    }

    // Scrolling: each step moves the window by STEP pixels and waits for the virtualizer to put
    // the rows of the new position in the DOM and the browser to lay them out; then a frame.
    const mounted = await candidate(true);
    const list = mounted.container.querySelector<HTMLElement>('[data-slot="ticket-list-items"]');
    if (!list) throw new Error('No list');
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY);
    await frame();
    await frame();
    const steps: number[] = [];
    let maxRowsWhileScrolling = 0;
    let missed = 0;
    for (let step = 0; step < STEPS; step += 1) {
      await frame();
      const start = performance.now();
      window.scrollBy(0, STEP);
      // The scroll event would come with the next frame; dispatched now, the virtualizer's
      // handler (and React's synchronous update) runs inside the measurement.
      window.dispatchEvent(new Event('scroll'));
      // A row at the bottom of the viewport (hit testing lays the page out): in place, or missed.
      const box = list.getBoundingClientRect();
      const atBottom = document.elementFromPoint(box.left + box.width / 2, window.innerHeight - 8)?.closest('[data-slot="ticket-list-row"]');
      steps.push(performance.now() - start);
      if (!atBottom) missed += 1;
      maxRowsWhileScrolling = Math.max(maxRowsWhileScrolling, rowsInDom(mounted.container));
    }
    await frame();
    const scrolledRows = rowsInDom(mounted.container);
    mounted.unmount();
    window.scrollTo(0, 0);

    console.log(`TICKET_LIST_BENCH ${JSON.stringify({ production, tickets: TICKETS, candidates, baselines, rows, steps, missed, maxRowsWhileScrolling, scrolledRows })}`);
  });
});
