/** The fetch directives whose allowed origins an admin may extend. */
export type CspDirective =
  | 'script-src'
  | 'style-src'
  | 'img-src'
  | 'connect-src'
  | 'font-src'
  | 'frame-src'
  | 'media-src';

/** Every directive an admin may add origins to, in the order the policy lists them. */
export const cspDirectives: readonly CspDirective[] = [
  'script-src',
  'style-src',
  'img-src',
  'connect-src',
  'font-src',
  'frame-src',
  'media-src',
];

/** An external script the admin added: an https URL (chat widget, analytics). */
export interface ExternalScriptInput {
  url: string;
}

/** An inline script the admin added: code run with the page's nonce. */
export interface InlineScriptInput {
  code: string;
}

/**
 * What `buildContentSecurityPolicy` and `PortalScripts` read from the admin's script
 * settings. It is the structural minimum: the model's `ScriptSettings` record (with ids,
 * labels, validity and version on top) satisfies it, so servers pass that record as it is.
 */
export interface ContentSecurityPolicySettings {
  /** External scripts, in the order they load. Each URL's origin is allowed in `script-src`. */
  externalScripts: ReadonlyArray<ExternalScriptInput>;
  /** Inline scripts, run with the page's nonce after the external ones. */
  inlineScripts: ReadonlyArray<InlineScriptInput>;
  /** Extra origins per directive (`https://cdn.example.com`, `https://*.example.com`). */
  additionalOrigins: Readonly<Partial<Record<CspDirective, ReadonlyArray<string>>>>;
  /**
   * Adds `'unsafe-inline'` to `script-src` and drops the nonce there (browsers ignore
   * `'unsafe-inline'` while a nonce is present). Any injected inline script can then run.
   * @default false
   */
  allowUnsafeInline?: boolean | undefined;
  /** Adds `'unsafe-eval'` to `script-src` (`eval`, `new Function`). @default false */
  allowUnsafeEval?: boolean | undefined;
  /** Who may frame the portal: origins, or `'self'` / `'none'`. @default ["'self'"] */
  frameAncestors?: ReadonlyArray<string> | undefined;
}

/** One thing `sanitizeCss` removed, and why, for the CSS editor to show. */
export interface CssRemoval {
  /** Why it was removed, in words an admin understands (English; translate `code`). */
  reason: string;
  /** The start of what was removed (at most 80 characters). */
  excerpt: string;
  /** The line in the admin's CSS where it started, when known. */
  line?: number;
  /** A stable code for the reason, e.g. for `t('security.css_<code>')`. */
  code: CssRemovalCode;
}

/** Why `sanitizeCss` removed something. */
export type CssRemovalCode =
  | 'parse-error'
  | 'import'
  | 'at-rule'
  | 'url-origin'
  | 'url-scheme'
  | 'expression'
  | 'behavior'
  | 'javascript'
  | 'style-breakout'
  | 'escaped-code'
  | 'selector-escape'
  | 'selector-invalid'
  | 'declaration-outside-rule'
  | 'element-reference';

/** The result of `sanitizeCss`. */
export interface SanitizedCss {
  /** CSS that is safe to put into a `<style nonce>` element. */
  css: string;
  /** What was removed, in source order. */
  removed: CssRemoval[];
}

/** Why `validateOrigin` refused a source. */
export type OriginProblem =
  | 'empty'
  | 'keyword'
  | 'wildcard'
  | 'scheme'
  | 'insecure'
  | 'characters'
  | 'host'
  | 'port'
  | 'path'
  | 'credentials';

/** The result of `validateOrigin`. */
export type OriginValidation =
  | { ok: true; origin: string }
  | { ok: false; reason: string; code: OriginProblem };
