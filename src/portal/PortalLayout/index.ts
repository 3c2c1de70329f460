export { PortalLayout } from './PortalLayout.js';
export type { PortalLayoutProps, PortalLayoutState } from './PortalLayout.js';
export type { PortalNavigationLink } from './PortalNavigation.js';
export { defaultPortalRoutes } from './routes.js';
export type { PortalRoutes } from './routes.js';
export { LanguageSwitcher } from './LanguageSwitcher.js';
export type { LanguageSwitcherProps } from './LanguageSwitcher.js';
export type { CssSanitizer } from './CustomCss.js';
