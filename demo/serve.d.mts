/** What `html.cspNonce` in demo/vite.config.ts writes into the built HTML. */
export declare const CSP_NONCE_PLACEHOLDER: string;

/** The demo's Content-Security-Policy header value for one response. */
export declare function contentSecurityPolicy(nonce: string): string;

export interface ServeDemoOptions {
  /** The built demo. @default demo/dist */
  root?: string;
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 4173 */
  port?: number;
}

/** Serves a built demo with a strict CSP and a fresh nonce per response. */
export declare function serveDemo(options?: ServeDemoOptions): Promise<{ url: string; close(): Promise<void> }>;
