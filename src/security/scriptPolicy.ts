/** Why a script was not run. */
export type ScriptBlockCode = 'invalid-url' | 'not-https' | 'origin-not-allowed' | 'no-nonce' | 'inline-not-allowed';

/** The verdict of `checkExternalScript` / `checkInlineScript`. */
export type ScriptCheck = { allowed: true } | { allowed: false; code: ScriptBlockCode; reason: string };

/** A parsed policy: directive name (lowercase) → its source expressions. */
export type ParsedContentSecurityPolicy = ReadonlyMap<string, readonly string[]>;

/**
 * Parses a `Content-Security-Policy` value as browsers do: directives split on `;`, names
 * lowercased, the first occurrence of a directive wins.
 */
export function parseContentSecurityPolicy(policy: string): ParsedContentSecurityPolicy {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/[\t\n\f\r ]+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

function schemeMatches(sourceScheme: string, url: URL): boolean {
  // CSP lets http: sources match https: (and ws: wss:) URLs: an upgrade stays allowed.
  if (sourceScheme === url.protocol) return true;
  return (sourceScheme === 'http:' && url.protocol === 'https:') || (sourceScheme === 'ws:' && url.protocol === 'wss:');
}

/** Whether `url` matches one CSP source expression (CSP Level 3, §6.7.2.8), ignoring nonces and hashes. */
export function matchesSource(source: string, url: URL, self?: URL): boolean {
  const lower = source.toLowerCase();
  if (lower === "'self'") {
    if (!self) return false;
    return url.origin === self.origin || (self.protocol === 'http:' && url.protocol === 'https:' && url.host === self.host);
  }
  if (lower.startsWith("'")) return false;
  if (lower === '*') return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) || url.protocol === self?.protocol;
  if (/^[a-z][a-z\d+.-]*:$/.test(lower)) return schemeMatches(lower, url);

  const match = /^(?:([a-z][a-z\d+.-]*:)\/\/)?(\*|\*\.[^:/]+|\[[^\]/]+\]|[^:/*[\]]+)(?::(\*|\d+))?(\/[^?#]*)?$/.exec(lower);
  if (!match) return false;
  const [, scheme, host = '', port, path] = match;
  if (scheme) {
    if (!schemeMatches(scheme, url)) return false;
  } else if (self) {
    if (!schemeMatches(self.protocol, url)) return false;
  } else if (url.protocol !== 'https:') {
    return false;
  }
  const hostname = url.hostname.toLowerCase();
  if (host === '*') {
    // a bare `*` host is only valid with a scheme, e.g. `https://*`
  } else if (host.startsWith('*.')) {
    if (!hostname.endsWith(host.slice(1))) return false;
  } else if (hostname !== host) {
    return false;
  }
  const urlPort = url.port || DEFAULT_PORTS[url.protocol] || '';
  if (port === '*') {
    // any port
  } else if (port !== undefined) {
    if (urlPort !== port && !(port === '80' && urlPort === '443')) return false;
  } else {
    const expected = DEFAULT_PORTS[scheme ?? url.protocol];
    if (urlPort !== expected && !(expected === '80' && urlPort === '443')) return false;
  }
  if (path && path !== '/') {
    let decoded: string;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      return false;
    }
    const sourcePath = decodeURIComponent(path);
    return sourcePath.endsWith('/') ? decoded.startsWith(sourcePath) : decoded === sourcePath;
  }
  return true;
}

function scriptSources(policy: ParsedContentSecurityPolicy): readonly string[] | undefined {
  return policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src');
}

const blocked = (code: ScriptBlockCode, reason: string): ScriptCheck => ({ allowed: false, code, reason });

/**
 * Whether an external script may load under `policy` because of its URL alone. Nonces are
 * deliberately not counted: `PortalScripts` puts the page's nonce on every script it adds,
 * and a nonce would let any URL through, so the origin allowlist is what decides.
 * Only https URLs pass (http only for localhost).
 */
export function checkExternalScript(url: string, policy: string | ParsedContentSecurityPolicy, selfOrigin?: string): ScriptCheck {
  let parsed: URL;
  let self: URL | undefined;
  try {
    parsed = new URL(url);
    self = selfOrigin ? new URL(selfOrigin) : undefined;
  } catch {
    return blocked('invalid-url', `${JSON.stringify(url)} is not a URL.`);
  }
  if (url !== url.trim() || parsed.username !== '' || parsed.password !== '') {
    return blocked('invalid-url', `${JSON.stringify(url)} is not a clean URL.`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    return blocked('not-https', `${url} is not an https URL.`);
  }
  const sources = scriptSources(typeof policy === 'string' ? parseContentSecurityPolicy(policy) : policy);
  if (sources === undefined) return { allowed: true };
  if (sources.some((source) => matchesSource(source, parsed, self))) return { allowed: true };
  return blocked('origin-not-allowed', `The policy's script-src does not allow ${parsed.origin}.`);
}

/**
 * Whether an inline script carrying `nonce` may run under `policy`: the policy lists that
 * nonce, or it allows `'unsafe-inline'` and names no nonce or hash (which would disable it).
 */
export function checkInlineScript(policy: string | ParsedContentSecurityPolicy, nonce: string | undefined): ScriptCheck {
  const sources = scriptSources(typeof policy === 'string' ? parseContentSecurityPolicy(policy) : policy);
  if (sources === undefined) return { allowed: true };
  if (nonce && sources.includes(`'nonce-${nonce}'`)) return { allowed: true };
  const lower = sources.map((source) => source.toLowerCase());
  const overridden = lower.some((source) => /^'(?:nonce|sha256|sha384|sha512)-/.test(source) || source === "'strict-dynamic'");
  if (lower.includes("'unsafe-inline'") && !overridden) return { allowed: true };
  if (!nonce) return blocked('no-nonce', 'There is no nonce for this page, and the policy does not allow inline scripts without one.');
  return blocked('inline-not-allowed', "The policy's script-src does not list this page's nonce.");
}
