import { createContext as createReactContext, useContext } from 'react';

/**
 * A context whose hook throws a clear message when used outside its provider,
 * instead of silently reading a default value.
 */
export function createContext<Value>(providerName: string) {
  const Context = createReactContext<Value | null>(null);
  Context.displayName = `${providerName}Context`;

  function useContextValue(consumerName: string): Value {
    const value = useContext(Context);
    if (value === null) {
      throw new Error(`\`${consumerName}\` must be used within \`${providerName}\``);
    }
    return value;
  }

  return [Context.Provider, useContextValue, Context] as const;
}
