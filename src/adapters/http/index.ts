// The HTTP adapters: the library's data interfaces over the JSON contract in openapi/portal.yaml.
export { createHttpAdapters } from './createHttpAdapters.js';
export type { HttpAdapters, HttpAdaptersOptions } from './createHttpAdapters.js';
export type { RetryOptions } from './client.js';
