import { act } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import type { NavigationBlocker } from '../../src/admin/index.js';

/**
 * A stand-in for React Router's `useBlocker`: `block()` reports a blocked navigation, as the
 * router does when the admin follows a link or presses Back; `proceed` and `reset` are counted.
 */
export function routerBlocker() {
  const proceed = vi.fn();
  const reset = vi.fn();
  let setState: (state: NavigationBlocker['state']) => void = () => undefined;
  const useBlocker = vi.fn((_shouldBlock: boolean): NavigationBlocker => {
    const [state, set] = useState<NavigationBlocker['state']>('unblocked');
    setState = set;
    return {
      state,
      proceed: () => {
        proceed();
        set('proceeding');
      },
      reset: () => {
        reset();
        set('unblocked');
      },
    };
  });
  return { useBlocker, proceed, reset, block: () => act(() => setState('blocked')) };
}
