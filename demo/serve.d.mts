/** What `html.cspNonce` in demo/vite.config.ts writes into the built HTML. */
export declare const CSP_NONCE_PLACEHOLDER: string;

/** The `<meta name>` carrying the backend's address and tokens (read by demo/apiConfig.ts). */
export declare const API_CONFIG_META: string;

/** The demo's Content-Security-Policy header value for one response (served without a backend). */
export declare function contentSecurityPolicy(nonce: string): string;

/** The encoding a response is sent with for this `Accept-Encoding`: `br`, else `gzip`, else none. */
export declare function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined;

/** Text made safe inside a quoted HTML attribute (`&`, `<`, `>`, `"` and `'` escaped). */
export declare function escapeHtmlAttribute(text: string): string;

/** The `<meta>` element that tells the built demo which backend to use, escaped. */
export declare function apiConfigMeta(config: { url: string; adminToken?: string | undefined; customerToken?: string | undefined }): string;

/** The backend the built demo runs against, instead of its in-browser store. */
export interface ServeDemoApiOptions {
  /** The backend's base URL (it implements openapi/portal.yaml), e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** The admin's bearer token: the demo's sign-in is simulated, so it gets the admin token. */
  adminToken?: string | undefined;
  /** The customer's bearer token, for the ticket routes. @default the admin token */
  customerToken?: string | undefined;
  /** How long the backend's script settings are reused for the policy, in milliseconds. @default 5000 */
  settingsMaxAge?: number | undefined;
  /** The `fetch` the server reads the script settings with. @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /** Told when the admin's settings cannot go into the policy (backend down, a bad origin). @default console.warn */
  onWarning?: ((message: string) => void) | undefined;
}

export interface ServeDemoOptions {
  /** The built demo. @default demo/dist */
  root?: string;
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 4173 */
  port?: number;
  /**
   * Run against this backend: index.html gets its address and the tokens in a `<meta>`, the
   * policy allows its origin in `connect-src` and `img-src`, and each HTML response's policy is
   * built from the backend's script settings. @default the demo's in-browser store
   */
  api?: ServeDemoApiOptions | undefined;
}

/** Serves a built demo with a strict CSP and a fresh nonce per response. */
export declare function serveDemo(options?: ServeDemoOptions): Promise<{ url: string; close(): Promise<void> }>;
