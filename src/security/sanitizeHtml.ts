// isomorphic-dompurify gives the same DOMPurify in both places: in browsers (its `browser`
// export) DOMPurify runs on the page's own DOM; in Node (its `node` export) on a jsdom
// window. One config and one set of hooks below therefore produce the same HTML for server
// rendering and for the client, so hydration sees no difference.
import DOMPurify, { type Config, type ElementHook, type UponSanitizeAttributeHook } from 'isomorphic-dompurify';
import { toSafeHref, toSafeImageSrc } from './toSafeHref.js';

/** Elements of rich text. No forms, frames, media players, SVG, MathML, `style` or `script`. */
const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q',
  'code', 'pre', 'kbd', 'samp', 'blockquote', 'figure', 'figcaption',
  'a', 'img',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

/**
 * Attributes of rich text. No `style` (it would break layout and is blocked by a strict
 * `style-src`), no `class`/`id`/`name` (they would pick up the host's CSS or clobber its
 * DOM), no `srcset` (its URLs cannot be checked one by one), no `data-*`, no event handlers.
 */
const ALLOWED_ATTR = [
  'href', 'target', 'rel', 'title', 'lang', 'dir', 'hreflang',
  'src', 'alt', 'width', 'height', 'loading',
  'cite', 'datetime',
  'colspan', 'rowspan', 'scope', 'headers', 'span', 'abbr',
  'start', 'reversed', 'type', 'value',
];

/**
 * Attributes holding a URL, and how each is checked. `src` (only `img` has one here) also
 * takes base64 raster images (`data:image/png|jpeg|gif|webp;base64,…`): the bundled stores'
 * asset adapters return uploads in that form, and a browser decodes those bytes as pixels and
 * nothing else. SVG and every other `data:` type stay refused (see `toSafeImageSrc`).
 */
const URL_ATTRIBUTES: Record<string, (url: string) => string | undefined> = {
  href: (url) => toSafeHref(url, { schemes: ['http', 'https', 'mailto', 'tel'] }),
  src: toSafeImageSrc,
  cite: (url) => toSafeHref(url, { schemes: ['http', 'https'] }),
};

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // A second line of defence behind the hook: what DOMPurify itself lets through as a URL.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
  SANITIZE_DOM: true,
};

const checkUrlAttribute: UponSanitizeAttributeHook = (_node, event) => {
  const check = URL_ATTRIBUTES[event.attrName];
  if (check === undefined) return;
  const safe = check(event.attrValue);
  if (safe === undefined) {
    event.keepAttr = false;
  } else {
    event.attrValue = safe;
  }
};

const fixLinkTargets: ElementHook = (element) => {
  if (!element.hasAttribute('target')) return;
  // Only a new tab is a target a portal link needs; named frames, `_top` or `_parent` could
  // navigate the host's windows. A new tab never gets a handle on the portal's window.
  if (element.getAttribute('target') === '_blank' && element.hasAttribute('href')) {
    element.setAttribute('rel', 'noopener noreferrer');
  } else {
    element.removeAttribute('target');
  }
};

