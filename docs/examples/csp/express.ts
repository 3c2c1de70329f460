// docs/examples/csp/express.ts: `app.use(portalCsp)` before the routes that render the portal.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { portalPolicy } from './portalPolicy.js';

/** Express (or Connect) middleware: the header on the response, the nonce in `res.locals`. */
export function portalCsp(
  _request: IncomingMessage,
  response: ServerResponse & { locals: Record<string, unknown> },
  next: (error?: unknown) => void,
): void {
  portalPolicy().then(({ nonce, header }) => {
    response.setHeader('Content-Security-Policy', header);
    // Your render reads it: <PortalProvider nonce={res.locals.cspNonce} …> and the same
    // nonce on styled-components' ServerStyleSheet and on your own <script> elements.
    response.locals.cspNonce = nonce;
    next();
  }, next);
}
