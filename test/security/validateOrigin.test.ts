import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, ContentSecurityPolicyError } from '../../src/security/buildContentSecurityPolicy.js';
import { parseContentSecurityPolicy } from '../../src/security/scriptPolicy.js';
import { validateOrigin } from '../../src/security/validateOrigin.js';
import origins from './fixtures/origins.json';

const nonce = 'rAnd0mN0nceValue1234==';

describe('validateOrigin', () => {
  describe(`given ${origins.hostile.length} hostile or malformed sources`, () => {
    it('has at least 20 of them', () => {
      expect(origins.hostile.length).toBeGreaterThanOrEqual(20);
    });

    it.each(origins.hostile.map((source) => [source] as const))('refuses %j with a reason', (source) => {
      const result = validateOrigin(source);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
    });

    it.each(origins.hostile.map((source) => [source] as const))('%j cannot reach a policy: the builder throws naming it', (source) => {
      let error: unknown;
      try {
        buildContentSecurityPolicy({ externalScripts: [], inlineScripts: [], additionalOrigins: { 'img-src': [source] } }, { nonce });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ContentSecurityPolicyError);
      expect((error as ContentSecurityPolicyError).value).toBe(source);
      expect((error as ContentSecurityPolicyError).field).toBe('additionalOrigins.img-src[0]');
    });
  });

  describe('given sources an admin would enter', () => {
    it.each(origins.benign.map((entry) => [entry.source, entry.origin] as const))('accepts %j as %j', (source, origin) => {
      expect(validateOrigin(source)).toEqual({ ok: true, origin });
      // and the normalized value is exactly one source expression in the header
      const policy = buildContentSecurityPolicy({ externalScripts: [], inlineScripts: [], additionalOrigins: { 'img-src': [source] } }, { nonce });
      expect(parseContentSecurityPolicy(policy).get('img-src')).toEqual(["'self'", origin]);
    });
  });

  it('says which rule was broken', () => {
    expect(validateOrigin('http://example.com')).toMatchObject({ ok: false, code: 'insecure' });
    expect(validateOrigin("'unsafe-inline'")).toMatchObject({ ok: false, code: 'keyword' });
    expect(validateOrigin('*')).toMatchObject({ ok: false, code: 'wildcard' });
    expect(validateOrigin('https://example.com; script-src *')).toMatchObject({ ok: false, code: 'characters' });
    expect(validateOrigin('https://example.com:70000')).toMatchObject({ ok: false, code: 'port' });
    expect(validateOrigin('data:')).toMatchObject({ ok: false, code: 'scheme' });
  });
});
