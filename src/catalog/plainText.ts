// Rich text as plain text, for searching and excerpts. The result is only ever compared or
// rendered as text (escaped by React), never put into the DOM as HTML.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
};

// Elements whose content is not text a reader sees.
const HIDDEN_ELEMENTS = /<(script|style|template|noscript|iframe|object|svg|math)\b[^]*?<\/\1\s*>/gi;
const HAS_HIDDEN_ELEMENT = /<(script|style|template|noscript|iframe|object|svg|math)\b/i;
const COMMENTS = /<!--[^]*?-->/g;
// Inline elements join the text around them ("<b>lap</b>top" is one word); every other tag
// separates words when rendered, so it becomes a space.
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins']);
const TAGS = /<\/?([a-z][a-z\d-]*)[^>]*>/gi;
const ENTITIES = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi;

function decodeEntity(match: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

const replaceTag = (_tag: string, name: string) => (INLINE.has(name.toLowerCase()) ? '' : ' ');

const INLINE_TAGS = new RegExp(`<\\/?(?:${[...INLINE].join('|')})(?:\\s[^>]*)?>`, 'gi');
const ANY_TAG = /<[^>]*>/g;

/**
 * The words of `html` for a search index: like {@link htmlToPlainText}, but without collapsing
 * white space and with two plain replacements instead of one per tag, which matters when ten
 * thousand texts are indexed. Not for display.
 */
export function htmlToSearchText(html: string): string {
  let text = html;
  if (text.includes('<')) {
    if (text.includes('<!--')) text = text.replace(COMMENTS, ' ');
    if (HAS_HIDDEN_ELEMENT.test(text)) text = text.replace(HIDDEN_ELEMENTS, ' ');
    text = text.replace(INLINE_TAGS, '').replace(ANY_TAG, ' ');
  }
  if (text.includes('&')) text = text.replace(ENTITIES, decodeEntity);
  return text;
}

/** The words a reader sees in `html`, separated by single spaces: `<p>Hello&nbsp;<b>world</b></p>` → `Hello world`. */
export function htmlToPlainText(html: string): string {
  let text = html;
  // Each pass runs only when its syntax occurs: indexing ten thousand texts stays fast.
  if (text.includes('<')) {
    if (text.includes('<!--')) text = text.replace(COMMENTS, ' ');
    if (HAS_HIDDEN_ELEMENT.test(text)) text = text.replace(HIDDEN_ELEMENTS, ' ');
    text = text.replace(TAGS, replaceTag);
  }
  if (text.includes('&')) text = text.replace(ENTITIES, decodeEntity);
  return text.replace(/\s+/g, ' ').trim();
}
