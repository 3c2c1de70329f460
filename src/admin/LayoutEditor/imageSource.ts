import { toSafeHref } from '../../security/toSafeHref.js';

const DATA_IMAGE = /^data:image\/(?:png|jpeg|webp|gif|svg\+xml|x-icon|vnd\.microsoft\.icon);base64,[a-z\d+/]+=*$/i;

/** An asset URL fit for `<img src>`: http(s), a path on this site, or a base64 image `data:` URL. */
export function toImageSource(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  if (DATA_IMAGE.test(url)) return url;
  return toSafeHref(url, { schemes: ['http', 'https'] });
}
