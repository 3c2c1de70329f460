import { parse, type Root } from 'postcss';
import { describe, expect, it } from 'vitest';
import { sanitizeCss, unescapeCss } from '../../src/security/sanitizeCss.js';
import { parseBody } from './domAssertions.js';
import css from './fixtures/css.json';

const scope = '[data-hpk-root]';
const allowedOrigins = ['https://cdn.example.com'];
const ALLOWED_AT_RULES = new Set(['media', 'supports', 'container', 'starting-style', 'keyframes', '-webkit-keyframes']);

/** The URLs a declaration value would load, read from the parsed value after CSS unescaping. */
function urlsIn(value: string): string[] {
  const decoded = unescapeCss(value);
  return [...decoded.matchAll(/(?:url|src)\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)|image-set\(\s*"([^"]*)"/gi)].map((match) =>
    (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim(),
  );
}

/** Whether a top-level selector can only match the scope root or its descendants. */
function isScoped(selector: string): boolean {
  return selector === scope || selector.startsWith(`${scope} `) || selector.startsWith(`${scope}.`) || selector.startsWith(`${scope}:`) || selector.startsWith(`${scope}[`);
}

/**
 * Asserts on the parsed stylesheet: every top-level selector inside the scope and not via a
 * sibling combinator out of it, only harmless at-rules, no code-running property or
 * function, every URL relative or on an allowed origin; and on the DOM: put into a
 * `<style>` element the CSS stays one text node and nothing after it turns into HTML.
 */
