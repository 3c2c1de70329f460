// `npm run start:server`: the reference backend and the demo's dev server side by side. The demo
// reads the API's address from VITE_PORTAL_API_URL (and, being a demo with a simulated sign-in,
// the admin token from VITE_PORTAL_ADMIN_TOKEN); without them it keeps its in-browser store.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { startPortalServer } from './app.js';

const DEMO_PORT = Number(process.env.DEMO_PORT ?? 5173);
const adminToken = process.env.PORTAL_ADMIN_TOKEN || randomBytes(24).toString('base64url');
const customerToken = process.env.PORTAL_CUSTOMER_TOKEN || randomBytes(24).toString('base64url');

const server = await startPortalServer({
  dataDirectory: resolve(process.env.PORTAL_DATA_DIR ?? '.server-data'),
  adminToken,
  customerToken,
  port: Number(process.env.PORTAL_PORT ?? 8787),
  corsOrigins: [`http://127.0.0.1:${DEMO_PORT}`, `http://localhost:${DEMO_PORT}`],
  logger: { level: process.env.PORTAL_LOG_LEVEL ?? 'warn' },
});
console.log(`Reference backend on ${server.url}`);

const demo = spawn('npx', ['vite', '--config', 'demo/vite.config.ts', '--port', String(DEMO_PORT), '--strictPort'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    VITE_PORTAL_API_URL: server.url,
    VITE_PORTAL_ADMIN_TOKEN: adminToken,
    VITE_PORTAL_CUSTOMER_TOKEN: customerToken,
  },
});

const stop = async () => {
  demo.kill('SIGTERM');
  await server.close();
  process.exit(0);
};
demo.on('exit', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
