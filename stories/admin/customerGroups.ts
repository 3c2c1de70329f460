import { createAdapterError, type CustomerGroupAdapter } from '../../src/adapters/index.js';
import type { CustomerGroup } from '../../src/model/index.js';

/** Customer groups a host's helpdesk might offer. */
export const storyGroups: CustomerGroup[] = [
  { id: 'gold', name: 'Gold' },
  { id: 'acme', name: 'Acme Corporation' },
  { id: 'partners', name: 'Partners' },
];

/** Groups with long names, for layout. */
export const longNamedGroups: CustomerGroup[] = [
  { id: 'long-1', name: 'Internationale Vereinigung der Hersteller von Präzisionsmessgeräten und Laborausstattung e. V.' },
  { id: 'long-2', name: 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft' },
  { id: 'gold', name: 'Gold' },
];

/** A `customerGroups` adapter over `groups`; `failures` calls reject first (not retried), `pending` never answers. */
export function storyGroupAdapter(groups: readonly CustomerGroup[] = storyGroups, { failures = 0, pending = false }: { failures?: number; pending?: boolean } = {}): CustomerGroupAdapter {
  let left = failures;
  return {
    list: () => {
      if (pending) return new Promise(() => undefined);
      if (left > 0) {
        left -= 1;
        return Promise.reject(createAdapterError('unauthorized', { message: 'The groups could not be read' }));
      }
      return Promise.resolve({ data: [...groups], total: groups.length });
    },
  };
}
