import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * `false` on the server and during hydration, `true` afterwards: lets a component render the
 * same markup as the server first and switch to browser-only rendering (a virtualized list)
 * after hydration.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
