import { useBlocker, type Location } from 'react-router';

/** Navigation state an editor's own navigation after a save carries: it leaves nothing unsaved behind. */
export const AFTER_SAVE = { afterSave: true } as const;

const isAfterSave = (location: Location) =>
  typeof location.state === 'object' && location.state !== null && (location.state as { afterSave?: unknown }).afterSave === true;

/**
 * The editors' `useBlocker` prop for the demo: React Router's `useBlocker`, holding back a
 * navigation to another screen while `shouldBlock` (something is unsaved) so the editor can
 * ask first. A change of the query only (`?lang=` following the language switcher) stays on
 * the screen and passes, as does a navigation made with {@link AFTER_SAVE} state.
 */
export function useLeaveBlocker(shouldBlock: boolean) {
  return useBlocker(
    ({ currentLocation, nextLocation }) =>
      shouldBlock && currentLocation.pathname !== nextLocation.pathname && !isAfterSave(nextLocation),
  );
}
