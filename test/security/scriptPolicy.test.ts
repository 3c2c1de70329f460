import { describe, expect, it } from 'vitest';
import { checkExternalScript, checkInlineScript, matchesSource, parseContentSecurityPolicy } from '../../src/security/scriptPolicy.js';

const self = new URL('https://portal.example/');
const url = (value: string) => new URL(value);

describe('matchesSource', () => {
  it.each([
    ["'self'", 'https://portal.example/app.js', true],
    ["'self'", 'https://cdn.portal.example/app.js', false],
    ['https://cdn.example.com', 'https://cdn.example.com/a/b.js', true],
    ['https://cdn.example.com', 'https://cdn.example.com:8443/b.js', false],
    ['https://cdn.example.com', 'http://cdn.example.com/b.js', false],
    ['http://cdn.example.com', 'https://cdn.example.com/b.js', true],
    ['https://*.example.com', 'https://a.b.example.com/x.js', true],
    ['https://*.example.com', 'https://example.com/x.js', false],
    ['https://*.example.com', 'https://evilexample.com/x.js', false],
    ['https://cdn.example.com/widgets/', 'https://cdn.example.com/widgets/chat.js', true],
    ['https://cdn.example.com/widgets/', 'https://cdn.example.com/other.js', false],
    ['https://cdn.example.com/widget.js', 'https://cdn.example.com/widget.js?v=2', true],
    ['https://cdn.example.com/widget.js', 'https://cdn.example.com/widget.jsx', false],
    ['cdn.example.com', 'https://cdn.example.com/x.js', true],
    ['https:', 'https://anything.example/x.js', true],
    ["'nonce-abc'", 'https://portal.example/x.js', false],
    ["'none'", 'https://portal.example/x.js', false],
  ])('%s matches %s: %s', (source, target, expected) => {
    expect(matchesSource(source, url(target), self)).toBe(expected);
  });
});

describe('checkExternalScript', () => {
  const policy = "default-src 'self'; script-src 'self' 'nonce-abcdefghijklmnop' https://widget.example";

  it('allows a script from an allowed origin and from the page itself', () => {
    expect(checkExternalScript('https://widget.example/loader.js', policy, self.origin)).toEqual({ allowed: true });
    expect(checkExternalScript('https://portal.example/own.js', policy, self.origin)).toEqual({ allowed: true });
  });

  it('blocks other origins, http and malformed URLs, whatever nonce the page has', () => {
    expect(checkExternalScript('https://evil.example/x.js', policy, self.origin)).toMatchObject({ allowed: false, code: 'origin-not-allowed' });
    expect(checkExternalScript('http://widget.example/loader.js', policy, self.origin)).toMatchObject({ allowed: false, code: 'not-https' });
    expect(checkExternalScript('javascript:alert(1)', policy, self.origin)).toMatchObject({ allowed: false, code: 'not-https' });
    expect(checkExternalScript('not a url', policy, self.origin)).toMatchObject({ allowed: false, code: 'invalid-url' });
    expect(checkExternalScript(' https://widget.example/x.js', policy, self.origin)).toMatchObject({ allowed: false, code: 'invalid-url' });
    expect(checkExternalScript('https://widget.example@evil.example/x.js', policy, self.origin)).toMatchObject({ allowed: false });
  });

  it('reads script-src-elem before script-src before default-src', () => {
    expect(checkExternalScript('https://a.example/x.js', "default-src https://a.example", self.origin).allowed).toBe(true);
    expect(checkExternalScript('https://a.example/x.js', "default-src https://a.example; script-src 'self'", self.origin).allowed).toBe(false);
    expect(checkExternalScript('https://a.example/x.js', "script-src 'self'; script-src-elem https://a.example", self.origin).allowed).toBe(true);
  });
});

describe('checkInlineScript', () => {
  it('allows inline code only with the listed nonce, or unsafe-inline without nonces', () => {
    expect(checkInlineScript("script-src 'self' 'nonce-abcdefghijklmnop'", 'abcdefghijklmnop')).toEqual({ allowed: true });
    expect(checkInlineScript("script-src 'self' 'nonce-abcdefghijklmnop'", 'other')).toMatchObject({ allowed: false, code: 'inline-not-allowed' });
    expect(checkInlineScript("script-src 'self' 'nonce-abcdefghijklmnop'", undefined)).toMatchObject({ allowed: false, code: 'no-nonce' });
    expect(checkInlineScript("script-src 'self' 'unsafe-inline'", undefined)).toEqual({ allowed: true });
    // browsers ignore 'unsafe-inline' next to a nonce
    expect(checkInlineScript("script-src 'unsafe-inline' 'nonce-abcdefghijklmnop'", undefined)).toMatchObject({ allowed: false });
  });
});

describe('parseContentSecurityPolicy', () => {
  it('splits directives as browsers do; the first of a repeated directive wins', () => {
    const parsed = parseContentSecurityPolicy("Script-Src 'self';  ; script-src *; img-src https://a.example  https://b.example");
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(['https://a.example', 'https://b.example']);
  });
});
