import * as v from 'valibot';
import { IdSchema, TimestampSchema, VersionSchema } from './common.js';

/** The kinds of ticket state; the helpdesk's own state names map onto these. */
export const TICKET_STATE_TYPES = ['new', 'open', 'pending', 'closed'] as const;

/** See {@link TICKET_STATE_TYPES}. */
export const TicketStateTypeSchema = v.picklist(TICKET_STATE_TYPES, 'Expected a ticket state type: "new", "open", "pending" or "closed"');
/** See {@link TICKET_STATE_TYPES}. */
export type TicketStateType = v.InferOutput<typeof TicketStateTypeSchema>;

const LabelSchema = v.pipe(v.string(), v.maxLength(200));

/** A ticket of the signed-in customer, as the helpdesk reports it (the portal only reads tickets). */
export const TicketSchema = v.object({
  /** The helpdesk's id of the ticket (used in links). */
  id: IdSchema,
  /** Incremented by the helpdesk on every change. */
  version: VersionSchema,
  /** The number the customer quotes, e.g. `2026112510000123`. */
  number: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** The ticket's subject. */
  title: v.pipe(v.string(), v.maxLength(500)),
  /** The helpdesk's state name (`pending reminder`), shown as is. */
  state: v.pipe(LabelSchema, v.minLength(1)),
  /** The kind of state, for colour, icon and filtering. */
  stateType: TicketStateTypeSchema,
  /** The priority's display name, e.g. `3 normal`. */
  priority: LabelSchema,
  /** The queue's display name, e.g. `Service desk::Hardware`. */
  queue: LabelSchema,
  /** When the ticket was created. */
  createdAt: TimestampSchema,
  /** When the ticket last changed (the list is sorted by this by default). */
  changedAt: TimestampSchema,
  /** Whether there is news the customer has not read. @default false */
  unread: v.optional(v.boolean()),
});
/** See {@link TicketSchema}. */
export type Ticket = v.InferOutput<typeof TicketSchema>;
