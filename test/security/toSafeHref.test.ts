import { describe, expect, it } from 'vitest';
import { isRelativeHref, toSafeHref } from '../../src/security/toSafeHref.js';
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

  it('refuses what is not a string or is absurdly long', () => {
    expect(toSafeHref(undefined as unknown as string)).toBeUndefined();
    expect(toSafeHref(`/${'a'.repeat(5000)}`)).toBeUndefined();
  });
});
