import type { Ticket } from '../../../src/model/index.js';

/** The instant the ticket rows are shown at (their relative times count from it). */
export const ROWS_NOW = new Date('2026-11-25T18:00:00.000Z');

/** A pending ticket changed two hours before `ROWS_NOW`, with `overrides`. */
export function rowTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 't-1',
    version: 1,
    number: '2026112510000123',
    title: 'Laptop battery swells',
    state: 'pending reminder',
    stateType: 'pending',
    priority: '3 normal',
    queue: 'Service desk::Hardware',
    createdAt: '2026-11-20T09:00:00.000Z',
    changedAt: '2026-11-25T16:00:00.000Z',
    ...overrides,
  };
}
