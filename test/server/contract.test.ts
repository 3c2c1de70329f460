import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapters, validateAdapters } from '../../src/adapters/index.js';
import { describeAdapterContract } from '../../src/testing/index.js';
import { createContractChecker, type ContractChecker } from './contractChecker.js';
import { ADMIN_TOKEN, startTestServer } from './harness.js';

// The adapter contract suite, through the HTTP adapter, against the reference backend on
// loopback; every response of the run is checked against openapi/portal.yaml.

let server: Awaited<ReturnType<typeof startTestServer>>;
let checker: ContractChecker;

beforeAll(async () => {
  [server, checker] = await Promise.all([startTestServer(), createContractChecker()]);
});

afterAll(async () => {
  await server?.close();
});

const adapters = () => createHttpAdapters({ baseUrl: server.url, access: 'admin', getToken: () => ADMIN_TOKEN, fetch: checker.wrap(), retry: false });

describeAdapterContract('HTTP adapters against the reference backend', adapters);

// What components talk to: the same adapters behind the library's validation boundary.
describeAdapterContract('HTTP adapters behind the validation boundary', () => validateAdapters(adapters(), { warn: () => undefined }));

describe('the responses of the contract runs', () => {
  it('all match the OpenAPI document, as checked by the client and by the server', () => {
    // Runs after the suites above (Vitest keeps file order).
    expect(checker.seen.length).toBeGreaterThan(150);
    expect(checker.problems()).toEqual([]);
    expect(server.contractViolations).toEqual([]);
  });

  it('covered reads, writes, conflicts, not-found and validation answers', () => {
    const statuses = new Set(checker.seen.map((exchange) => exchange.status));
    for (const status of [200, 201, 204, 404, 412, 415, 422]) expect(statuses, `status ${status}`).toContain(status);
  });
});
