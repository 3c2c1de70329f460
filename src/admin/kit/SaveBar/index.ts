export { SaveBar } from './SaveBar.js';
export type { SaveBarProps, SaveStatus } from './SaveBar.js';
