export { PortalProvider } from './PortalProvider.js';
export type { PortalProviderProps } from './PortalProvider.js';
export { usePortal } from './context.js';
export type { PortalContextValue, PortalCustomer } from './context.js';
export { Anchor } from './LinkComponent.js';
export type { LinkComponent, LinkComponentProps } from './LinkComponent.js';
export { usePortalTranslation } from './usePortalTranslation.js';
export { createFormatters, useFormatters } from './useFormatters.js';
export type { Formatters } from './useFormatters.js';
