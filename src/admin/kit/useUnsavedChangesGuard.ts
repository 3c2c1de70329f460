import { useEffect } from 'react';

/**
 * The shape of a router's navigation blocker (React Router's `useBlocker` returns one): while
 * `state` is `blocked`, a navigation waits for `proceed()` or `reset()`.
 */
export interface NavigationBlocker {
  state: 'unblocked' | 'blocked' | 'proceeding';
  proceed?: (() => void) | undefined;
  reset?: (() => void) | undefined;
}

/**
 * A hook the host passes in to block its router's navigation while `shouldBlock` is true:
 * React Router's `useBlocker` fits as it is. The library imports no router.
 */
export type UseNavigationBlocker = (shouldBlock: boolean) => NavigationBlocker;

const UNBLOCKED: NavigationBlocker = { state: 'unblocked' };

/** The blocker used when the host wires none: never blocks. */
export const useNoNavigationBlocker: UseNavigationBlocker = () => UNBLOCKED;

/**
 * Asks before the admin leaves with unsaved changes: the browser's own prompt when the tab is
 * closed or reloaded (`beforeunload`), and the host router's blocker for in-app navigation.
 * Returns the blocker so the editor can show its own "Leave without saving?" dialog.
 */
export function useUnsavedChangesGuard(
  dirty: boolean,
  useBlocker: UseNavigationBlocker = useNoNavigationBlocker,
): NavigationBlocker {
  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when `returnValue` is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return useBlocker(dirty);
}
