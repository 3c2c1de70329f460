// helpdesk-portal-kit: portal components, providers, theme, i18n and model types.

export { PortalProvider, usePortal, Anchor, usePortalTranslation, useFormatters, createFormatters } from './portal/PortalProvider/index.js';
export type {
  PortalContextValue,
  PortalCustomer,
  PortalProviderProps,
  LinkComponent,
  LinkComponentProps,
  Formatters,
} from './portal/PortalProvider/index.js';

export * from './theme/index.js';
export * from './i18n/index.js';

export { SafeHtml } from './portal/SafeHtml/index.js';
export type { SafeHtmlElement, SafeHtmlProps } from './portal/SafeHtml/index.js';
export { SafeLink } from './portal/SafeLink/index.js';
export type { SafeLinkProps } from './portal/SafeLink/index.js';
export { PortalScripts } from './portal/PortalScripts/index.js';
export type { BlockedScript, FailedScript, PortalScriptsProps } from './portal/PortalScripts/index.js';
