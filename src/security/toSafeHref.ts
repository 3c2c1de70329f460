/** Schemes a link may use. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** `scheme:` at the start, as the URL standard recognises one. */
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

// Browsers drop tabs and newlines anywhere in a URL and trim C0 controls and spaces at its
// ends, so `java\tscript:` runs. We refuse them (and every other invisible character)
// instead of repairing them: a link an admin typed never needs one.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb]/;

/** An HTML character reference (`&#106;`, `&#x6a;`, `&colon;`): the string was meant for HTML, not a URL. */
const CHARACTER_REFERENCE = /&(?:#\d|#x[\da-f]|[a-z][a-z\d]*;)/i;

const MAX_LENGTH = 4096;

/** A phone number as RFC 3966 writes it: digits, `+`, visual separators and `;name=value` parameters. */
const TEL = /^tel:\+?[\d\-.()]+(?:;[a-z\d-]+(?:=[\w\-.%+]+)?)*$/i;

export interface SafeHrefOptions {
  /** Schemes to accept besides relative URLs. @default ['http', 'https', 'mailto', 'tel'] */
  schemes?: ReadonlyArray<'http' | 'https' | 'mailto' | 'tel'> | undefined;
}

/** Decodes percent escapes where they are valid; leaves the rest as it is. */
function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/**
 * A normalized href for `http:`, `https:`, `mailto:` and `tel:` URLs, relative paths,
 * `?query` and `#fragment`; `undefined` for anything else.
 *
 * Refused, on purpose, even where a browser would repair them: control characters and
 * whitespace anywhere (leading, trailing or embedded — trim an admin's input before), HTML
 * character references (`&#106;avascript:`), backslashes, scheme-relative URLs (`//host`,
 * `///host`, `/\host`: write `https://host` instead), credentials (`https://bank@evil.example`),
 * and relative URLs that percent-decode to a scheme (`javascript%3A…`). Schemes are matched
 * without regard to case.
 *
 * Absolute URLs come back serialized by the URL standard (`HTTPS://Example.COM` →
 * `https://example.com/`); relative ones come back unchanged.
 */
export function toSafeHref(url: string, options: SafeHrefOptions = {}): string | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_LENGTH) return undefined;
  // The answer depends on the URL and the schemes alone: every link of a page asks again on
  // every render, so recent answers are kept (bounded, the oldest dropped first).
  // The schemes as JSON (never a raw line break) before the first line break: one key per pair.
  const key = `${options.schemes ? JSON.stringify(options.schemes) : 'null'}\n${url}`;
  let answer = recentAnswers.get(key);
  if (answer === undefined) {
    answer = checkHref(url, options) ?? null;
    if (recentAnswers.size >= RECENT_LIMIT) recentAnswers.delete(recentAnswers.keys().next().value as string);
    recentAnswers.set(key, answer);
  }
  return answer ?? undefined;
}

const RECENT_LIMIT = 1000;
const recentAnswers = new Map<string, string | null>();
const INVISIBLE_EVERYWHERE = new RegExp(INVISIBLE.source, 'g');

function checkHref(url: string, options: SafeHrefOptions): string | undefined {
  if (INVISIBLE.test(url) || CHARACTER_REFERENCE.test(url) || url.includes('\\')) return undefined;

  const allowed = options.schemes ? new Set<string>(options.schemes) : LINK_SCHEMES;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();

  if (scheme === undefined) {
    if (url.startsWith('//')) return undefined;
    // `javascript%3Aalert(1)` is a harmless relative path today, but it turns into code the
    // moment anything decodes it; a real path never needs an encoded scheme.
    const decoded = percentDecode(url).replace(INVISIBLE_EVERYWHERE, '');
    if (decoded.includes('\\') || SCHEME.test(decoded) || decoded.startsWith('//')) {
      return undefined;
    }
    return url;
  }

  if (!allowed.has(scheme)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (scheme === 'http' || scheme === 'https') {
    // `https:example.com` or `https:/example.com` parse, but nobody means them.
    if (!/^https?:\/\/[^/]/i.test(url) || parsed.hostname === '') return undefined;
    if (parsed.username !== '' || parsed.password !== '') return undefined;
  } else if (parsed.pathname === '' || parsed.host !== '') {
    return undefined;
  } else if (scheme === 'tel' && !TEL.test(parsed.href)) {
    return undefined;
  }
  return parsed.href;
}

/** Whether `href` (as `toSafeHref` returns it) points into the host app: a path, query or fragment. */
export function isRelativeHref(href: string): boolean {
  return !SCHEME.test(href);
}

/**
 * A `data:` URL of a raster image, base64-encoded: the format the bundled stores' asset
 * adapters return for an uploaded image. Only PNG, JPEG, GIF and WebP: they are pixels, and a
 * browser decodes them as nothing else. SVG (a document that can carry script and links, and
 * whose percent-encoded text is hard to check), `data:text/html` and every other media type
 * stay refused, as do parameters (`;charset=`), anything but base64 characters, and an
 * upper-case `DATA:` (DOMPurify would drop it as an unknown scheme).
 */
const RASTER_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z\d+/]+={0,2}$/;

/** The longest `data:` image accepted, in characters (as long as an asset's URL may be). */
const MAX_DATA_URL_LENGTH = 2_000_000;

/**
 * A URL fit for `<img src>` in rich text: `http:`, `https:` and relative URLs as
 * {@link toSafeHref} accepts them, and base64 `data:` URLs of PNG, JPEG, GIF or WebP images
 * (what the bundled stores return for an upload; the page's `img-src` must list `data:`).
 * `undefined` for anything else, SVG `data:` URLs included.
 */
export function toSafeImageSrc(url: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  if (url.length <= MAX_DATA_URL_LENGTH && RASTER_DATA_URL.test(url)) return url;
  return toSafeHref(url, { schemes: ['http', 'https'] });
}
