/** Which backend the demo talks to, and with which tokens (its sign-in is simulated). */
export interface DemoApiConfig {
  /** The backend's base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** Sent with the admin routes (the demo's admin and portal reads). */
  adminToken?: string | undefined;
  /** Sent with the customer's ticket routes. @default adminToken */
  customerToken?: string | undefined;
}

/** The `<meta name>` serve.mjs writes (`API_CONFIG_META` there; a test checks they agree). */
export const API_CONFIG_META = 'portal-api';

const optionalText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The backend the server named in index.html (`<meta name="portal-api" content="{json}">`,
 * written by `serveDemo({ api })`), or `undefined` when there is none or it is not an http(s)
 * address with text tokens.
 */
export function readRuntimeApiConfig(document: Pick<Document, 'querySelector'>): DemoApiConfig | undefined {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${API_CONFIG_META}"]`)?.content;
  if (!content) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { url, adminToken, customerToken } = parsed as Record<string, unknown>;
  const base = httpUrl(url);
  return base ? { url: base, adminToken: optionalText(adminToken), customerToken: optionalText(customerToken) } : undefined;
}

/** The build-time variables `npm run start:server` gives Vite. */
export interface DemoApiEnv {
  VITE_PORTAL_API_URL?: string | undefined;
  VITE_PORTAL_ADMIN_TOKEN?: string | undefined;
  VITE_PORTAL_CUSTOMER_TOKEN?: string | undefined;
}

/**
 * Where the demo's data comes from: the backend the serving page names at run time, else the
 * one baked in at build time (`VITE_PORTAL_API_URL`, under `npm run start:server`), else none
 * (`undefined`: the in-browser store).
 */
export function demoApiConfig(document: Pick<Document, 'querySelector'>, env: DemoApiEnv): DemoApiConfig | undefined {
  const runtime = readRuntimeApiConfig(document);
  if (runtime) return runtime;
  const url = httpUrl(env.VITE_PORTAL_API_URL);
  return url ? { url, adminToken: optionalText(env.VITE_PORTAL_ADMIN_TOKEN), customerToken: optionalText(env.VITE_PORTAL_CUSTOMER_TOKEN) } : undefined;
}
