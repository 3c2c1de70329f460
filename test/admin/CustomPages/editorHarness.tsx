import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { PortalAdapters } from '../../../src/adapters/index.js';
import { CustomPageEditor, type CustomPageEditorProps } from '../../../src/admin/index.js';
import { renderPortal, type PortalRenderOptions } from '../../render.js';

/** Renders the editor over `adapters` (as the host's `PortalProvider` would), with spies for `onSaved` and `onClose`. */
export function renderEditor(
  adapters: PortalAdapters,
  props: Partial<CustomPageEditorProps> = {},
  options: PortalRenderOptions = {},
) {
  const user = userEvent.setup();
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const view = renderPortal(<CustomPageEditor onSaved={onSaved} onClose={onClose} {...props} />, {
    ...options,
    provider: { adapters, ...options.provider },
  });
  return { user, onSaved, onClose, ...view };
}

/** The editor's form once it has loaded. */
export async function findForm() {
  return screen.findByRole('form');
}

/** The tab of a language. */
export function tab(name: RegExp | string) {
  return screen.getByRole('tab', { name });
}

/** The open dialog (Radix hides the rest of the page from the accessibility tree). */
export async function findDialog(name?: RegExp | string) {
  return screen.findByRole('dialog', name === undefined ? {} : { name });
}

export { screen, within };
