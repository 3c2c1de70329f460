// How `SafeHtml` reaches the HTML sanitizer. This module is what servers, tests and bundlers
// without the `browser` field get: it imports the sanitizer statically, so server rendering
// sanitizes synchronously. Browser bundles get `sanitizer.browser.ts` instead (package.json
// `browser` field), which loads DOMPurify only when rich text is first rendered. Both have the
// same exports.
import { sanitizeHtml } from '../../security/sanitizeHtml.js';

/** Turns rich text into HTML that is safe to set (see `sanitizeHtml`). */
export type Sanitize = (html: string) => string;

/** The sanitizer, when it is loaded; here always. */
export function loadedSanitizer(): Sanitize | undefined {
  return sanitizeHtml;
}

/** Loads the sanitizer; here it is loaded already. */
export function loadSanitizer(): Promise<Sanitize> {
  return Promise.resolve(sanitizeHtml);
}
