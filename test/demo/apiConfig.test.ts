import { afterEach, describe, expect, it } from 'vitest';
import { API_CONFIG_META, demoApiConfig, readRuntimeApiConfig } from '../../demo/apiConfig.js';

// Which backend the demo talks to: the one the serving page names, else the build's, else none.

const env = { VITE_PORTAL_API_URL: 'http://127.0.0.1:8787', VITE_PORTAL_ADMIN_TOKEN: 'build-admin', VITE_PORTAL_CUSTOMER_TOKEN: 'build-customer' };

function setMeta(content: string) {
  const meta = document.createElement('meta');
  meta.name = API_CONFIG_META;
  meta.content = content;
  document.head.append(meta);
}

afterEach(() => {
  for (const meta of document.head.querySelectorAll('meta')) meta.remove();
});

describe('demoApiConfig', () => {
  it('prefers the backend the page names at run time', () => {
    setMeta(JSON.stringify({ url: 'https://api.example.com/portal', adminToken: 'run-admin', customerToken: 'run-customer' }));
    expect(demoApiConfig(document, env)).toEqual({ url: 'https://api.example.com/portal', adminToken: 'run-admin', customerToken: 'run-customer' });
  });

  it('falls back to the build-time variables, then to none (the in-browser store)', () => {
    expect(demoApiConfig(document, env)).toEqual({ url: 'http://127.0.0.1:8787', adminToken: 'build-admin', customerToken: 'build-customer' });
    expect(demoApiConfig(document, {})).toBeUndefined();
    expect(demoApiConfig(document, { VITE_PORTAL_API_URL: '' })).toBeUndefined();
  });

  it.each([
    ['not JSON', '{url:'],
    ['not an object', '"http://127.0.0.1:8787"'],
    ['a javascript: address', JSON.stringify({ url: 'javascript:alert(1)' })],
    ['no address', JSON.stringify({ adminToken: 'x' })],
  ])('ignores a <meta> with %s', (_case, content) => {
    setMeta(content);
    expect(readRuntimeApiConfig(document)).toBeUndefined();
    expect(demoApiConfig(document, env)?.url).toBe('http://127.0.0.1:8787');
  });

  it('drops tokens that are not text', () => {
    setMeta(JSON.stringify({ url: 'http://127.0.0.1:9000', adminToken: 42, customerToken: '' }));
    expect(readRuntimeApiConfig(document)).toEqual({ url: 'http://127.0.0.1:9000', adminToken: undefined, customerToken: undefined });
  });
});
