import { AdapterError } from '../../src/adapters/index.js';
import type { CustomerGroupAdapter } from '../../src/adapters/index.js';
import type { CustomerGroup } from '../../src/model/index.js';

/** Groups a host's helpdesk might offer. */
export const sampleGroups: CustomerGroup[] = [
  { id: 'gold', name: 'Gold' },
  { id: 'acme', name: 'Acme Corporation' },
  { id: 'partners', name: 'Partners' },
];

/** A failure that is not retried by the library (so the error state shows at once). */
export class GroupsRefused extends AdapterError {
  readonly kind = 'unauthorized';
}

/**
 * A `customerGroups` adapter answering with `groups`; `fail` makes the next calls reject,
 * `hold` keeps them pending until `release` is called.
 */
export function customerGroupAdapter(groups: readonly CustomerGroup[] = sampleGroups) {
  const state = { fail: 0, calls: 0, held: [] as Array<() => void>, hold: false };
  const adapter: CustomerGroupAdapter = {
    list: async () => {
      state.calls += 1;
      if (state.hold) await new Promise<void>((resolve) => state.held.push(resolve));
      if (state.fail > 0) {
        state.fail -= 1;
        throw new GroupsRefused('The groups could not be read');
      }
      return { data: [...groups], total: groups.length };
    },
  };
  return {
    adapter,
    state,
    /** Lets held calls answer. */
    release() {
      state.hold = false;
      for (const resolve of state.held.splice(0)) resolve();
    },
  };
}
