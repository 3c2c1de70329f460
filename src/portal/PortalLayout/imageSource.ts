import { toSafeHref } from '../../security/toSafeHref.js';

// Raster and SVG images only: an SVG drawn by <img> runs no script.
const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml|x-icon|vnd\.microsoft\.icon)[;,]/i;

/**
 * An image address from data (a logo, an avatar, a favicon) that may be put into `src`: https
 * and http URLs, paths on this site, `data:image/…` and `blob:` URLs. `undefined` for anything
 * else (`javascript:`, `data:text/html`, obfuscated schemes).
 */
export function toSafeImageSource(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  if (IMAGE_DATA_URL.test(url)) return url;
  if (/^blob:https?:\/\/[^\s]+$/i.test(url)) return url;
  return toSafeHref(url, { schemes: ['http', 'https'] });
}
