// docs/examples/adapter-contract.test.ts: among your own tests, run with `npx vitest run`.
import type { PortalAdapters } from 'helpdesk-portal-kit';
import { describeAdapterContract } from 'helpdesk-portal-kit/testing';

/** Your adapters, e.g. over your helpdesk's REST API, here against a test instance of it. */
declare function createHelpdeskAdapters(options: { baseUrl: string }): PortalAdapters;

describeAdapterContract('helpdesk REST adapters', () => createHelpdeskAdapters({ baseUrl: 'http://127.0.0.1:8080' }), {
  // Domains your adapters do not implement (missing ones are skipped anyway).
  skip: ['assets'],
  // Each test's limit in milliseconds (10 s by default).
  timeout: 20_000,
});
