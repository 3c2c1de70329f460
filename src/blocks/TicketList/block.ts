import * as v from 'valibot';
import { defineBlock } from '../../model/homePage.js';
import { localized } from '../../model/localized.js';

/** Which tickets the list shows: the most recently changed, or the open ones (not closed) first. */
export const TICKET_LIST_SELECTIONS = ['recent', 'open'] as const;
/** See {@link TICKET_LIST_SELECTIONS}. */
export type TicketListSelection = (typeof TICKET_LIST_SELECTIONS)[number];

/** Settings of the ticket list block (shown only to a signed-in customer). */
export const TicketListPropsSchema = v.object({
  /** How many tickets to show. @default 5 */
  maxCount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20, 'Show at most 20 tickets')),
  /** Most recent or most relevant (open) tickets. @default 'recent' */
  selection: v.picklist(TICKET_LIST_SELECTIONS),
  /** The list's heading per language; a translated default is used where empty. */
  content: localized(v.object({ title: v.pipe(v.string(), v.maxLength(200)) })),
});
/** See {@link TicketListPropsSchema}. */
export type TicketListBlockProps = v.InferOutput<typeof TicketListPropsSchema>;

/** The ticket list block. */
export const ticketListBlock = defineBlock({
  type: 'ticket-list',
  schema: TicketListPropsSchema,
  defaultProps: (): TicketListBlockProps => ({ maxCount: 5, selection: 'recent', content: {} }),
  maxPerPage: 1,
});
