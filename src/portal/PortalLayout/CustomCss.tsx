import { useEffect, useMemo } from 'react';
import type { SanitizeCssOptions } from '../../security/sanitizeCss.js';
import type { SanitizedCss } from '../../security/types.js';

/** The signature of `sanitizeCss` from `helpdesk-portal-kit/security`. */
export type CssSanitizer = (css: string, options: SanitizeCssOptions) => SanitizedCss;

export interface CustomCssProps {
  /** The admin's CSS as stored. */
  css: string;
  /** The selector every rule is limited to: the layout's root. */
  scope: string;
  /** Origins `url()` may load from besides this site. */
  allowedOrigins: readonly string[];
  /** The page's CSP nonce, so a strict `style-src` lets the element apply. */
  nonce: string | undefined;
  /** The sanitizer; without one nothing is applied. */
  sanitize: CssSanitizer | undefined;
}

let warned = false;

/**
 * The admin's custom CSS in a `<style nonce>` element, after `sanitizeCss`: every rule scoped
 * to the portal's root (`body`, `:root`, `html` and `*` cannot reach the host's page), nothing
 * that loads or runs code, nothing that closes the element. Renders nothing when nothing is left,
 * and nothing at all without a sanitizer: unsanitized CSS never reaches the page.
 */
export function CustomCss({ css, scope, allowedOrigins, nonce, sanitize }: CustomCssProps) {
  const origins = allowedOrigins.join(' ');
  const sanitized = useMemo(
    () => (sanitize === undefined || css.trim() === '' ? '' : sanitize(css, { scope, allowedOrigins: origins === '' ? [] : origins.split(' ') }).css),
    [sanitize, css, scope, origins],
  );
  useEffect(() => {
    if (sanitize !== undefined || warned) return;
    warned = true;
    console.warn(
      "[helpdesk-portal-kit] PortalLayout: the layout has custom CSS, but no `cssSanitizer` was given, so it is not applied. Pass `sanitizeCss` from 'helpdesk-portal-kit/security'.",
    );
  }, [sanitize]);
  if (sanitized.trim() === '') return null;
  return (
    <style nonce={nonce} data-slot="portal-custom-css">
      {sanitized}
    </style>
  );
}
