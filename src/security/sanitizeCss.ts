import { parse, type AtRule, type ChildNode, type Container, type Declaration, type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import valueParser from 'postcss-value-parser';
import { matchesSource } from './scriptPolicy.js';
import type { CssRemoval, CssRemovalCode, SanitizedCss } from './types.js';
import { validateOrigin } from './validateOrigin.js';

export interface SanitizeCssOptions {
  /**
   * A selector for the portal's root element, e.g. `[data-hpk-root]` or `#support-portal`.
   * Every rule is limited to it: `body`, `html`, `:root` and `&` at the top become the root
   * itself; every other selector becomes a descendant of it.
   */
  scope: string;
  /**
   * Origins `url()` may load from (`https://cdn.example.com`, `https://*.example.com`), as
   * `validateOrigin` accepts them. Relative URLs (this site) are always allowed. @default []
   */
  allowedOrigins?: ReadonlyArray<string> | undefined;
  /**
   * Prefix for the names of the admin's `@keyframes`, so they cannot replace the host's
   * animations of the same name. @default a prefix derived from `scope`
   */
  keyframesPrefix?: string | undefined;
}

/** Grouping at-rules whose rules are scoped like top-level ones. */
const GROUPING_AT_RULES = new Set(['media', 'supports', 'container', 'starting-style']);
const KEYFRAMES = /^(?:-(?:webkit|moz|o)-)?keyframes$/;
const ROOT_TAGS = new Set(['html', 'body']);
const ROOT_PSEUDOS = new Set([':root', ':host', ':scope']);
const URL_FUNCTIONS = new Set(['url', 'src']);
const IMAGE_FUNCTIONS = new Set(['image-set', '-webkit-image-set', 'image', 'cross-fade', '-webkit-cross-fade']);
const ELEMENT_FUNCTIONS = new Set(['element', '-moz-element']);
const ANIMATION_PROPERTIES = new Set(['animation', 'animation-name', '-webkit-animation', '-webkit-animation-name']);
const BREAKOUT = /<\/style|<!--|-->|<\/?script/i;
const CODE_SCHEME = /(?:java|vb|live)script:/;
/** Function names and words that only matter if escapes were used to hide them. */
const HIDDEN_WHEN_ESCAPED = [/url\(/, /src\(/, /image/, /element\(/, /expression/, /script/, /binding/, /behavior/, /@import/, /[a-z]:/];

const reasons: Record<CssRemovalCode, string> = {
  'parse-error': 'The CSS could not be read, so none of it was applied.',
  import: '@import loads a whole stylesheet that cannot be limited to the portal.',
  'at-rule': 'This at-rule would affect the whole page, not only the portal.',
  'url-origin': 'The address is not on an allowed origin. Host the file on this site or ask for its origin to be allowed.',
  'url-scheme': 'Only https addresses and addresses on this site may be loaded; data:, http: and other schemes are not allowed.',
  expression: 'expression() runs code in some browsers.',
  behavior: 'This property loads code into the page.',
  javascript: 'javascript: addresses run code.',
  'style-breakout': 'This would close the style element and turn the rest into HTML.',
  'escaped-code': 'Escaped characters hide a property name, a function or an address here.',
  'selector-escape': 'This selector would style elements outside the portal.',
  'selector-invalid': 'This selector is not valid CSS.',
  'declaration-outside-rule': 'A declaration outside any rule would style nothing, or the whole page.',
  'element-reference': 'element() would paint other parts of the page into the portal.',
};

/** Decodes CSS escapes (`\6a `, `\:`), as a browser's tokenizer does. */
export function unescapeCss(value: string): string {
  return value.replace(/\\(?:([\da-f]{1,6})[ \t\n\r\f]?|(\r\n|[\n\r\f])|([\s\S]))/gi, (_, hex?: string, newline?: string, char?: string) => {
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
    }
    if (newline !== undefined) return '';
    return char ?? '';
  });
}

/** A short deterministic hash, for a keyframes prefix per scope. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    h ^= value.charCodeAt(index);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const withoutComments = (value: string) => value.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '');

const excerptOf = (node: ChildNode) => {
  // The admin's own text where postcss knows it (its serializer rewrites `</style` as `\3c /style`).
  const { source } = node;
  const original =
    source?.input.css !== undefined && source.start?.offset !== undefined && source.end?.offset !== undefined
      ? source.input.css.slice(source.start.offset, source.end.offset + 1)
      : undefined;
  const text = (original ?? node.toString()).replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

type SelectorNode = selectorParser.Selector['nodes'][number];

const isRootLike = (node: SelectorNode, topLevel: boolean) =>
  (node.type === 'tag' && ROOT_TAGS.has(node.value.toLowerCase())) ||
  (node.type === 'pseudo' && ROOT_PSEUDOS.has(node.value.toLowerCase()) && node.nodes.length === 0) ||
  (topLevel && node.type === 'nesting');

const isSiblingCombinator = (node: SelectorNode | undefined) =>
  node?.type === 'combinator' && (node.value.trim() === '~' || node.value.trim() === '+');

/** Splits a selector into compounds and the combinators between them. */
function compoundsOf(selector: selectorParser.Selector) {
  const compounds: SelectorNode[][] = [[]];
  const combinators: SelectorNode[] = [];
  for (const node of selector.nodes) {
    if (node.type === 'combinator') {
      combinators.push(node);
      compounds.push([]);
    } else if (node.type !== 'comment') {
      compounds[compounds.length - 1]?.push(node);
    }
  }
  return { compounds, combinators };
}

const serialize = (nodes: SelectorNode[]) => nodes.map((node) => String(node)).join('').trim();

interface ScopedSelector {
  selector?: string;
  /** Whether the selector's subject is the portal root itself (`body`, `:root`). */
  matchesRoot?: boolean;
  problem?: CssRemovalCode;
}

/** Rewrites one top-level selector so it can only match the root or what is inside it. */
function scopeSelector(selector: selectorParser.Selector, scope: string): ScopedSelector {
  const { compounds, combinators } = compoundsOf(selector);
  const first = compounds[0] ?? [];
  if (first.length === 0) {
    // A selector that starts with a combinator: `> p` is inside the root, `~ p` and `+ p` are not.
    const combinator = combinators[0];
    if (combinator === undefined) return { problem: 'selector-invalid' };
    if (isSiblingCombinator(combinator)) return { problem: 'selector-escape' };
    const rest = selector.nodes.slice(selector.nodes.indexOf(combinator));
    return { selector: `${scope} ${serialize(rest)}` };
  }
  let rootCompounds = 0;
  const extra: SelectorNode[] = [];
  while (rootCompounds < compounds.length && (compounds[rootCompounds] ?? []).some((node) => isRootLike(node, true))) {
    const combinator = combinators[rootCompounds - 1];
    if (rootCompounds > 0 && isSiblingCombinator(combinator)) return { problem: 'selector-escape' };
    extra.push(...(compounds[rootCompounds] ?? []).filter((node) => !isRootLike(node, true)));
    rootCompounds += 1;
  }
  if (rootCompounds === 0) return { selector: `${scope} ${String(selector).trim()}` };
  const next = combinators[rootCompounds - 1];
  if (isSiblingCombinator(next)) return { problem: 'selector-escape' };
  const rest = next ? selector.nodes.slice(selector.nodes.indexOf(next)) : [];
  const head = `${scope}${serialize(extra)}`;
  return rest.length > 0 ? { selector: `${head} ${serialize(rest)}` } : { selector: head, matchesRoot: true };
}

/** Whether a nested selector leaves its parent through a sibling combinator (`& ~ p`, `+ p`). */
function leavesParent(selector: selectorParser.Selector): boolean {
  const nodes = selector.nodes.filter((node) => node.type !== 'comment');
  const [first, second] = nodes;
  if (isSiblingCombinator(first)) return true;
  return first?.type === 'nesting' && isSiblingCombinator(second);
}

class CssSanitizer {
  readonly removed: CssRemoval[] = [];
  private readonly origins: string[];
  private readonly keyframes = new Map<string, string>();
  /** Rules whose selectors include the portal root itself; nested sibling selectors would leave it. */
  private readonly rootRules = new WeakSet<Rule>();

  constructor(
    private readonly scope: string,
    allowedOrigins: ReadonlyArray<string>,
    private readonly keyframesPrefix: string,
  ) {
    this.origins = allowedOrigins.flatMap((origin) => {
      const result = validateOrigin(origin);
      return result.ok ? [result.origin] : [];
    });
  }

  remove(node: ChildNode, code: CssRemovalCode, detail?: string) {
    const line = node.source?.start?.line;
    this.removed.push({
      code,
      reason: detail ? `${reasons[code]} (${detail})` : reasons[code],
      excerpt: excerptOf(node),
      ...(line !== undefined ? { line } : {}),
    });
    node.remove();
  }

  collectKeyframes(container: Container) {
    container.walkAtRules((atRule) => {
      if (!KEYFRAMES.test(atRule.name.toLowerCase())) return;
      const name = unescapeCss(atRule.params.trim().replace(/^(['"])(.*)\1$/, '$2'));
      if (/^-?[a-z_][\w-]*$/i.test(name)) this.keyframes.set(name, `${this.keyframesPrefix}${name}`);
    });
  }

  visit(container: Container, insideRule: Rule | undefined) {
    for (const node of [...(container.nodes ?? [])]) {
      if (node.type === 'comment') {
        // Comments never reach the output; one that would close the style element is reported.
        if (BREAKOUT.test(node.text)) this.remove(node, 'style-breakout');
        else node.remove();
      } else if (node.type === 'atrule') this.atRule(node, insideRule);
      else if (node.type === 'rule') this.rule(node, insideRule);
      else if (node.type === 'decl') this.declaration(node, insideRule);
    }
  }

  atRule(atRule: AtRule, insideRule: Rule | undefined) {
    const name = unescapeCss(atRule.name).toLowerCase();
    delete atRule.raws.params;
    if (BREAKOUT.test(unescapeCss(`${atRule.name} ${atRule.params}`))) return this.remove(atRule, 'style-breakout');
    if (atRule.name.includes('\\')) return this.remove(atRule, 'escaped-code');
    if (name === 'import') return this.remove(atRule, 'import');
    if (KEYFRAMES.test(name) && !insideRule) {
      const keyframeName = unescapeCss(atRule.params.trim().replace(/^(['"])(.*)\1$/, '$2'));
      const renamed = this.keyframes.get(keyframeName);
      if (renamed === undefined) return this.remove(atRule, 'at-rule', 'the animation name is not a plain name');
      atRule.params = renamed;
      return this.visitKeyframes(atRule);
    }
    if (GROUPING_AT_RULES.has(name) && atRule.nodes !== undefined) {
      if (/url\(|javascript:|expression/i.test(unescapeCss(withoutComments(atRule.params)))) {
        return this.remove(atRule, 'escaped-code');
      }
      return this.visit(atRule, insideRule);
    }
    this.remove(atRule, 'at-rule', `@${name}`);
  }

  visitKeyframes(atRule: AtRule) {
    for (const node of [...(atRule.nodes ?? [])]) {
      if (node.type === 'rule') {
        delete node.raws.selector;
        if (!/^\s*(?:from|to|\d+(?:\.\d+)?%)(?:\s*,\s*(?:from|to|\d+(?:\.\d+)?%))*\s*$/i.test(node.selector)) {
          this.remove(node, 'selector-invalid');
          continue;
        }
        for (const child of [...(node.nodes ?? [])]) {
          if (child.type === 'decl') this.declaration(child, node);
          else if (child.type === 'comment') child.remove();
          else this.remove(child, 'selector-invalid');
        }
      } else if (node.type === 'comment') {
        node.remove();
      } else {
        this.remove(node, 'selector-invalid');
      }
    }
  }

  rule(rule: Rule, insideRule: Rule | undefined) {
    delete rule.raws.selector;
    if (BREAKOUT.test(unescapeCss(rule.selector))) return this.remove(rule, 'style-breakout');
    let root: selectorParser.Root;
    try {
      root = selectorParser().astSync(rule.selector);
    } catch {
      return this.remove(rule, 'selector-invalid', rule.selector.trim());
    }
    const kept: string[] = [];
    for (const selector of root.nodes) {
      const text = String(selector).trim();
      if (insideRule) {
        if (this.rootRules.has(insideRule) && leavesParent(selector)) {
          this.record(rule, 'selector-escape', text);
        } else {
          kept.push(text);
        }
        continue;
      }
      const scoped = scopeSelector(selector, this.scope);
      if (scoped.selector === undefined) {
        this.record(rule, scoped.problem ?? 'selector-escape', text);
        continue;
      }
      if (scoped.matchesRoot) this.rootRules.add(rule);
      kept.push(scoped.selector);
    }
    if (kept.length === 0) {
      rule.remove();
      return;
    }
    rule.selector = kept.join(',\n');
    this.visit(rule, rule);
  }

  /** Notes a removed selector without removing its rule (other selectors of the list stay). */
  record(rule: Rule, code: CssRemovalCode, selector: string) {
    const line = rule.source?.start?.line;
    this.removed.push({
      code,
      reason: `${reasons[code]} (${selector})`,
      excerpt: selector.length > 80 ? `${selector.slice(0, 79)}…` : selector,
      ...(line !== undefined ? { line } : {}),
    });
  }

  declaration(declaration: Declaration, insideRule: Rule | undefined) {
    if (!insideRule) return this.remove(declaration, 'declaration-outside-rule');
    delete declaration.raws.value;
    const rawProperty = declaration.prop;
    const property = unescapeCss(rawProperty).toLowerCase();
    const rawValue = withoutComments(declaration.value);
    const value = unescapeCss(rawValue);
    const lowerValue = value.toLowerCase();
    const compact = lowerValue.replace(/\s+/g, '');

    if (BREAKOUT.test(`${property}:${value}`)) return this.remove(declaration, 'style-breakout');
    if (rawProperty.includes('\\')) return this.remove(declaration, 'escaped-code');
    if (/behavior|binding/.test(property)) return this.remove(declaration, 'behavior', property);
    if (CODE_SCHEME.test(compact)) return this.remove(declaration, 'javascript');
    if (/expression\(/.test(compact)) return this.remove(declaration, 'expression');
    if (rawValue.includes('\\')) {
      const rawLower = rawValue.toLowerCase();
      if (HIDDEN_WHEN_ESCAPED.some((pattern) => pattern.test(lowerValue) && !pattern.test(rawLower))) {
        return this.remove(declaration, 'escaped-code');
      }
    }

    const problem = this.checkUrls(rawValue);
    if (problem) return this.remove(declaration, problem.code, problem.detail);

    if (ANIMATION_PROPERTIES.has(property) && this.keyframes.size > 0) {
      const parsed = valueParser(declaration.value);
      parsed.walk((node) => {
        if (node.type === 'word') {
          const renamed = this.keyframes.get(unescapeCss(node.value));
          if (renamed !== undefined) node.value = renamed;
        }
      });
      declaration.value = parsed.toString();
    }
  }

  checkUrls(value: string): { code: CssRemovalCode; detail?: string } | undefined {
    let problem: { code: CssRemovalCode; detail?: string } | undefined;
    valueParser(value).walk((node) => {
      if (problem || node.type !== 'function') return;
      const name = unescapeCss(node.value).toLowerCase();
      if (ELEMENT_FUNCTIONS.has(name)) {
        problem = { code: 'element-reference' };
      } else if (URL_FUNCTIONS.has(name)) {
        const argument = node.nodes.find((child) => child.type === 'word' || child.type === 'string');
        problem = this.checkUrl(argument ? unescapeCss(argument.value) : '');
      } else if (IMAGE_FUNCTIONS.has(name)) {
        for (const child of node.nodes) {
          if (child.type === 'string') problem ??= this.checkUrl(unescapeCss(child.value));
        }
      }
    });
    return problem;
  }

  checkUrl(url: string): { code: CssRemovalCode; detail?: string } | undefined {
    const trimmed = url.trim();
    if (trimmed === '') return undefined;
    // eslint-disable-next-line no-control-regex -- control characters hide schemes.
    if (/[\u0000-\u001f\u007f\\]/.test(trimmed)) return { code: 'url-scheme', detail: trimmed };
    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
    if (scheme === undefined) {
      return trimmed.startsWith('//') ? { code: 'url-origin', detail: trimmed } : undefined;
    }
    if (CODE_SCHEME.test(`${scheme}:`)) return { code: 'javascript' };
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      return { code: 'url-scheme', detail: trimmed };
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { code: 'url-scheme', detail: `${scheme}:` };
    if (parsed.username || parsed.password) return { code: 'url-origin', detail: parsed.origin };
    return this.origins.some((origin) => matchesSource(origin, parsed)) ? undefined : { code: 'url-origin', detail: parsed.origin };
  }
}

/**
 * The admin's custom CSS made safe for the portal, and a list of what was removed and why.
 *
 * Parsed with postcss (never with regular expressions), then: every selector is limited to
 * `scope` (`body {}` and `:root {}` style the portal root, `.x {}` becomes `scope .x {}`,
 * `~`/`+` out of the root are refused); `@media`, `@supports`, `@container`,
 * `@starting-style`, custom properties and `@keyframes` (renamed with a prefix so they cannot
 * replace the host's) stay; `@import`, `@font-face`, `@layer`, `@property`, `@page` and every
 * other at-rule that acts on the whole page go; `url()` and `image-set()` may only load
 * relative URLs or https URLs on `allowedOrigins`; `expression()`, `behavior`,
 * `-moz-binding`, `element()` and `javascript:` go, also when hidden with CSS escapes
 * (`\6a avascript:`) or comments. Comments are dropped, and a `<` left in strings is written
 * as the escape `\3c `, so the result can never close the `<style>` element it is put in.
 *
 * CSS that does not parse is not applied at all: `css` is empty and `removed` says why.
 */
export function sanitizeCss(css: string, options: SanitizeCssOptions): SanitizedCss {
  const scope = options.scope.trim();
  let scopeRoot: selectorParser.Root;
  try {
    scopeRoot = selectorParser().astSync(scope);
  } catch {
    throw new TypeError(`sanitizeCss: scope ${JSON.stringify(scope)} is not a selector`);
  }
  if (scopeRoot.nodes.length !== 1 || scopeRoot.nodes[0]?.nodes.some((node) => node.type === 'combinator')) {
    throw new TypeError(`sanitizeCss: scope ${JSON.stringify(scope)} must be one compound selector`);
  }
  const keyframesPrefix = options.keyframesPrefix ?? `hpk-${hash(scope)}-`;
  const sanitizer = new CssSanitizer(scope, options.allowedOrigins ?? [], keyframesPrefix);

  let root;
  try {
    root = parse(typeof css === 'string' ? css : '');
  } catch (error) {
    const problem = error as { reason?: string; line?: number };
    return {
      css: '',
      removed: [
        {
          code: 'parse-error',
          reason: `${reasons['parse-error']}${problem.reason ? ` (${problem.reason})` : ''}`,
          excerpt: css.slice(0, 80),
          ...(problem.line !== undefined ? { line: problem.line } : {}),
        },
      ],
    };
  }
  sanitizer.collectKeyframes(root);
  sanitizer.visit(root, undefined);
  const output = root.toString().replace(/</g, '\\3c ');
  return { css: output.trim() === '' ? '' : output, removed: sanitizer.removed };
}
