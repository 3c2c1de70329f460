import { describe, expect, it } from 'vitest';
import { parseCustomersVariable } from '../../server/customersFromEnv.js';
import { call, startTestServer } from './harness.js';

// `npm run server` reads the reference backend's sample customers from PORTAL_CUSTOMERS.

const dana = { token: 'dana-0123456789abcdef', id: 'dana', name: 'Dana Weber', groups: ['acme', 'gold'] };

describe('PORTAL_CUSTOMERS', () => {
  it('means no customers when unset or blank', () => {
    expect(parseCustomersVariable(undefined)).toBeUndefined();
    expect(parseCustomersVariable('  ')).toBeUndefined();
  });

  it('reads customers with their groups, and without any', () => {
    const plain = { token: 'lee-0123456789abcdef', id: 'lee', name: 'Lee Chen' };
    expect(parseCustomersVariable(JSON.stringify([dana, plain]))).toEqual([dana, plain]);
    expect(parseCustomersVariable('[]')).toEqual([]);
  });

  it('refuses what is not JSON, naming the variable', () => {
    expect(() => parseCustomersVariable('dana:acme,gold')).toThrow(/^PORTAL_CUSTOMERS is not JSON/);
  });

  it('refuses a malformed entry, naming where, without echoing the token', () => {
    const short = () => parseCustomersVariable(JSON.stringify([dana, { ...dana, token: 'secret-short', id: 'lee' }]));
    expect(short).toThrow('PORTAL_CUSTOMERS at 1.token: the token must have at least 16 characters');
    expect(short).not.toThrow(/secret-short/);
    expect(() => parseCustomersVariable(JSON.stringify([{ ...dana, name: ' ' }]))).toThrow('PORTAL_CUSTOMERS at 0.name: the name is empty');
    expect(() => parseCustomersVariable(JSON.stringify([{ ...dana, groups: 'acme' }]))).toThrow(/^PORTAL_CUSTOMERS at 0\.groups: /);
    expect(() => parseCustomersVariable(JSON.stringify([{ ...dana, group: ['acme'] }]))).toThrow(/^PORTAL_CUSTOMERS at 0\.group: /);
    expect(() => parseCustomersVariable(JSON.stringify(dana))).toThrow(/^PORTAL_CUSTOMERS: /);
  });

  it('refuses two customers with one token', () => {
    expect(() => parseCustomersVariable(JSON.stringify([dana, { ...dana, id: 'lee' }]))).toThrow("PORTAL_CUSTOMERS at 1: the token of customer lee is already another customer's.");
  });

  it('gives the server customers who see what their groups may see', async () => {
    const server = await startTestServer({ customers: parseCustomersVariable(JSON.stringify([dana])) });
    try {
      // The demo's page for Gold customers.
      const path = '/portal/custom-pages/by-slug/gold-support';
      expect((await call(server, 'GET', path, { token: dana.token })).status).toBe(200);
      expect((await call(server, 'GET', path, { token: null })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
