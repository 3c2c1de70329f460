import { cspDirectives, type ContentSecurityPolicySettings } from './types.js';
import { validateOrigin } from './validateOrigin.js';

/** Thrown by `buildContentSecurityPolicy` for input that must not reach a header. */
export class ContentSecurityPolicyError extends Error {
  override readonly name = 'ContentSecurityPolicyError';
  /** The offending value, as it was given. */
  readonly value: string;
  /** Where it was found, e.g. `additionalOrigins.script-src[2]` or `options.nonce`. */
  readonly field: string;

  constructor(field: string, value: string, reason: string) {
    super(`${field}: ${JSON.stringify(value)} ${reason}`);
    this.field = field;
    this.value = value;
  }
}

export interface ContentSecurityPolicyOptions {
  /**
   * The nonce of this response: fresh random bytes per request, base64 or base64url
   * (at least 16 characters). The same value goes to `PortalProvider`'s `nonce`.
   */
  nonce: string;
  /** Where browsers send violation reports: an https URL or a path on this site. */
  reportUri?: string | undefined;
}

const NONCE = /^[A-Za-z\d+/_-]{16,}={0,2}$/;

function checkedOrigin(field: string, value: string): string {
  const result = validateOrigin(value);
  if (!result.ok) throw new ContentSecurityPolicyError(field, value, `is not an allowed origin: ${result.reason}`);
  return result.origin;
}

/** The https (or localhost) origin of an external script URL, as a source expression. */
export function scriptOrigin(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (url !== url.trim() || parsed.username || parsed.password) return undefined;
  const result = validateOrigin(parsed.origin);
  return result.ok ? result.origin : undefined;
}

function checkedReportUri(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what we refuse.
  const safe = /^(?:https:\/\/[^\s;,'"\\\u0000-\u001f\u007f]+|\/(?!\/)[^\s;,'"\\\u0000-\u001f\u007f]*)$/.test(value);
  if (!safe) throw new ContentSecurityPolicyError('options.reportUri', value, 'must be an https URL or a path, with no spaces, quotes, semicolons or commas');
  return value;
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The `Content-Security-Policy` header value for a page that renders the portal.
 *
 * Strict by default: `default-src 'self'`; `script-src 'self' 'nonce-…'` plus the origin of
 * every external script and the admin's `script-src` origins; `style-src 'self' 'nonce-…'`
 * (styled-components puts the nonce on its `<style>` elements); `object-src 'none'`;
 * `base-uri 'self'`; `form-action 'self'`; `frame-ancestors` from the settings (`'self'`).
 * Other directives appear only when the admin added origins to them, as `'self'` plus those.
 * `'unsafe-inline'` and `'unsafe-eval'` appear only when the settings ask for them.
 *
 * Every origin goes through `validateOrigin`; a bad one, a malformed script URL, nonce or
 * report URI throws a `ContentSecurityPolicyError` naming it — never a header that a
 * crafted value could extend. The result is one line with no control characters.
 */
export function buildContentSecurityPolicy(
  settings: ContentSecurityPolicySettings,
  options: ContentSecurityPolicyOptions,
): string {
  const { nonce, reportUri } = options;
  if (typeof nonce !== 'string' || !NONCE.test(nonce)) {
    throw new ContentSecurityPolicyError('options.nonce', String(nonce), 'must be at least 16 base64 characters');
  }
  const nonceSource = `'nonce-${nonce}'`;

  const additional = new Map<string, string[]>();
  for (const directive of cspDirectives) {
    const origins = settings.additionalOrigins?.[directive] ?? [];
    additional.set(directive, origins.map((origin, index) => checkedOrigin(`additionalOrigins.${directive}[${index}]`, origin)));
  }
  for (const directive of Object.keys(settings.additionalOrigins ?? {})) {
    if (!additional.has(directive)) {
      throw new ContentSecurityPolicyError('additionalOrigins', directive, `is not a directive origins can be added to (${cspDirectives.join(', ')})`);
    }
  }

  const scriptOrigins = (settings.externalScripts ?? []).map((script, index) => {
    const origin = scriptOrigin(script.url);
    if (origin === undefined) {
      throw new ContentSecurityPolicyError(`externalScripts[${index}].url`, script.url, 'is not an https URL from a valid origin');
    }
    return origin;
  });

  const scriptSrc = ["'self'"];
  if (settings.allowUnsafeInline === true) scriptSrc.push("'unsafe-inline'");
  else scriptSrc.push(nonceSource);
  if (settings.allowUnsafeEval === true) scriptSrc.push("'unsafe-eval'");
  scriptSrc.push(...scriptOrigins, ...(additional.get('script-src') ?? []));

  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', unique(scriptSrc)],
    ['style-src', unique(["'self'", nonceSource, ...(additional.get('style-src') ?? [])])],
  ];
  for (const directive of cspDirectives) {
    if (directive === 'script-src' || directive === 'style-src') continue;
    const origins = additional.get(directive) ?? [];
    if (origins.length > 0) directives.push([directive, unique(["'self'", ...origins])]);
  }
  directives.push(['object-src', ["'none'"]], ['base-uri', ["'self'"]], ['form-action', ["'self'"]]);

  const ancestors = (settings.frameAncestors ?? ["'self'"]).map((value, index) =>
    value === "'self'" || value === "'none'" ? value : checkedOrigin(`frameAncestors[${index}]`, value),
  );
  directives.push(['frame-ancestors', ancestors.includes("'none'") ? ["'none'"] : unique(ancestors)]);
  if (reportUri !== undefined) directives.push(['report-uri', [checkedReportUri(reportUri)]]);

  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