const STYLE_ELEMENT = /<style\b(?:[^>"']|"[^"]*"|'[^']*')*(?:>[\s\S]*?(?:<\/style\s*>|$)|$)/gi;
/** A start tag, quotes honoured: `<p title=">" onclick=x>`. */
const START_TAG = /<[a-z][^\s/>]*((?:[^>"']|"[^"]*"|'[^']*')*)(?:>|$)/gi;
/** A start tag up to the next `>`, quotes ignored: catches tags inside values, comments and raw text. */
const LOOSE_TAG = /<[a-z][^\s/>]*([^>]*)/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?/g;
const LOOSE_INLINE_ATTRIBUTE = /(^|[\s/"'])(?:on[a-z\d_-]*|style)(?=\s*=)/gi;

/**
 * Chromium reports a Content-Security-Policy violation as soon as markup with an inline
 * event handler, a `style` attribute or a `<style>` element is *parsed*, even into the inert
 * document DOMPurify parses into, where nothing runs (DOMPurify issue #900). Those reports
 * would reach the host's report endpoint for every view of hostile content. This pass renames
 * such attributes and drops `<style>` elements in the string first, so the browser never sees
 * them. It is noise reduction, not the sanitizer: everything it touches DOMPurify removes
 * anyway, and DOMPurify still checks everything it misses. It runs on the server too, so both
 * sides give the same output.
 */
function quietInlineCode(html: string): string {
  return html
    .replace(STYLE_ELEMENT, '')
    .replace(START_TAG, (tag, attributes: string) => {
      if (attributes === '') return tag;
      const quieted = attributes.replace(ATTRIBUTE, (attribute, name: string, value = '') =>
        /^(?:on|style$)/i.test(name) ? `data-hpk-dropped${value}` : attribute,
      );
      const end = tag.endsWith('>') ? '>' : '';
      return tag.slice(0, tag.length - attributes.length - end.length) + quieted + end;
    })
    .replace(LOOSE_TAG, (tag, attributes: string) =>
      tag.slice(0, tag.length - attributes.length) + attributes.replace(LOOSE_INLINE_ATTRIBUTE, '$1data-hpk-dropped'),
    );
}

/**
 * Rich text (headings, paragraphs, lists, emphasis, links, images, tables, blockquotes,
 * code) made safe to set as inner HTML. Scripts, event handlers, `style` elements and
 * attributes, iframes, objects, embeds, forms, `base`, `meta`, SVG and MathML are removed
 * (the text inside harmless wrappers is kept). Every `href`, `src` and `cite` goes through
 * `toSafeHref`: links may be http, https, mailto, tel or relative; citations http, https or
 * relative; images the same or a base64 PNG, JPEG, GIF or WebP `data:` URL (what the bundled
 * stores return for an upload; the page's `img-src` must list `data:` to show it). Every other
 * `data:` URL is refused, SVG images included. `target` survives only as `_blank`, always with
 * `rel="noopener noreferrer"`.
 *
 * DOMPurify does the parsing and cleaning; in Node it runs on jsdom, in browsers on the
 * page's DOM (see the import above), so the output is the same in both. The output is a
 * fixed point: sanitizing it again returns it unchanged.
 */
export function sanitizeHtml(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  const known = recent.get(html);
  if (known !== undefined) {
    // Most recently used last: the oldest entry is the first to go.
    recent.delete(html);
    recent.set(html, known);
    return known;
  }
  // The hooks live on the shared DOMPurify instance only for the duration of this synchronous
  // call, so a host that uses DOMPurify itself never sees them.
  DOMPurify.addHook('uponSanitizeAttribute', checkUrlAttribute);
  DOMPurify.addHook('afterSanitizeAttributes', fixLinkTargets);
  let clean: string;
  try {
    clean = DOMPurify.sanitize(quietInlineCode(html), CONFIG);
  } finally {
    DOMPurify.removeHook('afterSanitizeAttributes', fixLinkTargets);
    DOMPurify.removeHook('uponSanitizeAttribute', checkUrlAttribute);
  }
  remember(html, clean);
  return clean;
}

// The output depends on the input string alone (one fixed configuration and set of hooks), so
// the same rich text rendered again, on every request of a server or on every page of a client,
// is sanitized once. Bounded: at most RECENT_ENTRIES inputs and RECENT_CHARACTERS characters
// (inputs and outputs together), the least recently used dropped first; longer texts are not kept.
const RECENT_ENTRIES = 256;
const RECENT_CHARACTERS = 2_000_000;
const recent = new Map<string, string>();
let recentCharacters = 0;

function remember(html: string, clean: string) {
  const size = html.length + clean.length;
  if (size > RECENT_CHARACTERS / 8) return;
  recent.set(html, clean);
  recentCharacters += size;
  for (const [oldest, output] of recent) {
    if (recent.size <= RECENT_ENTRIES && recentCharacters <= RECENT_CHARACTERS) break;
    recent.delete(oldest);
    recentCharacters -= oldest.length + output.length;
  }
}
