import * as v from 'valibot';
import { HrefSchema, IdSchema } from '../../model/common.js';
import { defineBlock } from '../../model/homePage.js';
import { localized } from '../../model/localized.js';

/** The most content cards a home page block may have. */
export const MAX_CONTENT_CARDS = 3;

/** One card: title, text and a "read more" link. */
export const ContentCardSchema = v.object({
  /** Stable id (React key, reordering). */
  id: IdSchema,
  /** Destination of the "read more" link. */
  readMoreHref: v.optional(HrefSchema),
  /** Texts per language. */
  content: localized(
    v.object({
      title: v.pipe(v.string(), v.maxLength(200)),
      text: v.pipe(v.string(), v.maxLength(2000)),
      /** Text of the "read more" link; a translated default is used where empty. */
      readMoreLabel: v.optional(v.pipe(v.string(), v.maxLength(100))),
    }),
  ),
});
/** See {@link ContentCardSchema}. */
export type ContentCard = v.InferOutput<typeof ContentCardSchema>;

/** Settings of the content cards block: at most three cards. */
export const ContentCardsPropsSchema = v.object({
  /** The cards, in display order. */
  cards: v.pipe(
    v.array(ContentCardSchema),
    v.maxLength(MAX_CONTENT_CARDS, 'At most three content cards'),
    v.check((cards) => new Set(cards.map((card) => card.id)).size === cards.length, 'Each card needs its own id'),
  ),
});
/** See {@link ContentCardsPropsSchema}. */
export type ContentCardsBlockProps = v.InferOutput<typeof ContentCardsPropsSchema>;

/** The content cards block. */
export const contentCardsBlock = defineBlock({
  type: 'content-cards',
  schema: ContentCardsPropsSchema,
  defaultProps: (): ContentCardsBlockProps => ({ cards: [] }),
});
