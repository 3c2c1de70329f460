import type { Decorator } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { PortalProvider, type PortalCustomer } from '../../../src/index.js';
import { demoCustomer } from './fixtures.js';

/** Paints the inner portal's own background, so contrast is judged on the colours it draws with. */
const Canvas = styled.div`
  background: ${({ theme }) => theme.color.background};
  color: ${({ theme }) => theme.color.text};
  padding: ${({ theme }) => theme.space.md};
`;

/**
 * Renders the story as a signed-in customer (or explicitly anonymous with `null`), in the
 * toolbar's language. The global decorator has no customer, so this nests a `PortalProvider`.
 */
export function withCustomer(customer: PortalCustomer | null = demoCustomer): Decorator {
  return function WithCustomer(Story, context) {
    const language = typeof context.globals.language === 'string' ? context.globals.language : 'en';
    return (
      <PortalProvider language={language} customer={customer}>
        <Canvas data-slot="story-customer-canvas">
          <Story />
        </Canvas>
      </PortalProvider>
    );
  };
}
