import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortalServer, type PortalServer, type PortalServerOptions } from '../../server/app.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const CUSTOMER_TOKEN = 'test-customer-token-0123456789';

/** A reference backend on 127.0.0.1 with a free port and a fresh data folder, removed on close. */
export async function startTestServer(options: Partial<PortalServerOptions> = {}): Promise<PortalServer & { dataDirectory: string }> {
  const dataDirectory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), 'hpk-server-'));
  const server = await startPortalServer({
    adminToken: ADMIN_TOKEN,
    customerToken: CUSTOMER_TOKEN,
    host: '127.0.0.1',
    port: 0,
    validateResponses: true,
    ...options,
    dataDirectory,
  });
  return {
    ...server,
    dataDirectory,
    async close() {
      await server.close();
      if (!options.dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

/** A request to the server with the admin token (or another), returning status, headers and parsed body. */
export async function call(
  server: { url: string },
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; headers?: Record<string, string>; fetch?: typeof fetch } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? ADMIN_TOKEN : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (typeof options.body === 'string' || options.body instanceof Uint8Array || options.body instanceof Blob) body = options.body as BodyInit;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await (options.fetch ?? fetch)(`${server.url}${path}`, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: json as Record<string, unknown> & { data?: Array<Record<string, unknown>>; total?: number } };
}
