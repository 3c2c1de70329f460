import type { OriginProblem, OriginValidation } from './types.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const KEYWORDS = /^'|^(?:self|none|unsafe-[a-z-]*|strict-dynamic|report-sample|wasm-unsafe-eval|nonce-.*|sha(?:256|384|512)-.*)$/i;
const LABEL = /^(?!-)[a-z\d-]{1,63}(?<!-)$/;
const PATH = /^(?:\/[a-z\d\-._~!$&'()*+=:@%]*)*$/i;

const reasons: Record<OriginProblem, string> = {
  empty: 'Enter an origin, for example https://cdn.example.com.',
  keyword: 'Keywords such as \'self\', \'none\' or \'unsafe-inline\' cannot be added as an origin.',
  wildcard: 'A lone * or a wildcard for a whole top-level domain would allow almost any site; name the site, for example https://*.example.com.',
  scheme: 'Only https:// origins can be allowed (http:// only for localhost).',
  insecure: 'http:// is only allowed for localhost; use https://.',
  characters: 'Origins cannot contain spaces, quotes, semicolons, commas, backslashes or line breaks.',
  host: 'This is not a valid host name.',
  port: 'The port must be a number from 1 to 65535.',
  path: 'The path contains characters an origin cannot have.',
  credentials: 'Origins cannot contain a user name or password.',
};

const refuse = (code: OriginProblem): OriginValidation => ({ ok: false, reason: reasons[code], code });

function normalizeHost(host: string): string | undefined {
  if (LOCAL_HOSTS.has(host)) return host;
  const wildcard = host.startsWith('*.');
  const rest = wildcard ? host.slice(2) : host;
  if (rest.includes('*')) return undefined;
  let ascii: string;
  try {
    // The URL parser lowercases and turns internationalized names into punycode.
    ascii = new URL(`https://${rest}`).hostname;
  } catch {
    return undefined;
  }
  if (ascii.startsWith('[') || /^[\d.]+$/.test(ascii)) return undefined; // IP literals other than loopback
  const labels = ascii.split('.');
  if (!labels.every((label) => LABEL.test(label))) return undefined;
  if (labels.length < 2 && !wildcard) return undefined;
  return wildcard ? `*.${ascii}` : ascii;
}

/**
 * Checks a CSP host source an admin typed for a directive and returns it normalized.
 *
 * Accepted: `https://example.com`, `https://*.example.com`, `https://example.com:8443`,
 * `https://cdn.example.com/widgets/` (a path narrows the source), a bare host such as
 * `cdn.example.com` (read as `https://cdn.example.com`), and `http://` only for
 * `localhost`, `127.0.0.1` and `[::1]`. Refused: other schemes (`data:`, `blob:`,
 * `javascript:`, `http:`), keywords (`'self'`, `'unsafe-inline'`, nonces, hashes), `*` and
 * wildcards over a top-level domain, IP addresses, credentials, port wildcards, and any
 * whitespace, quote, `;`, `,` or backslash — everything that could end the directive.
 */
export function validateOrigin(source: string): OriginValidation {
  if (typeof source !== 'string' || source.trim() === '') return refuse('empty');
  // eslint-disable-next-line no-control-regex -- control characters are what we look for.
  if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\ufeff"'`;,\\<>^{|}]/.test(source)) {
    return KEYWORDS.test(source.replace(/^'|'$/g, '')) && /^'[^']*'$/.test(source) ? refuse('keyword') : refuse('characters');
  }
  if (KEYWORDS.test(source)) return refuse('keyword');
  if (source === '*' || /^\*(?:\.[^.]*)?$/.test(source)) return refuse('wildcard');

  // The host is a name, or an IPv6 literal in brackets (only `[::1]` is accepted below).
  const match = /^(?:([a-z][a-z\d+.-]*):\/\/)?(\[[^\]/]*\]|[^/:]*)(?::([^/]*))?(\/.*)?$/i.exec(source);
  if (/^[a-z][a-z\d+.-]*:(?!\/\/)/i.test(source) && !/^[^:/]+:\d+(?:\/|$)/.test(source)) return refuse('scheme');
  if (!match) return refuse('host');
  const [, rawScheme, rawHost = '', port, path = ''] = match;
  const scheme = (rawScheme ?? 'https').toLowerCase();
  if (rawHost.includes('@')) return refuse('credentials');
  if (scheme !== 'https' && scheme !== 'http') return refuse('scheme');

  const lowerHost = rawHost.toLowerCase();
  if (lowerHost === '*' || /^\*\.[^.]+$/.test(lowerHost)) return refuse('wildcard');
  const host = normalizeHost(lowerHost);
  if (host === undefined) return refuse('host');
  if (scheme === 'http' && !LOCAL_HOSTS.has(host)) return refuse('insecure');

  if (port !== undefined) {
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) return refuse('port');
  }
  if (!PATH.test(path)) return refuse('path');

  const portPart = port === undefined || (scheme === 'https' && port === '443') || (scheme === 'http' && port === '80') ? '' : `:${Number(port)}`;
  const pathPart = path === '/' ? '' : path;
  return { ok: true, origin: `${scheme}://${host}${portPart}${pathPart}` };
}
