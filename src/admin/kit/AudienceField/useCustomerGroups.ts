import { usePortalAdapters, useAdapterQuery, type DataResult } from '../../../data/index.js';
import type { CustomerGroup } from '../../../model/audience.js';

/** What {@link useCustomerGroups} returns. */
export interface CustomerGroupsState {
  /** Whether the host provides a `customerGroups` adapter at all. */
  available: boolean;
  /** The groups as the adapter lists them (`pending` and idle without an adapter). */
  result: DataResult<readonly CustomerGroup[]>;
}

/**
 * The customer groups of the host's `customerGroups` adapter (validated at the boundary),
 * through the library's cache, so that a form and the lists beside it read them once.
 */
export function useCustomerGroups(): CustomerGroupsState {
  const adapter = usePortalAdapters().customerGroups;
  const result = useAdapterQuery<readonly CustomerGroup[]>(
    'useCustomerGroups',
    'customerGroups',
    'list',
    {},
    async (signal) => {
      if (!adapter) return [];
      return (await adapter.list({ signal })).data;
    },
    { enabled: adapter !== undefined },
  );
  return { available: adapter !== undefined, result };
}

/** The names of the groups by id (empty while they load or without an adapter). */
export function groupNamesOf(groups: readonly CustomerGroup[] | undefined): ReadonlyMap<string, string> {
  return new Map((groups ?? []).map((group) => [group.id, group.name]));
}
