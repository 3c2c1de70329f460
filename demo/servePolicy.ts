// The Content-Security-Policy the demo server sends while the demo runs against a backend: the
// policy the admin configured (the backend's script settings through the library's
// `buildContentSecurityPolicy`), plus what the demo itself needs to reach that backend.
// serve.mjs loads this module only when it serves against a backend.
import * as v from 'valibot';
import { ScriptSettingsSchema } from '../src/model/scripts.js';
import { buildContentSecurityPolicy } from '../src/security/buildContentSecurityPolicy.js';
import { parseContentSecurityPolicy } from '../src/security/scriptPolicy.js';
import type { ContentSecurityPolicySettings } from '../src/security/types.js';

/** Script settings with nothing in them: the policy is the library's strict default. */
export const NO_SCRIPT_SETTINGS: ContentSecurityPolicySettings = { externalScripts: [], inlineScripts: [], additionalOrigins: {} };

/** What {@link demoContentSecurityPolicy} builds a header from. */
export interface DemoPolicyInput {
  /** This response's nonce (fresh random bytes, base64). */
  nonce: string;
  /** The backend's current script settings; `null` when there are none (or they could not be read). */
  settings: ContentSecurityPolicySettings | null;
  /** The backend's origin, e.g. `http://127.0.0.1:8787`: the demo fetches data and images from it. */
  apiOrigin: string;
}

/** A header value, and why the admin's settings were left out of it if they were. */
export interface DemoPolicy {
  header: string;
  /** Set when the settings could not be turned into a policy; the header is then the strict default. */
  error?: Error | undefined;
}

/** Order in which the merged policy lists its directives (others follow in their own order). */
const ORDER = ['default-src', 'script-src', 'style-src', 'img-src', 'connect-src', 'font-src', 'frame-src', 'media-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors'];

/** The origin of the backend's URL, or an error for anything but an http(s) URL. */
export function apiOriginOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The API address ${JSON.stringify(url)} is not a URL.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`The API address ${JSON.stringify(url)} must be an http(s) URL.`);
  if (parsed.username || parsed.password) throw new Error('The API address must not contain a user name or password.');
  // The URL parser lets `;`, `,` and quotes through in a host name; in a header they would end
  // the directive. A host is letters, digits, hyphens and dots (punycoded), or an IPv6 literal.
  if (!/^(?:[a-z\d-]+\.)*[a-z\d-]+$|^\[[\da-f:.]+\]$/.test(parsed.hostname)) {
    throw new Error(`The API address ${JSON.stringify(url)} has a host name a policy cannot carry.`);
  }
  return parsed.origin;
}

/**
 * The policy for one HTML response of the demo served against a backend.
 *
 * `script-src`, `style-src` and the other directives the admin can extend come from
 * `buildContentSecurityPolicy` over the backend's script settings and the nonce, as the spec
 * asks of hosts. To them the demo adds what it needs itself, never removing anything the
 * admin allowed: `img-src` gains `data:` (the demo's favicon and seeded images) and the
 * backend's origin (uploaded assets), `connect-src` the backend's origin (the HTTP adapters).
 * What the settings cannot configure stays as strict as the demo's own policy:
 * `base-uri 'none'`, and `frame-ancestors 'none'` unless the settings name who may frame the
 * portal. Settings the builder refuses (a malformed origin stored by another client) are left
 * out entirely, with the error returned, rather than half applied.
 */
export function demoContentSecurityPolicy({ nonce, settings, apiOrigin }: DemoPolicyInput): DemoPolicy {
  let base: string;
  let error: Error | undefined;
  try {
    base = buildContentSecurityPolicy(settings ?? NO_SCRIPT_SETTINGS, { nonce });
  } catch (caught) {
    error = caught instanceof Error ? caught : new Error(String(caught));
    base = buildContentSecurityPolicy(NO_SCRIPT_SETTINGS, { nonce });
  }
  const origin = apiOriginOf(apiOrigin);
  const directives = new Map(Array.from(parseContentSecurityPolicy(base), ([name, sources]) => [name, [...sources]]));
  const add = (name: string, sources: string[]) => directives.set(name, [...new Set([...(directives.get(name) ?? ["'self'"]), ...sources])]);
  add('img-src', ["'self'", 'data:', origin]);
  add('connect-src', ["'self'", origin]);
  directives.set('base-uri', ["'none'"]);
  const ancestors = error ? [] : (settings?.frameAncestors ?? []);
  if (ancestors.length === 0) directives.set('frame-ancestors', ["'none'"]);

  const rank = (name: string) => {
    const index = ORDER.indexOf(name);
    return index === -1 ? ORDER.length : index;
  };
  const header = [...directives]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
  return { header, error };
}

/** Options of {@link createScriptSettingsSource}. */
export interface ScriptSettingsSourceOptions {
  /** The backend's base URL; settings are read from `<url>/portal/script-settings`. */
  url: string;
  /** How long a reading is reused, in milliseconds. @default 5000 */
  maxAge?: number | undefined;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /** Gives up on a slow backend after this many milliseconds. @default 3000 */
  timeout?: number | undefined;
  /** The clock. @default Date.now */
  now?: (() => number) | undefined;
}

/** The backend's script settings as the policy needs them, re-read at most every `maxAge`. */
export type ScriptSettingsSource = () => Promise<{ settings: ContentSecurityPolicySettings | null; error?: Error | undefined }>;

/**
 * Reads the backend's script settings (the public portal route) for the policy, keeping each
 * reading for `maxAge` so that a page load's requests do not each ask the backend. Requests
 * while a reading is under way share it. When the backend cannot be read, or answers with
 * something that is not script settings, the result is `null` settings and the error: the
 * policy then allows no admin scripts, which fails closed (the portal cannot read those
 * settings either while the backend is down).
 */
export function createScriptSettingsSource({ url, maxAge = 5000, fetch: fetchImpl = globalThis.fetch, timeout = 3000, now = Date.now }: ScriptSettingsSourceOptions): ScriptSettingsSource {
  const endpoint = `${url.replace(/\/+$/, '')}/portal/script-settings`;
  let cached: { at: number; value: Awaited<ReturnType<ScriptSettingsSource>> } | undefined;
  let pending: Promise<Awaited<ReturnType<ScriptSettingsSource>>> | undefined;

  const read = async (): Promise<Awaited<ReturnType<ScriptSettingsSource>>> => {
    try {
      const response = await fetchImpl(endpoint, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeout) });
      if (response.status === 204) return { settings: null };
      if (!response.ok) throw new Error(`${endpoint} answered ${response.status}.`);
      const parsed = v.safeParse(ScriptSettingsSchema, await response.json());
      if (!parsed.success) throw new Error(`${endpoint} did not answer with script settings: ${parsed.issues[0]?.message ?? 'invalid'}.`);
      return { settings: parsed.output };
    } catch (caught) {
      return { settings: null, error: caught instanceof Error ? caught : new Error(String(caught)) };
    }
  };

  return () => {
    if (cached && now() - cached.at < maxAge) return Promise.resolve(cached.value);
    pending ??= read().then((value) => {
      cached = { at: now(), value };
      pending = undefined;
      return value;
    });
    return pending;
  };
}
