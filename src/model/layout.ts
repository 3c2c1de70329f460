import * as v from 'valibot';
import { AssetReferenceSchema } from './asset.js';
import { CssColorSchema, SlugSchema, STORED_KEYS, storedRecordEntries } from './common.js';
import { localized } from './localized.js';

/** Texts of the layout, per language. */
export const LayoutContentSchema = v.object({
  /** Alt text of the logo (usually the organisation's name). */
  logoAlt: v.pipe(v.string(), v.maxLength(200)),
});
/** See {@link LayoutContentSchema}. */
export type LayoutContent = v.InferOutput<typeof LayoutContentSchema>;

/** How many custom pages the main navigation may link to. */
export const MAX_MENU_PAGES = 12;

/** The portal's look and feel. */
export const LayoutSettingsSchema = v.object({
  ...storedRecordEntries,
  /** Shown top-left (top-right in right-to-left languages); PNG recommended. */
  logo: v.nullable(AssetReferenceSchema),
  /** Shown in the browser tab. */
  favicon: v.nullable(AssetReferenceSchema),
  /** Used where a person has no picture. */
  defaultAvatar: v.nullable(AssetReferenceSchema),
  /** Any CSS colour; derived shades keep WCAG AA contrast. */
  primaryColor: CssColorSchema,
  /** Any CSS colour; derived shades keep WCAG AA contrast. */
  accentColor: CssColorSchema,
  /** The admin's CSS, scoped under the portal root and stripped of anything that loads or runs code before use. */
  customCss: v.pipe(v.string(), v.maxLength(100_000, 'Custom CSS has at most 100,000 characters')),
  /** Texts per language (logo alt text). */
  content: localized(LayoutContentSchema),
  /**
   * Slugs of the custom pages the main navigation links to, in menu order. Only pages that are
   * valid at the time are shown. Absent (as in settings stored before the field existed): none.
   */
  menuPages: v.optional(
    v.pipe(
      v.array(SlugSchema),
      v.maxLength(MAX_MENU_PAGES, `The menu has at most ${MAX_MENU_PAGES} pages`),
      v.check((slugs) => new Set(slugs).size === slugs.length, 'A page is in the menu once'),
    ),
  ),
});
/** See {@link LayoutSettingsSchema}. */
export type LayoutSettings = v.InferOutput<typeof LayoutSettingsSchema>;

/** What the layout editor saves. */
export const LayoutSettingsInputSchema = v.omit(LayoutSettingsSchema, STORED_KEYS);
/** See {@link LayoutSettingsInputSchema}. */
export type LayoutSettingsInput = v.InferOutput<typeof LayoutSettingsInputSchema>;
