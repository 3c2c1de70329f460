// @vitest-environment node
// Runs where a host's server renders: plain Node, DOMPurify on jsdom (isomorphic-dompurify's
// node build). The e2e CSP test checks that Chromium produces the same output.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/security/sanitizeHtml.js';
import { expectInertDom, parseBody } from './domAssertions.js';
import hostile from './fixtures/hostile-html.json';

const expectedFile = new URL('./fixtures/sanitized-html.json', import.meta.url);

const richText = `<h2>Opening hours</h2>
<p>We are open <strong>Monday</strong> to <em>Friday</em>, see <a href="/page/holidays">holidays</a> or
<a href="https://status.example.com/" target="_blank" rel="noopener noreferrer">our status page</a>.
Call <a href="tel:+49-30-1234567">+49 30 1234567</a> or <a href="mailto:help@example.com">write</a>.</p>
<h3>Contact</h3>
<ul><li>Phone</li><li>Email<ol start="3" reversed=""><li><s>Fax</s></li></ol></li></ul>
<blockquote cite="https://example.com/quote"><p>Fast and friendly.</p></blockquote>
<figure><img src="https://cdn.example.com/team.jpg" alt="Our team" width="320" height="200"><figcaption>The team</figcaption></figure>
<table><caption>Times</caption><thead><tr><th scope="col">Day</th><th scope="col">Hours</th></tr></thead>
<tbody><tr><td>Mon</td><td colspan="1">8–18</td></tr></tbody></table>
<pre><code>ticket --list</code></pre><p lang="de" dir="ltr">Hallo <mark>neu</mark> <code>x &lt; y</code><br>H<sub>2</sub>O, E=mc<sup>2</sup> <abbr title="as soon as possible">ASAP</abbr></p><hr>`;

