export { SafeHtml } from './SafeHtml.js';
export type { SafeHtmlElement, SafeHtmlProps } from './SafeHtml.js';
