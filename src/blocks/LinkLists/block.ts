import * as v from 'valibot';
import { createId, HrefSchema, IdSchema } from '../../model/common.js';
import { defineBlock } from '../../model/homePage.js';
import { localized } from '../../model/localized.js';

const uniqueIds = <Item extends { id: string }>(message: string) =>
  v.check<Item[], string>((items) => new Set(items.map((item) => item.id)).size === items.length, message);

/** A link entered by hand. */
export const ManualLinkSchema = v.object({
  /** Stable id (React key, reordering). */
  id: IdSchema,
  /** An internal path (`/page/opening-hours`) or an external URL. */
  href: HrefSchema,
  /** The link text per language. */
  content: localized(v.object({ label: v.pipe(v.string(), v.maxLength(200)) })),
});
/** See {@link ManualLinkSchema}. */
export type ManualLink = v.InferOutput<typeof ManualLinkSchema>;

/** Where a list's items come from: entered by hand, or the results of a search through the host's search adapter. */
export const LinkListSourceSchema = v.variant('type', [
  v.object({
    type: v.literal('manual'),
    /** The links, in order. */
    links: v.pipe(v.array(ManualLinkSchema), v.maxLength(30, 'At most 30 links'), uniqueIds<ManualLink>('Each link needs its own id')),
  }),
  v.object({
    type: v.literal('search'),
    /** The search query, run in the customer's language. */
    query: v.pipe(v.string(), v.trim(), v.minLength(1, 'Enter a search query'), v.maxLength(200)),
    /** How many results to show. */
    maxCount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20, 'Show at most 20 results')),
  }),
]);
/** See {@link LinkListSourceSchema}. */
export type LinkListSource = v.InferOutput<typeof LinkListSourceSchema>;

/** One list: a title, its items and an optional "show more" link. */
export const LinkListSchema = v.object({
  /** Stable id (React key, reordering). */
  id: IdSchema,
  /** Title and "show more" text per language. */
  content: localized(
    v.object({
      title: v.pipe(v.string(), v.maxLength(200)),
      showMoreLabel: v.optional(v.pipe(v.string(), v.maxLength(100))),
    }),
  ),
  /** Destination of the "show more" link; shown only with a label. */
  showMoreHref: v.optional(HrefSchema),
  /** The list's items. */
  source: LinkListSourceSchema,
});
/** See {@link LinkListSchema}. */
export type LinkList = v.InferOutput<typeof LinkListSchema>;

/** Settings of the link lists block: one or more lists side by side. */
export const LinkListsPropsSchema = v.object({
  /** The lists, in display order. */
  lists: v.pipe(
    v.array(LinkListSchema),
    v.minLength(1, 'Add at least one list'),
    v.maxLength(6, 'At most 6 lists'),
    uniqueIds<LinkList>('Each list needs its own id'),
  ),
});
/** See {@link LinkListsPropsSchema}. */
export type LinkListsBlockProps = v.InferOutput<typeof LinkListsPropsSchema>;

/** The link lists block. */
export const linkListsBlock = defineBlock({
  type: 'link-lists',
  schema: LinkListsPropsSchema,
  defaultProps: (): LinkListsBlockProps => ({
    lists: [{ id: createId('list-'), content: {}, source: { type: 'manual', links: [] } }],
  }),
});
