/**
 * Runs the host's handler first; the library's handler runs only if the host did not
 * call `event.preventDefault()`.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  hostHandler: ((event: E) => void) | undefined,
  libraryHandler: (event: E) => void,
) {
  return (event: E) => {
    hostHandler?.(event);
    if (!event.defaultPrevented) libraryHandler(event);
  };
}
