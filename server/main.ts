// `npm run server`: the reference backend on 127.0.0.1.
//
//   --port <n>          PORTAL_PORT           default 8787 (0 picks a free port)
//   --host <address>    PORTAL_HOST           default 127.0.0.1
//   --data <directory>  PORTAL_DATA_DIR       default .server-data
//   --seed demo|none    PORTAL_SEED           content of a new database, default demo
//                       PORTAL_ADMIN_TOKEN    the admin's bearer token (a random one is made and printed when unset)
//                       PORTAL_CUSTOMER_TOKEN the customer's bearer token for the ticket routes
//                       PORTAL_CUSTOMERS      sample customers with their groups, as JSON:
//                                             [{"token":"…","id":"dana","name":"Dana Weber","groups":["acme"]}]
//                       PORTAL_CORS_ORIGINS   comma-separated origins allowed to call from a browser
//                       PORTAL_PUBLIC_URL     the address clients use, for asset URLs
//                       PORTAL_MAX_UPLOAD_BYTES, PORTAL_LOG_LEVEL (default info)
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPortalServer } from './app.js';
import { parseCustomersVariable } from './customersFromEnv.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    seed: { type: 'string' },
  },
});

const env = process.env;
const port = Number(values.port ?? env.PORTAL_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${values.port ?? env.PORTAL_PORT}`);
const seed = values.seed ?? env.PORTAL_SEED ?? 'demo';
if (seed !== 'demo' && seed !== 'none') throw new Error('--seed is "demo" or "none"');
const customers = parseCustomersVariable(env.PORTAL_CUSTOMERS);

let adminToken = env.PORTAL_ADMIN_TOKEN;
if (!adminToken) {
  adminToken = randomBytes(24).toString('base64url');
  console.log(`No PORTAL_ADMIN_TOKEN set; this run's admin token is ${adminToken}`);
}

const server = await startPortalServer({
  dataDirectory: resolve(values.data ?? env.PORTAL_DATA_DIR ?? '.server-data'),
  adminToken,
  customerToken: env.PORTAL_CUSTOMER_TOKEN || undefined,
  customers,
  seed: seed === 'none' ? null : undefined,
  host: values.host ?? env.PORTAL_HOST ?? '127.0.0.1',
  port,
  publicUrl: env.PORTAL_PUBLIC_URL || undefined,
  maxUploadBytes: env.PORTAL_MAX_UPLOAD_BYTES ? Number(env.PORTAL_MAX_UPLOAD_BYTES) : undefined,
  corsOrigins: env.PORTAL_CORS_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean),
  logger: { level: env.PORTAL_LOG_LEVEL ?? 'info' },
});

// Scripts and tests wait for this line.
console.log(`helpdesk-portal-kit reference backend listening on ${server.url}`);

let closing = false;
const stop = async (signal: string) => {
  if (closing) return;
  closing = true;
  server.app.log.info(`${signal}: closing`);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
