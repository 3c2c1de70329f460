import { describe, expect, it } from 'vitest';
import { isRelativeHref, toSafeHref, toSafeImageSrc } from '../../src/security/toSafeHref.js';
import { parseBody, protocolOf } from './domAssertions.js';
import urls from './fixtures/urls.json';

/** Puts a URL into an anchor the way React does (attribute value escaped) and reads back what a browser would follow. */
function anchorFor(href: string | undefined) {
  const body = parseBody('<a>link</a>');
  const anchor = body.querySelector('a') as HTMLAnchorElement;
  if (href !== undefined) anchor.setAttribute('href', href);
  return anchor;
}

describe('toSafeHref', () => {
  describe(`given ${urls.hostile.length} hostile URLs from public references`, () => {
    it('has at least 40 of them', () => {
      expect(urls.hostile.length).toBeGreaterThanOrEqual(40);
    });

    it.each(urls.hostile.map((entry) => [entry.source, entry.url] as const))('(%s) refuses %j', (_source, url) => {
      const href = toSafeHref(url);
      expect(href).toBeUndefined();
      // What reaches the DOM: an anchor without a destination.
      expect(anchorFor(href).hasAttribute('href')).toBe(false);
    });
  });

  describe('given benign URLs', () => {
    it.each(urls.benign.map((entry) => [entry.url, entry.expected] as const))('accepts %j as %j', (url, expected) => {
      const href = toSafeHref(url);
      expect(href).toBe(expected);
      const anchor = anchorFor(href);
      expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(protocolOf(anchor.getAttribute('href') ?? ''));
    });
  });

  it('keeps relative URLs unchanged and tells them apart from absolute ones', () => {
    expect(isRelativeHref(toSafeHref('/page/a') ?? '')).toBe(true);
    expect(isRelativeHref(toSafeHref('#top') ?? '')).toBe(true);
    expect(isRelativeHref(toSafeHref('https://example.com') ?? '')).toBe(false);
    expect(isRelativeHref(toSafeHref('mailto:a@example.com') ?? '')).toBe(false);
  });

  it('narrows the schemes when asked (images: http and https only)', () => {
    expect(toSafeHref('mailto:a@example.com', { schemes: ['http', 'https'] })).toBeUndefined();
    expect(toSafeHref('https://example.com/a.png', { schemes: ['http', 'https'] })).toBe('https://example.com/a.png');
  });

  it('answers each URL for the schemes asked, however often and in whatever order it is asked', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(toSafeHref('mailto:a@example.com')).toBe('mailto:a@example.com');
      expect(toSafeHref('mailto:a@example.com', { schemes: ['http', 'https'] })).toBeUndefined();
      expect(toSafeHref('https://example.com/x', { schemes: [] })).toBeUndefined();
      expect(toSafeHref('https://example.com/x')).toBe('https://example.com/x');
      expect(toSafeHref('/a b')).toBeUndefined();
      expect(toSafeHref('javascript:alert(1)', { schemes: ['http'] })).toBeUndefined();
    }
  });

  it('refuses what is not a string or is absurdly long', () => {
    expect(toSafeHref(undefined as unknown as string)).toBeUndefined();
    expect(toSafeHref(`/${'a'.repeat(5000)}`)).toBeUndefined();
  });
});

describe('toSafeImageSrc', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

  it('accepts base64 PNG, JPEG, GIF and WebP data URLs unchanged, as the bundled stores return uploads', () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp']) {
      const url = `data:image/${type};base64,${png.split(',')[1]}`;
      expect(toSafeImageSrc(url)).toBe(url);
    }
  });

  it('accepts what toSafeHref accepts for images, and nothing more', () => {
    expect(toSafeImageSrc('HTTPS://CDN.Example.com/a.png')).toBe('https://cdn.example.com/a.png');
    expect(toSafeImageSrc('/assets/a.png')).toBe('/assets/a.png');
    expect(toSafeImageSrc('mailto:a@example.com')).toBeUndefined();
    expect(toSafeImageSrc('tel:+4930123')).toBeUndefined();
  });

  it.each([
    ['an SVG image, percent-encoded', `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')}`],
    ['an SVG image, base64', `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')}`],
    ['HTML', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['HTML, plain', 'data:text/html,<script>alert(1)</script>'],
    ['a script', 'data:text/javascript;base64,YWxlcnQoMSk='],
    ['no media type', 'data:;base64,iVBORw0KGgo='],
    ['a raster type not on the list', 'data:image/bmp;base64,Qk0='],
    ['an icon', 'data:image/x-icon;base64,AAABAAEA'],
    ['a PNG that is not base64', 'data:image/png,%89PNG'],
    ['a PNG with a parameter', 'data:image/png;charset=utf-8;base64,iVBORw0KGgo='],
    ['a PNG whose payload is not base64', 'data:image/png;base64,iVBO"><script>alert(1)</script>'],
    ['a PNG with whitespace in the payload', 'data:image/png;base64,iVBO Rw0KGgo='],
    ['a PNG with the payload missing', 'data:image/png;base64,'],
    ['an upper-case scheme', 'DATA:image/png;base64,iVBORw0KGgo='],
    ['a media type smuggled in front', 'data:text/html;image/png;base64,iVBORw0KGgo='],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('refuses %s', (_what, url) => {
    expect(toSafeImageSrc(url)).toBeUndefined();
  });

  it('refuses every hostile URL of the corpus except the one base64 PNG', () => {
    const accepted = urls.hostile.map((entry) => entry.url).filter((url) => toSafeImageSrc(url) !== undefined);
    expect(accepted).toEqual(['data:image/png;base64,iVBORw0KGgo=']);
  });

  it('answers each URL for the schemes asked, however often and in whatever order it is asked', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(toSafeHref('mailto:a@example.com')).toBe('mailto:a@example.com');
      expect(toSafeHref('mailto:a@example.com', { schemes: ['http', 'https'] })).toBeUndefined();
      expect(toSafeHref('https://example.com/x', { schemes: [] })).toBeUndefined();
      expect(toSafeHref('https://example.com/x')).toBe('https://example.com/x');
      expect(toSafeHref('/a b')).toBeUndefined();
      expect(toSafeHref('javascript:alert(1)', { schemes: ['http'] })).toBeUndefined();
    }
  });

  it('refuses what is not a string or is absurdly long', () => {
    expect(toSafeImageSrc(undefined as unknown as string)).toBeUndefined();
    expect(toSafeImageSrc(`data:image/png;base64,${'A'.repeat(2_000_000)}`)).toBeUndefined();
  });
});
