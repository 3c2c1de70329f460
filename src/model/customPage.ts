import * as v from 'valibot';
import { InternalTitleSchema, SlugSchema, STORED_KEYS, storedRecordEntries, ValiditySchema } from './common.js';
import { localizedRequired } from './localized.js';
import { audienceEntries } from './audience.js';
import { publishWindowCheck, publishWindowEntries } from './schedule.js';

/** One language of a custom page. */
export const CustomPageContentSchema = v.object({
  /** The page title the customer sees (the page's heading). */
  title: v.pipe(v.string(), v.maxLength(300, 'A title has at most 300 characters')),
  /** Rich text as HTML; always sanitized before it reaches the DOM. */
  body: v.pipe(v.string(), v.maxLength(500_000)),
});
/** See {@link CustomPageContentSchema}. */
export type CustomPageContent = v.InferOutput<typeof CustomPageContentSchema>;

const customPageEntries = {
  ...storedRecordEntries,
  /** Shown only in admin screens. */
  internalTitle: InternalTitleSchema,
  /** Unique among pages; see `SLUG_PATTERN`. */
  slug: SlugSchema,
  /** Only `valid` pages are shown in the portal. */
  validity: ValiditySchema,
  /** Title and body per language; at least one language. */
  content: localizedRequired(CustomPageContentSchema),
  ...publishWindowEntries,
  ...audienceEntries,
};

/**
 * A free page of the portal, reached by its slug (`/page/opening-hours`). The portal shows it
 * while it is `valid` and inside its optional publish window (`visibleFrom`, `visibleUntil`).
 */
export const CustomPageSchema = v.pipe(v.object(customPageEntries), publishWindowCheck());
/** See {@link CustomPageSchema}. */
export type CustomPage = v.InferOutput<typeof CustomPageSchema>;

/** What an editor sends to create or update a custom page (the store sets id, version, updatedAt). */
export const CustomPageInputSchema = v.pipe(v.omit(v.object(customPageEntries), STORED_KEYS), publishWindowCheck());
/** See {@link CustomPageInputSchema}. */
export type CustomPageInput = v.InferOutput<typeof CustomPageInputSchema>;
