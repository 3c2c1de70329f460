import { useMemo } from 'react';
import { sanitizeCss } from '../../security/sanitizeCss.js';

export interface CustomCssProps {
  /** The admin's CSS as stored. */
  css: string;
  /** The selector every rule is limited to: the layout's root. */
  scope: string;
  /** Origins `url()` may load from besides this site. */
  allowedOrigins: readonly string[];
  /** The page's CSP nonce, so a strict `style-src` lets the element apply. */
  nonce: string | undefined;
}

/**
 * The admin's custom CSS in a `<style nonce>` element, after `sanitizeCss`: every rule scoped
 * to the portal's root (`body`, `:root`, `html` and `*` cannot reach the host's page), nothing
 * that loads or runs code, nothing that closes the element. Renders nothing when nothing is left.
 */
export function CustomCss({ css, scope, allowedOrigins, nonce }: CustomCssProps) {
  const origins = allowedOrigins.join(' ');
  const sanitized = useMemo(
    () => (css.trim() === '' ? '' : sanitizeCss(css, { scope, allowedOrigins: origins === '' ? [] : origins.split(' ') }).css),
    [css, scope, origins],
  );
  if (sanitized.trim() === '') return null;
  return (
    <style nonce={nonce} data-slot="portal-custom-css">
      {sanitized}
    </style>
  );
}
