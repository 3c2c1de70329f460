import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toAdapterError, type AdapterError } from '../adapters/errors.js';
import type { AdapterDomain, PortalAdapters } from '../adapters/types.js';
import { QUERY_KEY_ROOT, usePortalData } from './PortalDataProvider.js';

/** The state of data read through a hook: the same shape for every domain. */
export interface DataResult<Data> {
  /** `pending` until the first answer, then `success` or `error` (an abort is neither). */
  status: 'pending' | 'error' | 'success';
  /** The data, once there (kept while a new page or a refetch loads). */
  data: Data | undefined;
  /** Why the read failed, as an adapter error with a `kind`. */
  error: AdapterError | null;
  /** A request is under way (first load, refetch or retry). */
  isFetching: boolean;
  /** `data` belongs to the previous parameters while the new ones load (paging). */
  isPlaceholderData: boolean;
  /** Reads again (the error state's "Try again"). */
  retry: () => void;
}

/** The state of a write: run it with `mutate`. */
export interface MutationResult<Variables, Result> {
  /** Runs the write; resolves with what the store returned, rejects with an adapter error. */
  mutate: (variables: Variables) => Promise<Result>;
  /** `idle` before the first run. */
  status: 'idle' | 'pending' | 'error' | 'success';
  /** Why the last run failed (a `conflict` carries the stored record, `validation` the field errors). */
  error: AdapterError | null;
  /** What the last successful run returned. */
  data: Result | undefined;
  /** Back to `idle`. */
  reset: () => void;
}

/** Who reads: the portal sees only valid records inside their window and audience; admin screens see all. */
export type Reader = 'portal' | 'admin';

/** Options every read hook takes. */
export interface QueryOptions {
  /** Set to `false` to not read (yet). @default true */
  enabled?: boolean | undefined;
}

/** The adapter of `domain`, or a clear error naming the hook and the missing adapter. */
export function useRequiredAdapter<Domain extends AdapterDomain>(domain: Domain, hookName: string): {
  adapter: NonNullable<PortalAdapters[Domain]>;
  scope: string;
} {
  const { adapters, scope } = usePortalData(hookName);
  const adapter = adapters[domain];
  if (!adapter) {
    throw new Error(`\`${hookName}\` needs a \`${domain}\` adapter: pass it in \`adapters\` to \`PortalProvider\` or \`PortalDataProvider\``);
  }
  return { adapter: adapter as NonNullable<PortalAdapters[Domain]>, scope };
}

/** Reads through an adapter with the library's cache; the key is built from domain, method and params. */
export function useAdapterQuery<Data>(
  hookName: string,
  domain: AdapterDomain,
  method: string,
  params: unknown,
  read: (signal: AbortSignal) => Promise<Data>,
  options: QueryOptions & { keepPrevious?: boolean } = {},
): DataResult<Data> {
  const { queryClient, scope } = usePortalData(hookName);
  const query = useQuery(
    {
      queryKey: [QUERY_KEY_ROOT, scope, domain, method, params],
      queryFn: ({ signal }) => read(signal),
      enabled: options.enabled ?? true,
      placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    },
    queryClient,
  );
  const { refetch } = query;
  const retry = useCallback(() => {
    void refetch();
  }, [refetch]);
  return {
    status: query.status,
    data: query.data,
    error: query.error ? toAdapterError(query.error) : null,
    isFetching: query.isFetching,
    isPlaceholderData: query.isPlaceholderData,
    retry,
  };
}

/** A write through an adapter that refreshes what the library shows of the written domains. */
export function useAdapterMutation<Variables, Result>(
  hookName: string,
  domains: readonly AdapterDomain[],
  write: (variables: Variables) => Promise<Result>,
): MutationResult<Variables, Result> {
  const { queryClient, scope } = usePortalData(hookName);
  const mutation = useMutation(
    {
      mutationFn: write,
      onSuccess: async () => {
        await Promise.all(
          [...domains, 'search' as const].map((domain) =>
            queryClient.invalidateQueries({ queryKey: [QUERY_KEY_ROOT, scope, domain] }, { cancelRefetch: false }),
          ),
        );
      },
    },
    queryClient,
  );
  const { mutateAsync, reset } = mutation;
  const mutate = useCallback(
    async (variables: Variables) => {
      try {
        return await mutateAsync(variables);
      } catch (error) {
        throw toAdapterError(error);
      }
    },
    [mutateAsync],
  );
  return {
    mutate,
    status: mutation.status,
    error: mutation.error ? toAdapterError(mutation.error) : null,
    data: mutation.data,
    reset,
  };
}
