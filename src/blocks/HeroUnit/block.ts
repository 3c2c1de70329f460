import * as v from 'valibot';
import { AssetReferenceSchema } from '../../model/asset.js';
import { CssColorSchema, HrefSchema } from '../../model/common.js';
import { defineBlock } from '../../model/homePage.js';
import { localized } from '../../model/localized.js';

/** How text laid over the hero image stays readable. */
export const HERO_OVERLAYS = ['none', 'dark-scrim', 'light-scrim', 'gradient'] as const;
/** See {@link HERO_OVERLAYS}. */
export type HeroOverlay = (typeof HERO_OVERLAYS)[number];

/** One language of the hero unit. */
export const HeroUnitContentSchema = v.object({
  /** The large heading. */
  title: v.pipe(v.string(), v.maxLength(200)),
  /** A line under the title. */
  subtitle: v.optional(v.pipe(v.string(), v.maxLength(300))),
  /** A short paragraph. */
  text: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  /** Text of the call-to-action link. */
  ctaLabel: v.optional(v.pipe(v.string(), v.maxLength(100))),
  /** Alt text of the image; empty when the image is decorative. */
  imageAlt: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

/** Settings of the hero unit: a large banner with an image or a background colour. */
export const HeroUnitPropsSchema = v.object({
  /** The banner image; without one, `backgroundColor` (or the theme's primary colour) fills the banner. */
  image: v.nullable(AssetReferenceSchema),
  /** Background colour when there is no image. */
  backgroundColor: v.optional(CssColorSchema),
  /** Text colour; derived from the background for contrast when absent. */
  textColor: v.optional(CssColorSchema),
  /** Overlay between image and text. @default 'dark-scrim' */
  overlay: v.picklist(HERO_OVERLAYS),
  /** Destination of the call-to-action link; the link is shown only with a label. */
  ctaHref: v.optional(HrefSchema),
  /** Texts per language. */
  content: localized(HeroUnitContentSchema),
});
/** See {@link HeroUnitPropsSchema}. */
export type HeroUnitBlockProps = v.InferOutput<typeof HeroUnitPropsSchema>;

/** The hero unit block. */
export const heroUnitBlock = defineBlock({
  type: 'hero-unit',
  schema: HeroUnitPropsSchema,
  defaultProps: (): HeroUnitBlockProps => ({ image: null, overlay: 'dark-scrim', content: {} }),
  maxPerPage: 1,
});
