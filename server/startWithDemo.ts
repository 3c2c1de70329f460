// `npm run start:server`: the reference backend and the demo side by side.
//
// By default the demo's dev server, which reads the API's address from VITE_PORTAL_API_URL (and,
// being a demo with a simulated sign-in, the tokens from VITE_PORTAL_ADMIN_TOKEN and
// VITE_PORTAL_CUSTOMER_TOKEN); without them it keeps its in-browser store.
//
// With `--built` (`npm run start:server -- --built`): the demo is built and served as it ships
// (demo/serve.mjs), told the backend's address at run time, and every page is sent with the
// Content-Security-Policy the admin configured in the backend's script settings.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPortalServer } from './app.js';

const { values } = parseArgs({ options: { built: { type: 'boolean', default: false } } });
const DEMO_PORT = Number(process.env.DEMO_PORT ?? (values.built ? 4173 : 5173));
const adminToken = process.env.PORTAL_ADMIN_TOKEN || randomBytes(24).toString('base64url');
const customerToken = process.env.PORTAL_CUSTOMER_TOKEN || randomBytes(24).toString('base64url');

const server = await startPortalServer({
  dataDirectory: resolve(process.env.PORTAL_DATA_DIR ?? '.server-data'),
  adminToken,
  // The demo's signed-in customer, in the demo seed's groups (its customer groups are the seed's).
  customers: [{ token: customerToken, id: 'demo-customer', name: 'Dana Weber', groups: ['acme', 'gold'] }],
  port: Number(process.env.PORTAL_PORT ?? 8787),
  corsOrigins: [`http://127.0.0.1:${DEMO_PORT}`, `http://localhost:${DEMO_PORT}`],
  logger: { level: process.env.PORTAL_LOG_LEVEL ?? 'warn' },
});
console.log(`Reference backend on ${server.url}`);

let stopDemo: () => Promise<void>;
if (values.built) {
  const [{ build }, { serveDemo }] = await Promise.all([import('vite'), import('../demo/serve.mjs')]);
  await build({ configFile: resolve(import.meta.dirname, '../demo/vite.config.ts'), mode: 'production', logLevel: 'warn' });
  const demo = await serveDemo({ port: DEMO_PORT, api: { url: server.url, adminToken, customerToken } });
  console.log(`Demo (built, the admin's CSP) at ${demo.url}/`);
  stopDemo = demo.close;
} else {
  const demo = spawn('npx', ['vite', '--config', 'demo/vite.config.ts', '--port', String(DEMO_PORT), '--strictPort'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      VITE_PORTAL_API_URL: server.url,
      VITE_PORTAL_ADMIN_TOKEN: adminToken,
      VITE_PORTAL_CUSTOMER_TOKEN: customerToken,
    },
  });
  demo.on('exit', () => void stop());
  stopDemo = async () => {
    demo.kill('SIGTERM');
  };
}

async function stop() {
  await stopDemo();
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
