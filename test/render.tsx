import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { PortalProvider, type PortalProviderProps } from '../src/portal/PortalProvider/index.js';

export interface PortalRenderOptions extends Omit<RenderOptions, 'wrapper'> {
  /** Props for the surrounding `PortalProvider` (language, customer, theme, adapters…). */
  provider?: Omit<PortalProviderProps, 'children'>;
}

/** Renders inside `PortalProvider` (theme + i18n), in English unless told otherwise. */
export function renderPortal(ui: ReactElement, { provider, ...options }: PortalRenderOptions = {}) {
  function Wrapper({ children }: { children: ReactNode }) {
    return <PortalProvider {...provider}>{children}</PortalProvider>;
  }
  return render(ui, { wrapper: Wrapper, ...options });
}

/** Renders in Arabic: right-to-left layout and Arabic UI strings. */
export function renderRtl(ui: ReactElement, options: PortalRenderOptions = {}) {
  return renderPortal(ui, { ...options, provider: { language: 'ar', ...options.provider } });
}

export { expectNoAxeViolations } from './axe.js';
