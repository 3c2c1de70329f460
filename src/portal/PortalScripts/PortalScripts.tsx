import { useEffect, useRef } from 'react';
import { scriptOrigin } from '../../security/buildContentSecurityPolicy.js';
import {
  checkExternalScript,
  checkInlineScript,
  parseContentSecurityPolicy,
  type ParsedContentSecurityPolicy,
  type ScriptBlockCode,
} from '../../security/scriptPolicy.js';
import type { ContentSecurityPolicySettings } from '../../security/types.js';
import { validateOrigin } from '../../security/validateOrigin.js';
import { usePortal } from '../PortalProvider/context.js';

const NAME = 'PortalScripts';

/** A script `PortalScripts` did not insert, and why. */
export interface BlockedScript {
  /** Which list it came from. */
  kind: 'external' | 'inline';
  /** Its position in that list. */
  index: number;
  /** The URL of an external script. */
  url?: string | undefined;
  /** Why: `not-https`, `invalid-url`, `origin-not-allowed`, `no-nonce` or `inline-not-allowed`. */
  code: ScriptBlockCode;
  /** The same in English words, for logs. */
  reason: string;
}

/** An external script that was inserted but failed to load. */
export interface FailedScript {
  index: number;
  url: string;
}

export interface PortalScriptsProps {
  /**
   * The admin's script settings (the model's `ScriptSettings` fits): external scripts load
   * first, in order, each after the previous one; then the inline scripts, in order.
   */
  settings: ContentSecurityPolicySettings;
  /**
   * The `Content-Security-Policy` the page was served with, if the host passes it down. A
   * script it would block is not inserted. @default the policy `buildContentSecurityPolicy`
   * makes from `settings` and the nonce
   */
  policy?: string | undefined;
  /** The page's CSP nonce, put on every inserted script. @default `PortalProvider`'s `nonce` */
  nonce?: string | undefined;
  /** Called for each script that was not inserted because the policy would block it. */
  onBlocked?: ((script: BlockedScript) => void) | undefined;
  /** Called when an inserted external script fails to load. */
  onError?: ((script: FailedScript) => void) | undefined;
}

/** Scripts already inserted (or started) per document: each runs once per page, whoever asks. */
const inserted = new WeakMap<Document, Map<string, Promise<boolean>>>();

function registryOf(document: Document) {
  let registry = inserted.get(document);
  if (!registry) {
    registry = new Map();
    inserted.set(document, registry);
  }
  return registry;
}

function loadExternal(document: Document, url: string, nonce: string | undefined): Promise<boolean> {
  const registry = registryOf(document);
  const key = `src:${url}`;
  const existing = registry.get(key);
  if (existing) return existing;
  const alreadyOnPage = Array.from(document.scripts).some((script) => script.src === url);
  const promise = alreadyOnPage
    ? Promise.resolve(true)
    : new Promise<boolean>((resolve) => {
        const script = document.createElement('script');
        script.src = url;
        script.async = false; // keep the admin's order among inserted scripts
        if (nonce) script.setAttribute('nonce', nonce);
        script.setAttribute('data-slot', 'portal-script');
        script.addEventListener('load', () => resolve(true), { once: true });
        script.addEventListener('error', () => resolve(false), { once: true });
        document.head.appendChild(script);
      });
  registry.set(key, promise);
  return promise;
}

function runInline(document: Document, code: string, nonce: string | undefined) {
  const registry = registryOf(document);
  const key = `inline:${code}`;
  if (registry.has(key)) return;
  registry.set(key, Promise.resolve(true));
  const script = document.createElement('script');
  if (nonce) script.setAttribute('nonce', nonce);
  script.setAttribute('data-slot', 'portal-script');
  script.textContent = code;
  document.head.appendChild(script); // runs now, synchronously
}

/** The script sources a policy built from `settings` would have, without throwing on bad entries. */
function policyFromSettings(settings: ContentSecurityPolicySettings, nonce: string | undefined): ParsedContentSecurityPolicy {
  const sources = ["'self'"];
  if (settings.allowUnsafeInline === true) sources.push("'unsafe-inline'");
  else if (nonce) sources.push(`'nonce-${nonce}'`);
  for (const script of settings.externalScripts ?? []) {
    const origin = scriptOrigin(script.url);
    if (origin) sources.push(origin);
  }
  for (const origin of settings.additionalOrigins?.['script-src'] ?? []) {
    const result = validateOrigin(origin);
    if (result.ok) sources.push(result.origin);
  }
  return new Map([['script-src', sources]]);
}

/**
 * Loads the admin's external and inline scripts on the client, with the page's nonce, each
 * once per page however often it is rendered. A script the policy would block is not
 * inserted (the library never runs what the policy forbids) and is reported through
 * `onBlocked`. External scripts must be https (http only for localhost) and on an origin
 * the policy's `script-src` allows: the nonce on the element is not counted, since it
 * would let any URL through. Renders nothing, and nothing at all on the server.
 */
export function PortalScripts({ settings, policy, nonce: nonceProp, onBlocked, onError }: PortalScriptsProps) {
  const portal = usePortal(NAME);
  const nonce = nonceProp ?? portal.nonce;
  const callbacks = useRef({ onBlocked, onError });
  useEffect(() => {
    callbacks.current = { onBlocked, onError };
  });

  // Re-run only when what would be loaded, or the policy, changes; not on every new settings object.
  const plan = JSON.stringify([
    settings.externalScripts?.map((script) => script.url),
    settings.inlineScripts?.map((script) => script.code),
    policy ?? [settings.additionalOrigins?.['script-src'], settings.allowUnsafeInline === true],
    nonce,
  ]);

  useEffect(() => {
    let cancelled = false;
    const { externalScripts = [], inlineScripts = [] } = settings;
    const parsed = policy !== undefined ? parseContentSecurityPolicy(policy) : policyFromSettings(settings, nonce);
    const reported = registryOf(document);
    const block = (script: BlockedScript) => {
      // Report each refusal once per page and plan (StrictMode runs effects twice).
      const key = `blocked:${plan}:${script.kind}:${script.index}`;
      if (reported.has(key)) return;
      reported.set(key, Promise.resolve(false));
      callbacks.current.onBlocked?.(script);
    };

    async function run() {
      for (const [index, script] of externalScripts.entries()) {
        if (cancelled) return;
        const check = checkExternalScript(script.url, parsed, window.location.origin);
        if (!check.allowed) {
          block({ kind: 'external', index, url: script.url, code: check.code, reason: check.reason });
          continue;
        }
        const loaded = await loadExternal(document, new URL(script.url).href, nonce);
        if (!loaded && !cancelled) callbacks.current.onError?.({ index, url: script.url });
      }
      for (const [index, script] of inlineScripts.entries()) {
        if (cancelled) return;
        const check = checkInlineScript(parsed, nonce);
        if (!check.allowed) {
          block({ kind: 'inline', index, code: check.code, reason: check.reason });
          continue;
        }
        runInline(document, script.code, nonce);
      }
    }
    void run();
    return () => {
      cancelled = true;
    };
    // `plan` stands for everything the effect reads from `settings`, `policy` and `nonce`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan]);

  return null;
}
PortalScripts.displayName = NAME;
