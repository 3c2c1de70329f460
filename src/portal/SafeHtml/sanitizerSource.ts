import { createContext } from 'react';
import type { Sanitize } from './sanitizer.js';

/** Where `SafeHtml` gets its sanitizer from; see `sanitizer.ts`. */
export interface SanitizerSource {
  /** The sanitizer, when it is loaded. */
  loaded: () => Sanitize | undefined;
  /** Loads the sanitizer. */
  load: () => Promise<Sanitize>;
}

/**
 * Replaces the sanitizer's module for a subtree, so stories can show what a failed chunk
 * looks like. Not exported from the package: hosts always get the module's own loader.
 */
export const SanitizerSourceContext = createContext<SanitizerSource | null>(null);
