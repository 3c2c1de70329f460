import type { Decorator } from '@storybook/react-vite';
import { useState } from 'react';
import { styled } from 'styled-components';
import { createMemoryAdapters, type MemoryAdapters, type MemoryAdaptersOptions } from '../../../src/adapters/index.js';
import { PortalProvider, type PortalCustomer } from '../../../src/index.js';
import { storyTheme } from '../../theme/themes.js';
import { demoCustomer } from './fixtures.js';

/** Paints the inner portal's background, so contrast is judged on the colours it draws with. */
const Canvas = styled.div`
  background: ${({ theme }) => theme.color.background};
  color: ${({ theme }) => theme.color.text};
  padding: ${({ theme }) => theme.space.md};
`;

export interface WithPortalDataOptions {
  /** The signed-in customer; `null` for an anonymous visitor. @default the demo customer */
  customer?: PortalCustomer | null | undefined;
  /** Options of the in-memory adapters (seed, latency). @default the demo seed */
  adapters?: MemoryAdaptersOptions | undefined;
  /** Prepares the adapters, e.g. `control.failNext(Infinity, 'unavailable')`. */
  setup?: ((adapters: MemoryAdapters) => void) | undefined;
}

/**
 * Renders the story with a customer (or anonymously) and the in-memory adapters seeded with
 * the demo content, in the toolbar's language and theme. The global decorator has neither, so
 * this nests a `PortalProvider`.
 */
export function withPortalData({ customer = demoCustomer, adapters: adapterOptions, setup }: WithPortalDataOptions = {}): Decorator {
  return function WithPortalData(Story, context) {
    const language = typeof context.globals.language === 'string' ? context.globals.language : 'en';
    const [adapters] = useState(() => {
      const created = createMemoryAdapters(adapterOptions);
      setup?.(created);
      return created;
    });
    return (
      <PortalProvider language={language} customer={customer} adapters={adapters} theme={storyTheme(context.globals.theme).theme}>
        <Canvas data-slot="story-portal-data-canvas">
          <Story />
        </Canvas>
      </PortalProvider>
    );
  };
}
