// helpdesk-portal-kit/security: pure functions for hosts, their servers and the portal's
// components. No React. `sanitizeHtml` (DOMPurify) and `sanitizeCss` (postcss) live in their
// own modules, so a bundle that imports only the URL, origin and policy helpers stays small.
export { toSafeHref, toSafeImageSrc, isRelativeHref } from './toSafeHref.js';
export type { SafeHrefOptions } from './toSafeHref.js';
export { validateOrigin } from './validateOrigin.js';
export { buildContentSecurityPolicy, ContentSecurityPolicyError, scriptOrigin } from './buildContentSecurityPolicy.js';
export type { ContentSecurityPolicyOptions } from './buildContentSecurityPolicy.js';
export {
  checkExternalScript,
  checkInlineScript,
  matchesSource,
  parseContentSecurityPolicy,
} from './scriptPolicy.js';
export type { ParsedContentSecurityPolicy, ScriptBlockCode, ScriptCheck } from './scriptPolicy.js';
export { sanitizeHtml } from './sanitizeHtml.js';
export { sanitizeCss, unescapeCss } from './sanitizeCss.js';
export type { SanitizeCssOptions } from './sanitizeCss.js';
export { cspDirectives } from './types.js';
export type {
  ContentSecurityPolicySettings,
  CspDirective,
  CssRemoval,
  CssRemovalCode,
  ExternalScriptInput,
  InlineScriptInput,
  OriginProblem,
  OriginValidation,
  SanitizedCss,
} from './types.js';
