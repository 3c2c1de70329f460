import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest `value`, for callbacks handed to code that keeps the
 * first one it got (an editor instance, a debounced check). Updated after render, as React
 * asks for refs.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
