export { createContext } from './createContext.js';
export { useControllableState } from './useControllableState.js';
export type { UseControllableStateParams } from './useControllableState.js';
export { composeEventHandlers } from './composeEventHandlers.js';
export { visuallyHidden, VisuallyHidden } from './visuallyHidden.js';
export { useIsClient } from './useIsClient.js';