function expectContained(output: string, label: string) {
  const root: Root = parse(output);
  root.walkRules((rule) => {
    const parent = rule.parent;
    const topLevel = parent?.type === 'root' || (parent?.type === 'atrule' && !/keyframes$/i.test((parent as { name: string }).name) && rule.parent?.parent?.type !== 'rule');
    if (!topLevel) return;
    for (const selector of rule.selectors) {
      expect(isScoped(selector.trim()), `${label}: selector ${selector}`).toBe(true);
      expect(selector.slice(scope.length).trimStart(), `${label}: sibling of the root`).not.toMatch(/^[~+]/);
    }
  });
  root.walkAtRules((atRule) => {
    expect(ALLOWED_AT_RULES.has(atRule.name.toLowerCase()), `${label}: @${atRule.name}`).toBe(true);
  });
  root.walkDecls((declaration) => {
    const property = unescapeCss(declaration.prop).toLowerCase();
    const value = unescapeCss(declaration.value).toLowerCase().replace(/\s+/g, '');
    expect(property, label).not.toMatch(/behavior|binding/);
    expect(value, label).not.toMatch(/expression\(|javascript:|vbscript:|element\(/);
    for (const url of urlsIn(declaration.value)) {
      const resolved = new URL(url, 'https://portal.example/');
      const allowed = resolved.origin === 'https://portal.example' || allowedOrigins.includes(resolved.origin);
      expect(allowed && !url.startsWith('//') && resolved.protocol === 'https:', `${label}: url(${url})`).toBe(true);
    }
  });
  const body = parseBody(`<style>${output}</style><p id="after">after</p>`);
  expect(body.querySelectorAll('style'), `${label}: style elements`).toHaveLength(1);
  expect(body.querySelector('style')?.textContent, `${label}: style text`).toBe(output);
  expect(body.querySelectorAll('script, img'), label).toHaveLength(0);
  expect(body.querySelector('#after')?.previousElementSibling?.localName, label).toBe('style');
}

describe('sanitizeCss', () => {
  describe(`given ${css.hostile.length} hostile CSS inputs from public references`, () => {
    it('has at least 30 of them', () => {
      expect(css.hostile.length).toBeGreaterThanOrEqual(30);
    });

    it.each(css.hostile.map((entry, index) => [index, entry.source, entry.css] as const))(
      '#%i (%s) is contained and every removal is explained: %s',
      (index, _source, input) => {
        const result = sanitizeCss(input, { scope, allowedOrigins });
        expectContained(result.css, `#${index}`);
        expect(result.removed.length, `#${index}: something hostile was removed`).toBeGreaterThan(0);
        for (const removal of result.removed) {
          expect(removal.reason.length).toBeGreaterThan(10);
          expect(removal.excerpt.length).toBeGreaterThan(0);
          expect(removal.line).toBeGreaterThanOrEqual(1);
        }
        // Sanitizing the output again keeps it as it is.
        expect(sanitizeCss(result.css, { scope: '[data-other]', allowedOrigins }).removed).toEqual([]);
      },
    );
  });

  describe('given the benign CSS of a portal theme', () => {
    const result = sanitizeCss(css.benign, { scope, allowedOrigins, keyframesPrefix: 'portal-' });
    const root = parse(result.css);

    it('removes nothing', () => {
      expect(result.removed).toEqual([]);
      expectContained(result.css, 'benign');
    });

    it('keeps custom properties, queries, keyframes, nesting and allowed URLs, scoped', () => {
      const selectors: string[] = [];
      root.walkRules((rule) => {
        selectors.push(rule.selector);
      });
      expect(selectors).toEqual(
        expect.arrayContaining([
          scope,
          `${scope} .hero`,
          `${scope} .card > h2,\n${scope} .card h3`,
          `${scope} .list > li + li`,
          `${scope} .nested`,
          '& .child',
          '&:hover',
          'from',
        ]),
      );
      const declarations = new Map<string, string>();
      root.walkDecls((declaration) => {
        declarations.set(declaration.prop, declaration.value);
      });
      expect(declarations.get('--hpk-color-primary')).toBe('#0b5fff');
      expect(declarations.get('background-image')).toBe('url("https://cdn.example.com/logo.svg")');
      expect(declarations.get('background')).toBe('url(/assets/hero.png) center / cover no-repeat');
      const atRules: string[] = [];
      root.walkAtRules((atRule) => {
        atRules.push(`@${atRule.name} ${atRule.params}`);
      });
      expect(atRules).toEqual([
        '@media (max-width: 600px)',
        '@supports (display: grid)',
        '@container sidebar (min-width: 300px)',
        '@keyframes portal-pulse',
      ]);
      expect(declarations.get('animation')).toBe('portal-pulse 2s ease-in-out infinite alternate');
    });
  });

  describe('when applied to a page', () => {
    it('styles the portal root and what is inside it, never the host around it', () => {
      const { css: scoped } = sanitizeCss('body { color: rgb(255, 0, 0) } p { color: rgb(0, 0, 255) } :root { --brand: 1 }', { scope });
      const style = document.createElement('style');
      style.textContent = scoped;
      document.head.append(style);
      document.body.innerHTML = '<p id="host">host</p><div data-hpk-root=""><p id="portal">portal</p></div>';
      try {
        expect(getComputedStyle(document.getElementById('host') as Element).color).not.toBe('rgb(0, 0, 255)');
        expect(getComputedStyle(document.body).color).not.toBe('rgb(255, 0, 0)');
        expect(getComputedStyle(document.querySelector('[data-hpk-root]') as Element).color).toBe('rgb(255, 0, 0)');
        expect(getComputedStyle(document.getElementById('portal') as Element).color).toBe('rgb(0, 0, 255)');
        expect(getComputedStyle(document.documentElement).getPropertyValue('--brand')).toBe('');
      } finally {
        style.remove();
        document.body.innerHTML = '';
      }
    });
  });

  it('says where and why, in words the CSS editor can show', () => {
    const { removed } = sanitizeCss('.a { color: red }\n@import url(https://evil.example/x.css);\n.b { background: url(https://evil.example/x.png) }', { scope });
    expect(removed).toEqual([
      expect.objectContaining({ code: 'import', line: 2, excerpt: '@import url(https://evil.example/x.css);', reason: expect.stringContaining('@import') }),
      expect.objectContaining({ code: 'url-origin', line: 3, excerpt: 'background: url(https://evil.example/x.png)', reason: expect.stringContaining('https://evil.example') }),
    ]);
  });

  it('applies none of a stylesheet it cannot parse, and says so', () => {
    const result = sanitizeCss('.a { color: red', { scope });
    expect(result.css).toBe('');
    expect(result.removed).toEqual([expect.objectContaining({ code: 'parse-error', line: 1 })]);
  });

  it('keeps the other selectors of a list when one would leave the portal', () => {
    const result = sanitizeCss('.a, ~ .b, .c { color: red }', { scope });
    expect(parse(result.css).first).toMatchObject({ selector: `${scope} .a,\n${scope} .c` });
    expect(result.removed).toEqual([expect.objectContaining({ code: 'selector-escape', excerpt: '~ .b' })]);
  });

  it('refuses a scope that is not one compound selector', () => {
    expect(() => sanitizeCss('', { scope: 'main .portal' })).toThrow(TypeError);
    expect(() => sanitizeCss('', { scope: '[' })).toThrow(TypeError);
  });
});
