import { createContext, createElement, useContext, type ReactNode } from 'react';

// `null` means "now": the portal shows what is published at the moment it renders. The home
// page editor's preview sets an instant to show the page as it will be (or was) then.
const ViewingTimeContext = createContext<Date | null>(null);

/** Props of {@link ViewingTimeProvider}. */
export interface ViewingTimeProviderProps {
  /** The instant the subtree shows published content as of; `undefined` for now. */
  at: Date | undefined;
  children?: ReactNode;
}

/** Shows the subtree's scheduled content as of `at` (the previews' "view as of" control). */
export function ViewingTimeProvider({ at, children }: ViewingTimeProviderProps) {
  return createElement(ViewingTimeContext.Provider, { value: at ?? null }, children);
}

/** The instant the nearest `ViewingTimeProvider` set, or `undefined` when content is shown as of now. */
export function useViewingTimeOverride(): Date | undefined {
  return useContext(ViewingTimeContext) ?? undefined;
}
