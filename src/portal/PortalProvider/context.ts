// The portal's context on its own, without the provider's implementation: components read it
// through `usePortal`, so importing one component never brings i18next, the data layer or the
// theme's style sheet along (those arrive with `PortalProvider`, which the host renders once).
import type { i18n as I18nInstance } from 'i18next';
import type { Direction } from '../../i18n/direction.js';
import { createContext } from '../../internal/createContext.js';
import type { LinkComponent } from './LinkComponent.js';

export const PROVIDER_NAME = 'PortalProvider';

/** The signed-in customer, as the host knows them. */
export interface PortalCustomer {
  /** The host's id for the customer. */
  id: string;
  /** Display name. */
  name: string;
  /** Picture URL; the layout's default avatar is used when absent. */
  avatarUrl?: string | undefined;
  /** Groups the host puts the customer in (company, service level), for audience rules. */
  groups?: readonly string[] | undefined;
}

/** What `usePortal` returns: the settings of the nearest `PortalProvider`. */
export interface PortalContextValue {
  /** The customer's language (BCP 47). */
  language: string;
  /** The portal's configured default language, the first fallback for content. */
  defaultLanguage: string;
  /** Text direction of `language`. */
  direction: Direction;
  /** The host's link component. */
  linkComponent: LinkComponent;
  /** The page's CSP nonce, for elements the library inserts. */
  nonce: string | undefined;
  /** The signed-in customer, or `null` for an anonymous visitor. */
  customer: PortalCustomer | null;
  /** The i18next instance the library translates with. */
  i18n: I18nInstance;
}

const [PortalContextProvider, usePortalContext] = createContext<PortalContextValue>(PROVIDER_NAME);

/** Provides the portal's settings; rendered by `PortalProvider` only. */
export { PortalContextProvider };

/** The portal settings of the nearest `PortalProvider`; throws outside one. */
export function usePortal(consumerName = 'usePortal'): PortalContextValue {
  return usePortalContext(consumerName);
}
