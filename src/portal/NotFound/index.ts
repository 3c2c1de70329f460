export { NotFound } from './NotFound.js';
export type { NotFoundProps } from './NotFound.js';
export type { DocumentTitleOption } from './DocumentTitle.js';
