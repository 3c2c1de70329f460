// The browser twin of `sanitizer.ts` (chosen by the package.json `browser` field): DOMPurify and
// the sanitizer's rules load in their own chunk the first time `SafeHtml` has rich text to
// show, so a portal page without rich text never downloads them. Same exports as `sanitizer.ts`.
import type { Sanitize } from './sanitizer.js';

let loaded: Sanitize | undefined;
let loading: Promise<Sanitize> | undefined;

/** The sanitizer, once it has loaded; `undefined` before. */
export function loadedSanitizer(): Sanitize | undefined {
  return loaded;
}

/** Loads the sanitizer (once; a failed load is tried again by the next caller). */
export function loadSanitizer(): Promise<Sanitize> {
  loading ??= import('../../security/sanitizeHtml.js').then(
    (module) => (loaded = module.sanitizeHtml),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
