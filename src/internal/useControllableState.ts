import { useCallback, useRef, useState } from 'react';

export interface UseControllableStateParams<Value> {
  /** The controlled value; when defined the component does not keep its own state. */
  value?: Value | undefined;
  /** The initial value when uncontrolled. */
  defaultValue: Value;
  /** Called with every requested change, controlled or not. */
  onChange?: ((value: Value) => void) | undefined;
}

/**
 * One `value / defaultValue / onValueChange` triple for every piece of state a host may
 * want to own (as in Radix Primitives).
 */
export function useControllableState<Value>({
  value,
  defaultValue,
  onChange,
}: UseControllableStateParams<Value>): [Value, (next: Value) => void] {
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : uncontrolledValue;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: Value) => {
      if (!isControlled) setUncontrolledValue(next);
      if (!Object.is(next, current)) onChangeRef.current?.(next);
    },
    [isControlled, current],
  );

  return [current, setValue];
}
