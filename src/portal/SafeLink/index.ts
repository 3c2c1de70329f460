export { SafeLink } from './SafeLink.js';
export type { SafeLinkProps } from './SafeLink.js';
