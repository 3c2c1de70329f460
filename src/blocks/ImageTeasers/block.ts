import * as v from 'valibot';
import { AssetReferenceSchema } from '../../model/asset.js';
import { CssColorSchema, HrefSchema, IdSchema } from '../../model/common.js';
import { defineBlock } from '../../model/homePage.js';
import { localized } from '../../model/localized.js';
import { publishWindowCheck, publishWindowEntries } from '../../model/schedule.js';

/** One teaser of the row; shown while inside its optional publish window. */
export const ImageTeaserSchema = v.pipe(
  v.object({
    /** Stable id (React key, reordering). */
    id: IdSchema,
    /** The teaser's picture. */
    image: v.nullable(AssetReferenceSchema),
    /** Where the teaser leads. */
    href: v.optional(HrefSchema),
    /** Custom background colour. */
    backgroundColor: v.optional(CssColorSchema),
    /** Custom text colour. */
    textColor: v.optional(CssColorSchema),
    /** Texts per language. */
    content: localized(
      v.object({
        /** The teaser's heading. */
        title: v.pipe(v.string(), v.maxLength(200)),
        /** A short text. */
        text: v.optional(v.pipe(v.string(), v.maxLength(500))),
        /** Alt text of the image; empty when decorative. */
        imageAlt: v.optional(v.pipe(v.string(), v.maxLength(500))),
      }),
    ),
    ...publishWindowEntries,
  }),
  publishWindowCheck(),
);
/** See {@link ImageTeaserSchema}. */
export type ImageTeaser = v.InferOutput<typeof ImageTeaserSchema>;

/** Settings of the image teasers block: a row of teasers, in order. */
export const ImageTeasersPropsSchema = v.object({
  /** The teasers, in display order. */
  teasers: v.pipe(
    v.array(ImageTeaserSchema),
    v.maxLength(12, 'At most 12 teasers'),
    v.check((teasers) => new Set(teasers.map((teaser) => teaser.id)).size === teasers.length, 'Each teaser needs its own id'),
  ),
});
/** See {@link ImageTeasersPropsSchema}. */
export type ImageTeasersBlockProps = v.InferOutput<typeof ImageTeasersPropsSchema>;

/** The image teasers block. */
export const imageTeasersBlock = defineBlock({
  type: 'image-teasers',
  schema: ImageTeasersPropsSchema,
  defaultProps: (): ImageTeasersBlockProps => ({ teasers: [] }),
});
