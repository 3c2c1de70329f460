export { PortalProvider, usePortal } from './PortalProvider.js';
export type { PortalContextValue, PortalCustomer, PortalProviderProps } from './PortalProvider.js';
export { Anchor } from './LinkComponent.js';
export type { LinkComponent, LinkComponentProps } from './LinkComponent.js';
export { usePortalTranslation } from './usePortalTranslation.js';
export { createFormatters, useFormatters } from './useFormatters.js';
export type { Formatters } from './useFormatters.js';
