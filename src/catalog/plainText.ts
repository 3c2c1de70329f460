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

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

const isNameCode = (code: number) => {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
};
// What may follow a tag's name: its end or white space before attributes.
const isNameEnd = (code: number) => code === 0x3e || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

/**
 * `text` with each tag from `<` to the next `>` dropped (inline tags) or made a space (any
 * other), in one scan from tag to tag; `undefined` if `stopAtHidden` and an element whose
 * content is hidden (a script, a style) opens.
 */
function replaceTags(text: string, stopAtHidden: boolean): string | undefined {
  let result = '';
  let copiedTo = 0;
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', copiedTo)) {
    const close = text.indexOf('>', at + 1);
    if (close === -1) break;
    let nameStart = at + 1;
    if (text.charCodeAt(nameStart) === 0x2f) nameStart += 1;
    let nameEnd = nameStart;
    while (isNameCode(text.charCodeAt(nameEnd))) nameEnd += 1;
    const name = nameEnd > nameStart && isNameEnd(text.charCodeAt(nameEnd)) ? text.slice(nameStart, nameEnd).toLowerCase() : '';
    if (stopAtHidden && HIDDEN.has(name)) return undefined;
    result += text.slice(copiedTo, at);
    if (!INLINE.has(name)) result += ' ';
    copiedTo = close + 1;
  }
  return copiedTo === 0 ? text : result + text.slice(copiedTo);
}

/**
 * The words of `html` for a search index: like {@link htmlToPlainText}, but without collapsing
 * white space, and with one scan from tag to tag instead of an expression per kind of tag,
 * which matters when ten thousand texts are indexed. Not for display.
 */
export function htmlToSearchText(html: string): string {
  let text = html;
  if (text.includes('<')) {
    if (text.includes('<!--')) text = text.replace(COMMENTS, ' ');
    // Elements with hidden content are rare: only then is the text scanned for them.
    text = replaceTags(text, true) ?? (replaceTags(text.replace(HIDDEN_ELEMENTS, ' '), false) as string);
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
