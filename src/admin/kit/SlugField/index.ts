export { SlugField } from './SlugField.js';
export type { SlugAvailability, SlugFieldProps } from './SlugField.js';
export { findSlugProblem, suggestSlugFromTitle } from './transliterate.js';
export type { SlugProblem } from './transliterate.js';
