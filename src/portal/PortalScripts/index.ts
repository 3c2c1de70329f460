export { PortalScripts } from './PortalScripts.js';
export type { BlockedScript, FailedScript, PortalScriptsProps } from './PortalScripts.js';
