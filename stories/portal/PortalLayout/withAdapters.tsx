import type { Decorator } from '@storybook/react-vite';
import { useState } from 'react';
import { createMemoryAdapters, type MemoryAdapters, type MemoryAdaptersOptions } from '../../../src/adapters/index.js';
import { createPortalQueryClient, PortalDataProvider } from '../../../src/data/index.js';

/**
 * A decorator that gives a story its own in-memory adapters (the demo seed unless told
 * otherwise), prepared by `setup` (latency, injected faults), and a query client that does not
 * retry, so error states show at once. Each story mount starts from fresh data.
 */
export function withAdapters(options: MemoryAdaptersOptions = {}, setup?: (adapters: MemoryAdapters) => void): Decorator {
  function AdaptersFor({ children }: { children: React.ReactNode }) {
    const [adapters] = useState(() => {
      const created = createMemoryAdapters(options);
      setup?.(created);
      return created;
    });
    const [queryClient] = useState(() => createPortalQueryClient({ defaultOptions: { queries: { retry: false } } }));
    return (
      <PortalDataProvider adapters={adapters} queryClient={queryClient}>
        {children}
      </PortalDataProvider>
    );
  }
  return function AdaptersDecorator(Story) {
    return (
      <AdaptersFor>
        <Story />
      </AdaptersFor>
    );
  };
}
