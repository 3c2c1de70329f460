import { useEffect, useMemo, useState } from 'react';
import type { PublishWindow } from '../model/schedule.js';

/**
 * The longest delay one timer may wait: `setTimeout` fires at once for anything above
 * 2^31 − 1 ms (about 24.8 days), so a later boundary is reached in several waits.
 */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

type Scheduled = PublishWindow | null | undefined;

/** The first publish window boundary (`visibleFrom` or `visibleUntil`) strictly after `after` (ms), if any. */
export function nextWindowBoundary(records: Scheduled | readonly Scheduled[], after: number): number | undefined {
  const list: readonly Scheduled[] = Array.isArray(records) ? records : [records as Scheduled];
  let next: number | undefined;
  for (const record of list) {
    if (!record) continue;
    for (const edge of [record.visibleFrom, record.visibleUntil]) {
      if (!edge) continue;
      const time = Date.parse(edge);
      if (time > after && (next === undefined || time < next)) next = time;
    }
  }
  return next;
}

/**
 * "Now" for deciding which of `records` lie inside their publish window, renewed at the instant
 * the next window of them begins or ends, so a page left open shows and hides scheduled content
 * on time. One timer at a time (none when nothing is scheduled ahead, or when `enabled` is
 * false, e.g. while a preview shows a fixed instant); cleared on unmount. A fresh instant is
 * also taken when `records` changes identity, and when a hidden tab becomes visible again
 * after a boundary passed (timers may be held back in the background or while asleep).
 */
export function useScheduleClock(records: Scheduled | readonly Scheduled[], enabled = true): Date {
  const [tick, setTick] = useState(0);
  // `tick` and `records` are the reasons to read the clock again.
  const now = useMemo(() => new Date(), [tick, records]);

  useEffect(() => {
    if (!enabled) return;
    const boundary = nextWindowBoundary(records, now.getTime());
    if (boundary === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const renew = () => setTick((value) => value + 1);
    const arm = () => {
      const delay = boundary - Date.now();
      if (delay <= 0) {
        renew();
        return;
      }
      // A boundary further away than one timer can wait: wait the longest, then measure again.
      timer = delay > MAX_TIMER_DELAY ? setTimeout(arm, MAX_TIMER_DELAY) : setTimeout(renew, delay);
    };
    arm();
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && Date.now() >= boundary) renew();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [records, now, enabled]);

  return now;
}
