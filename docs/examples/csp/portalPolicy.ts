// docs/examples/csp/portalPolicy.ts: one nonce and one policy per HTML response.
import { randomBytes } from 'node:crypto';
import { createHttpAdapters } from 'helpdesk-portal-kit/adapters';
import { buildContentSecurityPolicy, type ContentSecurityPolicySettings } from 'helpdesk-portal-kit/security';

// The admin's script settings, read where the portal reads them (here your helpdesk's API
// through the bundled HTTP adapters; any source of the `ScriptSettings` record works).
const adapters = createHttpAdapters({ baseUrl: 'https://helpdesk.example.com/api', access: 'portal' });
const NO_SCRIPTS: ContentSecurityPolicySettings = { externalScripts: [], inlineScripts: [], additionalOrigins: {} };

export interface PortalPolicy {
  /** Fresh random bytes for this response: give the same value to `PortalProvider`'s `nonce`. */
  nonce: string;
  /** The `Content-Security-Policy` header value. */
  header: string;
}

export async function portalPolicy(): Promise<PortalPolicy> {
  const nonce = randomBytes(16).toString('base64');
  const settings = (await adapters.scriptSettings.get({})) ?? NO_SCRIPTS;
  // Throws a ContentSecurityPolicyError rather than build a header from a value it refuses.
  return { nonce, header: buildContentSecurityPolicy(settings, { nonce }) };
}
