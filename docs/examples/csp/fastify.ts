// docs/examples/csp/fastify.ts: the policy on every HTML response of a Fastify server.
import Fastify from 'fastify';
import { portalPolicy } from './portalPolicy.js';

/** Your server rendering of the portal (e.g. renderToString inside a ServerStyleSheet). */
declare function renderPortal(url: string, nonce: string): Promise<string>;

const app = Fastify();

app.get('/*', async (request, reply) => {
  const { nonce, header } = await portalPolicy();
  reply.header('Content-Security-Policy', header);
  return reply.type('text/html; charset=utf-8').send(await renderPortal(request.url, nonce));
});

await app.listen({ port: 3000 });
