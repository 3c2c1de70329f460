// What PortalScripts does on the client, loaded when it first has scripts to run: the policy
// checks and the script elements. A page without admin scripts, and the server, never load it.
import { scriptOrigin } from '../../security/buildContentSecurityPolicy.js';
import { checkExternalScript, checkInlineScript, parseContentSecurityPolicy, type ParsedContentSecurityPolicy } from '../../security/scriptPolicy.js';
import type { ContentSecurityPolicySettings } from '../../security/types.js';
import { validateOrigin } from '../../security/validateOrigin.js';
import type { BlockedScript, FailedScript } from './PortalScripts.js';

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

/** What {@link runPortalScripts} needs. */
export interface PortalScriptsRun {
  settings: ContentSecurityPolicySettings;
  policy: string | undefined;
  nonce: string | undefined;
  /** Stands for what is run (refusals are reported once per page and plan). */
  plan: string;
  isCancelled: () => boolean;
  onBlocked: (script: BlockedScript) => void;
  onError: (script: FailedScript) => void;
}

/** Inserts the allowed scripts in order (external ones first, each after the previous has loaded). */
export async function runPortalScripts({ settings, policy, nonce, plan, isCancelled, onBlocked, onError }: PortalScriptsRun): Promise<void> {
  const { externalScripts = [], inlineScripts = [] } = settings;
  const parsed = policy !== undefined ? parseContentSecurityPolicy(policy) : policyFromSettings(settings, nonce);
  const reported = registryOf(document);
  const block = (script: BlockedScript) => {
    // Report each refusal once per page and plan (StrictMode runs effects twice).
    const key = `blocked:${plan}:${script.kind}:${script.index}`;
    if (reported.has(key)) return;
    reported.set(key, Promise.resolve(false));
    onBlocked(script);
  };
  for (const [index, script] of externalScripts.entries()) {
    if (isCancelled()) return;
    const check = checkExternalScript(script.url, parsed, window.location.origin);
    if (!check.allowed) {
      block({ kind: 'external', index, url: script.url, code: check.code, reason: check.reason });
      continue;
    }
    const loaded = await loadExternal(document, new URL(script.url).href, nonce);
    if (!loaded && !isCancelled()) onError({ index, url: script.url });
  }
  for (const [index, script] of inlineScripts.entries()) {
    if (isCancelled()) return;
    const check = checkInlineScript(parsed, nonce);
    if (!check.allowed) {
      block({ kind: 'inline', index, code: check.code, reason: check.reason });
      continue;
    }
    runInline(document, script.code, nonce);
  }
}
