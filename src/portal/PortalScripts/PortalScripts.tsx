import { useEffect, useRef } from 'react';
import type { ScriptBlockCode } from '../../security/scriptPolicy.js';
import type { ContentSecurityPolicySettings } from '../../security/types.js';
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
    const { externalScripts = [], inlineScripts = [] } = settings;
    if (externalScripts.length === 0 && inlineScripts.length === 0) return;
    let cancelled = false;
    const run = {
      settings,
      policy,
      nonce,
      plan,
      isCancelled: () => cancelled,
      onBlocked: (script: BlockedScript) => callbacks.current.onBlocked?.(script),
      onError: (script: FailedScript) => callbacks.current.onError?.(script),
    };
    void import('./runPortalScripts.js').then(
      ({ runPortalScripts }) => runPortalScripts(run),
      // The checks could not be loaded, so no script is inserted: each external one is reported as not loaded.
      () => {
        if (!cancelled) for (const [index, script] of externalScripts.entries()) run.onError({ index, url: script.url });
      },
    );
    return () => {
      cancelled = true;
    };
    // `plan` stands for everything the effect reads from `settings`, `policy` and `nonce`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan]);

  return null;
}
PortalScripts.displayName = NAME;
