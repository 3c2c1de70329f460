import { useMemo } from 'react';
import type { AdapterError } from '../adapters/errors.js';
import type { ListResult } from '../adapters/types.js';
import { useScheduleClock } from '../internal/useScheduleClock.js';
import { isWithinWindow, type PublishWindow } from '../model/schedule.js';
import type { DataResult } from './useAdapterQuery.js';

// The portal's read hooks keep what the adapter returned in the cache and apply the publish
// windows when they render, against a clock renewed at the next boundary: a record whose window
// ends while the page is open leaves at that instant, and one the adapter already returned
// ahead of its window (the store adapters do) appears at its start. A source that leaves
// scheduled records out itself (the reference server) is asked again on the next read after
// the data went stale.

/** `result` with the records outside their publish window left out (when `enabled`). */
export function useListInWindow<Item extends PublishWindow>(result: DataResult<ListResult<Item>>, enabled: boolean): DataResult<ListResult<Item>> {
  const records = enabled ? result.data?.data : undefined;
  const now = useScheduleClock(records, enabled);
  const { data } = result;
  const shown = useMemo(() => {
    if (!enabled || !data) return data;
    const inside = data.data.filter((record) => isWithinWindow(record, now));
    return inside.length === data.data.length ? data : { ...data, data: inside };
  }, [data, now, enabled]);
  return shown === data ? result : { ...result, data: shown };
}

/** `result` as a `not_found` error while its record lies outside its publish window (when `enabled`). */
export function useRecordInWindow<Item extends PublishWindow>(result: DataResult<Item>, enabled: boolean, notFound: () => AdapterError): DataResult<Item> {
  const record = enabled ? result.data : undefined;
  const now = useScheduleClock(record, enabled);
  const outside = record !== undefined && !isWithinWindow(record, now);
  // One error per record left outside, not one per render.
  const error = useMemo(() => (outside ? notFound() : null), [outside, record]);
  return error ? { ...result, status: 'error', data: undefined, error } : result;
}
