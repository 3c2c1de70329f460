import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

/** Elements rich text may contain after sanitizing (a copy of the policy, so a widening fails here). */
export const ALLOWED_ELEMENTS = new Set(
  'h1 h2 h3 h4 h5 h6 p br hr div span ul ol li dl dt dd strong b em i u s del ins mark small sub sup abbr cite q code pre kbd samp blockquote figure figcaption a img table caption colgroup col thead tbody tfoot tr th td'.split(' '),
);
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'background', 'poster', 'data', 'dynsrc', 'lowsrc', 'xlink:href', 'srcset', 'ping'];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** The only `data:` URL an image may keep (a copy of the policy, so a widening fails here). */
const RASTER_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z\d+/]+={0,2}$/;

/** Parses HTML as a browser would put it into a page: a fresh document's body. */
export function parseBody(html: string): HTMLElement {
  return new JSDOM(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).window.document.body;
}

/** The protocol a browser would use for `value` on a page at https://portal.example/. */
export function protocolOf(value: string): string {
  return new URL(value, 'https://portal.example/page/').protocol;
}

/**
 * Asserts that a parsed fragment can run nothing and load nothing dangerous: only rich-text
 * elements, no event handler or style attribute, every URL attribute http(s), mailto, tel or
 * relative once the parser has decoded it (an image may also be a base64 PNG, JPEG, GIF or
 * WebP), and every `target` a new tab without an opener.
 */
export function expectInertDom(body: HTMLElement, label: string) {
  for (const element of Array.from(body.querySelectorAll('*'))) {
    const name = element.localName;
    expect(ALLOWED_ELEMENTS.has(name), `${label}: <${name}> survived`).toBe(true);
    expect(element.namespaceURI, `${label}: foreign content`).toBe('http://www.w3.org/1999/xhtml');
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.name.toLowerCase();
      expect(attributeName.startsWith('on'), `${label}: ${attributeName} on <${name}>`).toBe(false);
      expect(['style', 'class', 'id', 'name', 'srcset', 'formaction', 'action', 'background', 'ping'], `${label}: ${attributeName}`).not.toContain(attributeName);
      // A base64 raster image is pixels only: the one data: URL rich text may keep.
      const rasterImage = name === 'img' && attributeName === 'src' && RASTER_DATA_URL.test(attribute.value);
      if (URL_ATTRIBUTES.includes(attributeName) && !rasterImage) {
        expect(SAFE_PROTOCOLS.has(protocolOf(attribute.value)), `${label}: ${attributeName}="${attribute.value}"`).toBe(true);
        expect(attribute.value, `${label}: scheme-relative ${attributeName}`).not.toMatch(/^[\\/]{2}/);
      }
    }
    if (element.hasAttribute('target')) {
      expect(element.getAttribute('target'), label).toBe('_blank');
      expect(element.getAttribute('rel')?.split(' '), label).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }
}