describe('sanitizeHtml', () => {
  describe(`given ${hostile.length} hostile inputs from public references`, () => {
    it('has at least 100 of them', () => {
      expect(hostile.length).toBeGreaterThanOrEqual(100);
    });

    it.each(hostile.map((entry, index) => [index, entry.source, entry.html] as const))(
      '#%i (%s) leaves a DOM that runs nothing: %s',
      (index, _source, html) => {
        const clean = sanitizeHtml(html);
        expectInertDom(parseBody(clean), `#${index}`);
        // Re-parsing what the browser would serialize again changes nothing (no mutation XSS).
        expect(sanitizeHtml(parseBody(clean).innerHTML)).toBe(clean);
        expect(sanitizeHtml(clean), 'idempotent').toBe(clean);
      },
    );

    it('gives the output recorded for the browser parity check', () => {
      const outputs = hostile.map((entry) => sanitizeHtml(entry.html));
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(outputs, null, 1)}\n`);
      expect(outputs).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  });

  describe('given benign rich text', () => {
    it('keeps every heading, paragraph, list, link, image, table, quote and code element', () => {
      const clean = sanitizeHtml(richText);
      expect(clean).toBe(parseBody(richText).innerHTML);
      const body = parseBody(clean);
      expect(body.querySelectorAll('h2, h3, p, ul, ol, li, blockquote, figure, img, table, th, td, pre, code, a')).toHaveLength(
        parseBody(richText).querySelectorAll('h2, h3, p, ul, ol, li, blockquote, figure, img, table, th, td, pre, code, a').length,
      );
      expect(body.querySelector('a[target]')?.getAttribute('rel')).toBe('noopener noreferrer');
      expect(body.querySelector('img')?.getAttribute('alt')).toBe('Our team');
    });

    it('leaves text that merely mentions handlers or styles alone', () => {
      const text = '<p>Set onload=init and style=compact in <code>config.ini</code>; a &lt;img onerror=x&gt; tag is code.</p>';
      expect(sanitizeHtml(text)).toBe(text);
    });

    it('keeps plain text and escapes what only looks like markup', () => {
      expect(sanitizeHtml('1 < 2 & 3 > 2')).toBe('1 &lt; 2 &amp; 3 &gt; 2');
      expect(sanitizeHtml('')).toBe('');
    });
  });

  describe('when a link or image points somewhere', () => {
    const hrefOf = (html: string) => parseBody(sanitizeHtml(html)).querySelector('a, img, blockquote');

    it('normalizes allowed URLs and drops the attribute of refused ones, keeping the text', () => {
      expect(hrefOf('<a href="HTTPS://Example.COM/a">x</a>')?.getAttribute('href')).toBe('https://example.com/a');
      const refused = parseBody(sanitizeHtml('<a href="javascript:alert(1)">read more</a>'));
      expect(refused.querySelector('a')?.hasAttribute('href')).toBe(false);
      expect(refused.textContent).toBe('read more');
    });

    it('keeps base64 PNG, JPEG, GIF and WebP images (uploads of the bundled stores) and paths', () => {
      for (const type of ['png', 'jpeg', 'gif', 'webp']) {
        const src = `data:image/${type};base64,iVBORw0KGgo=`;
        expect(hrefOf(`<img src="${src}" alt="dot">`)?.getAttribute('src')).toBe(src);
      }
      expect(hrefOf('<img src="/assets/a.png" alt="a">')?.getAttribute('src')).toBe('/assets/a.png');
    });

    it.each([
      ['SVG, percent-encoded', `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')}`],
      ['SVG, base64', 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4='],
      ['HTML', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
      ['a raster type not on the list', 'data:image/bmp;base64,Qk0='],
      ['a PNG that is not base64', 'data:image/png,%89PNG'],
      ['a PNG with a parameter', 'data:image/png;charset=utf-8;base64,iVBORw0KGgo='],
      ['an upper-case scheme', 'DATA:image/png;base64,iVBORw0KGgo='],
    ])('refuses %s data: URLs for images', (_what, src) => {
      const image = hrefOf(`<img src="${src}" alt="x">`);
      expect(image?.hasAttribute('src')).toBe(false);
      expect(image?.getAttribute('alt')).toBe('x');
    });

    it('refuses image data: URLs everywhere but in img src', () => {
      const png = 'data:image/png;base64,iVBORw0KGgo=';
      const body = parseBody(sanitizeHtml(`<a href="${png}">open</a><blockquote cite="${png}">q</blockquote><q cite="${png}">q</q>`));
      expect(body.querySelector('a')?.hasAttribute('href')).toBe(false);
      expect(body.querySelector('blockquote')?.hasAttribute('cite')).toBe(false);
      expect(body.querySelector('q')?.hasAttribute('cite')).toBe(false);
    });

    it('refuses mailto: and tel: where only a resource makes sense', () => {
      expect(hrefOf('<img src="mailto:a@example.com" alt="x">')?.hasAttribute('src')).toBe(false);
      expect(hrefOf('<blockquote cite="tel:123">x</blockquote>')?.hasAttribute('cite')).toBe(false);
    });

    it('adds rel="noopener noreferrer" to new-tab links and removes every other target', () => {
      const body = parseBody(sanitizeHtml('<a href="/a" target="_blank" rel="opener">a</a><a href="/b" target="_top">b</a><a href="/c" target="portal">c</a>'));
      const [a, b, c] = Array.from(body.querySelectorAll('a'));
      expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
      expect(b?.hasAttribute('target')).toBe(false);
      expect(c?.hasAttribute('target')).toBe(false);
    });
  });

  it('gives the same clean output when the same hostile input comes again, long after and between others', { timeout: 120_000 }, () => {
    const first = hostile.map((entry) => sanitizeHtml(entry.html));
    // More distinct inputs than the sanitizer keeps, so the early ones are sanitized anew.
    for (let index = 0; index < 260; index += 1) expect(sanitizeHtml(`<p>${index}<img src=x onerror=alert(${index})></p>`)).toBe(`<p>${index}<img src="x"></p>`);
    const again = hostile.map((entry) => sanitizeHtml(entry.html));
    expect(again).toEqual(first);
    again.forEach((clean, index) => expectInertDom(parseBody(clean), `#${index}`));
    // Inputs that differ in one character never share an output.
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitizeHtml('<a href="javascript:alert(2)">x</a>')).toBe('<a>x</a>');
    expect(sanitizeHtml('<a href="/javascript:alert(1)">x</a>')).toBe('<a href="/javascript:alert(1)">x</a>');
  });

  it('leaves hooks on the shared DOMPurify instance alone after each call', async () => {
    const { default: DOMPurify } = await import('isomorphic-dompurify');
    sanitizeHtml('<a href="javascript:x" target="_top">x</a>');
    // Our URL hook would drop ftp:, so a kept ftp: link shows the hook is gone again.
    expect(DOMPurify.sanitize('<a href="ftp://example.com/f">x</a>')).toBe('<a href="ftp://example.com/f">x</a>');
  });
});
