import type { ReactNode } from 'react';
import type { AdapterError } from '../../adapters/errors.js';
import type { DataResult } from '../../data/useAdapterQuery.js';
import { EmptyState } from './EmptyState.js';
import { ErrorState } from './ErrorState.js';
import { LoadingState } from './LoadingState.js';

export interface DataStateProps<Data> {
  /** What a data hook returned. */
  result: DataResult<Data>;
  /** Renders the data. */
  children: (data: Data) => ReactNode;
  /**
   * Whether the data counts as empty.
   * @default `null`, an empty array, or a list result without records
   */
  isEmpty?: ((data: Data) => boolean) | undefined;
  /** Shown while loading. @default <LoadingState /> */
  loading?: ReactNode;
  /** Shown when empty. @default <EmptyState /> */
  empty?: ReactNode;
  /** Renders an error. @default <ErrorState error={error} onRetry={retry} /> */
  error?: ((error: AdapterError, retry: () => void) => ReactNode) | undefined;
}

/** The default emptiness test: nothing, an empty array, or `{ data: [] }`. */
export function isEmptyData(data: unknown): boolean {
  if (data === null || data === undefined) return true;
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object' && Array.isArray((data as { data?: unknown }).data)) return (data as { data: unknown[] }).data.length === 0;
  return false;
}

/**
 * Picks the loading, error, empty or content rendering for a data hook's result, so every
 * data-driven component shows the same states.
 *
 * ```tsx
 * <DataState result={useTickets({ perPage: 5 })} loading={<LoadingState variant="list" />}>
 *   {(tickets) => <TicketRows tickets={tickets.data} />}
 * </DataState>
 * ```
 */
export function DataState<Data>({ result, children, isEmpty = isEmptyData, loading, empty, error: renderError }: DataStateProps<Data>) {
  if (result.status === 'error' && result.error) {
    return renderError ? renderError(result.error, result.retry) : <ErrorState error={result.error} onRetry={result.retry} retrying={result.isFetching} />;
  }
  if (result.status !== 'success' || result.data === undefined) return loading ?? <LoadingState />;
  if (isEmpty(result.data)) return empty ?? <EmptyState />;
  return <>{children(result.data)}</>;
}
