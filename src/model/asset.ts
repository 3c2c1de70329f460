import * as v from 'valibot';
import { IdSchema } from './common.js';

/** Image types the portal accepts for uploads (logo, favicon, avatars, teasers). */
export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'image/gif', 'image/x-icon', 'image/vnd.microsoft.icon'] as const;

/**
 * A file the asset adapter stored (usually an image): where it is served from and what it is.
 * Records refer to assets by embedding this reference.
 */
export const AssetReferenceSchema = v.object({
  /** The asset store's id. */
  id: IdSchema,
  /** Where the file is served: an absolute URL, a path, or a `data:` URL. */
  url: v.pipe(v.string(), v.minLength(1, 'An asset needs a URL'), v.maxLength(2_000_000)),
  /** The media type, e.g. `image/png`. */
  mediaType: v.pipe(v.string(), v.regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'Expected a media type such as "image/png"')),
  /** Size in bytes. */
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Intrinsic width in pixels, for images. */
  width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Intrinsic height in pixels, for images. */
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** The original file name. */
  name: v.optional(v.pipe(v.string(), v.maxLength(255))),
});
/** See {@link AssetReferenceSchema}. */
export type AssetReference = v.InferOutput<typeof AssetReferenceSchema>;
