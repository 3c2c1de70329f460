import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { AdapterDomain, PortalAdapters, StoragePersistence } from '../adapters/types.js';
import { validateAdapters } from '../adapters/validation.js';
import { createContext } from '../internal/createContext.js';
import { createPortalQueryClient } from './queryClient.js';

const PROVIDER_NAME = 'PortalDataProvider';

/** The first element of every query key the library uses. */
export const QUERY_KEY_ROOT = 'helpdesk-portal-kit';

/** What the data hooks read from the nearest `PortalDataProvider`. */
export interface PortalDataContextValue {
  /** The host's adapters, wrapped so that what they return is validated. */
  adapters: PortalAdapters;
  /** The query client caching the data. */
  queryClient: QueryClient;
  /** Distinguishes the caches of different adapters sharing one host query client. */
  scope: string;
}

const [PortalDataContextProvider, usePortalDataContext] = createContext<PortalDataContextValue>(PROVIDER_NAME);

/** The data context; throws outside `PortalDataProvider` (or a `PortalProvider` given `adapters`). */
export function usePortalData(consumerName: string): PortalDataContextValue {
  return usePortalDataContext(consumerName);
}

// One id per adapters object, so two providers over the same adapters share a host client's cache.
const scopes = new WeakMap<PortalAdapters, string>();
let nextScope = 0;
function scopeOf(adapters: PortalAdapters): string {
  let scope = scopes.get(adapters);
  if (!scope) scopes.set(adapters, (scope = `adapters-${(nextScope += 1)}`));
  return scope;
}

/** Domains whose changes also change search results. */
const SEARCHED: readonly AdapterDomain[] = ['customPages', 'catalog'];

export interface PortalDataProviderProps {
  /**
   * The host's adapters, one per domain it uses. Create them once (outside render or in
   * `useMemo`): a new object means a new cache.
   */
  adapters: PortalAdapters;
  /**
   * A TanStack Query client to cache in, e.g. the host's own to share devtools and
   * configuration. The library never installs it as the host's `QueryClientProvider`.
   * @default a client owned by this provider (see `createPortalQueryClient`)
   */
  queryClient?: QueryClient | undefined;
  /**
   * Check everything the adapters return against the model's schemas (malformed data becomes
   * an error state instead of a crash). Turn off only for adapters already validated.
   * @default true
   */
  validate?: boolean | undefined;
  children?: ReactNode;
}

/**
 * Supplies adapters to the data hooks of a subtree, with caching, request de-duplication,
 * retry and refetching after changes (the library's writes, other tabs, server pushes).
 * `PortalProvider` renders one when given `adapters`.
 */
export function PortalDataProvider({ adapters, queryClient, validate = true, children }: PortalDataProviderProps) {
  const [ownClient] = useState(createPortalQueryClient);
  const client = queryClient ?? ownClient;
  const checked = useMemo(() => (validate ? validateAdapters(adapters) : adapters), [adapters, validate]);
  const scope = scopeOf(adapters);

  useEffect(() => {
    client.mount();
    return () => client.unmount();
  }, [client]);

  useEffect(
    () =>
      adapters.subscribe?.((change) => {
        const domains = SEARCHED.includes(change.domain) ? [change.domain, 'search' as const] : [change.domain];
        for (const domain of domains) {
          // Without cancelling a refetch already under way: a write through the hooks invalidates too.
          void client.invalidateQueries({ queryKey: [QUERY_KEY_ROOT, scope, domain] }, { cancelRefetch: false });
        }
      }),
    [adapters, client, scope],
  );

  const value = useMemo<PortalDataContextValue>(() => ({ adapters: checked, queryClient: client, scope }), [checked, client, scope]);
  return <PortalDataContextProvider value={value}>{children}</PortalDataContextProvider>;
}
PortalDataProvider.displayName = PROVIDER_NAME;

/** The validated adapters of the nearest `PortalDataProvider`, for reads the hooks do not cover. */
export function usePortalAdapters(): PortalAdapters {
  return usePortalData('usePortalAdapters').adapters;
}

const OPENING: StoragePersistence = { mode: 'opening' };
const PERSISTENT: StoragePersistence = { mode: 'persistent' };
const noSubscription = () => () => undefined;

/**
 * Where the adapters keep data: `persistent`, `memory` (the browser refused storage: nothing
 * survives a reload) or `opening`. `persistent` for adapters that do not say.
 */
export function useStoragePersistence(): StoragePersistence {
  const { adapters } = usePortalData('useStoragePersistence');
  const persistence = adapters.persistence;
  const subscribe = useCallback((listener: () => void) => (persistence ? persistence.subscribe(listener) : noSubscription()), [persistence]);
  return useSyncExternalStore(
    subscribe,
    () => persistence?.getSnapshot() ?? PERSISTENT,
    // The server cannot know what the browser will allow: render as if still opening.
    () => (persistence ? OPENING : PERSISTENT),
  );
}
