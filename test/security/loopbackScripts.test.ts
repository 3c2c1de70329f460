import { describe, expect, it } from 'vitest';
import { checkScriptUrl } from '../../src/admin/ScriptSettingsEditor/checkScriptUrl.js';
import { buildContentSecurityPolicy, ContentSecurityPolicyError, scriptOrigin } from '../../src/security/buildContentSecurityPolicy.js';
import { checkExternalScript, parseContentSecurityPolicy } from '../../src/security/scriptPolicy.js';
import { validateOrigin } from '../../src/security/validateOrigin.js';

// Script URLs must be https, with one exception: http on the loopback names (localhost,
// 127.0.0.1, [::1]). Browsers treat those as potentially trustworthy (Secure Contexts), the
// traffic never leaves the machine, and it is how a script is tried out locally or in a
// browser test. Everything else on http, other loopback addresses and other IPs stay refused.

const nonce = 'rAnd0mN0nceValue1234==';
const none = { externalScripts: [], inlineScripts: [], additionalOrigins: {} };

describe('http script URLs on loopback', () => {
  it.each(['http://127.0.0.1:43121/widget.js', 'http://localhost:3000/widget.js', 'http://[::1]:8080/widget.js'])('accepts %s from the editor to the header', (url) => {
    const origin = new URL(url).origin;
    expect(scriptOrigin(url)).toBe(origin);
    expect(checkScriptUrl(url, [])).toEqual({ ok: true, url, origin, allowed: false });
    expect(checkScriptUrl(url, [origin])).toMatchObject({ ok: true, allowed: true });
    const policy = buildContentSecurityPolicy({ ...none, externalScripts: [{ url }] }, { nonce });
    expect(parseContentSecurityPolicy(policy).get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, origin]);
    expect(checkExternalScript(url, policy, 'http://127.0.0.1:4173')).toEqual({ allowed: true });
  });

  it('matches the port: another port on 127.0.0.1 is another origin', () => {
    const policy = buildContentSecurityPolicy({ ...none, externalScripts: [{ url: 'http://127.0.0.1:43121/widget.js' }] }, { nonce });
    expect(checkExternalScript('http://127.0.0.1:43122/widget.js', policy, 'http://127.0.0.1:4173')).toMatchObject({ allowed: false, code: 'origin-not-allowed' });
    expect(checkScriptUrl('http://127.0.0.1:43122/widget.js', ['http://127.0.0.1:43121'])).toMatchObject({ ok: true, allowed: false });
  });

  it.each(['http://127.0.0.2/widget.js', 'http://10.0.0.1/widget.js', 'http://localhost.example.com/widget.js', 'http://widgets.example.com/chat.js'])('still refuses %s', (url) => {
    expect(scriptOrigin(url)).toBeUndefined();
    expect(checkScriptUrl(url, []).ok).toBe(false);
    expect(() => buildContentSecurityPolicy({ ...none, externalScripts: [{ url }] }, { nonce })).toThrow(ContentSecurityPolicyError);
    expect(checkExternalScript(url, "script-src 'self' http:", 'https://portal.example.com')).toMatchObject({ allowed: false, code: 'not-https' });
  });

  it('reads a bracketed IPv6 host as one host: [::1] with or without a port, no other IPv6 address', () => {
    expect(validateOrigin('http://[::1]:8080')).toEqual({ ok: true, origin: 'http://[::1]:8080' });
    expect(validateOrigin('http://[::1]')).toEqual({ ok: true, origin: 'http://[::1]' });
    expect(validateOrigin('https://[2001:db8::1]:8443')).toMatchObject({ ok: false, code: 'host' });
    expect(validateOrigin('http://[::1')).toMatchObject({ ok: false });
    expect(checkExternalScript('http://[::1]:8081/widget.js', "script-src 'self' http://[::1]:8080", 'http://[::1]:4173')).toMatchObject({ allowed: false, code: 'origin-not-allowed' });
  });

  it('names the loopback exception in the reason an admin sees', () => {
    expect(validateOrigin('http://widgets.example.com')).toMatchObject({ ok: false, code: 'insecure', reason: expect.stringContaining('localhost') });
  });
});
