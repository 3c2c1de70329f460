import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { isAdapterError } from '../adapters/errors.js';

/** How often a failed read is tried again before the error state shows. */
export const MAX_RETRIES = 2;

/** Only an unavailable source is worth asking again; not found, invalid data or no permission will not change. */
export function isRetryable(error: unknown): boolean {
  return !isAdapterError(error) || error.kind === 'unavailable';
}

/** Waits as long as the source asked (`retryAfter`), otherwise backs off: 0.5 s, 1 s, 2 s … at most 5 s. */
export function retryDelay(attempt: number, error: unknown): number {
  const retryAfter = isAdapterError(error) ? (error as { retryAfter?: unknown }).retryAfter : undefined;
  if (typeof retryAfter === 'number' && retryAfter > 0) return Math.min(retryAfter * 1000, 30_000);
  return Math.min(500 * 2 ** attempt, 5_000);
}

/**
 * The query client the library uses when the host does not pass its own: retries only
 * `unavailable` errors (twice, honouring `retryAfter`), keeps data fresh for 30 seconds and does
 * not refetch on window focus (portal content changes rarely; tabs sync through the adapters).
 */
export function createPortalQueryClient(config: QueryClientConfig = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: {
        retry: (failureCount, error) => isRetryable(error) && failureCount < MAX_RETRIES,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        ...config.defaultOptions?.queries,
      },
      mutations: { retry: false, ...config.defaultOptions?.mutations },
    },
  });
}
