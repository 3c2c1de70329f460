import '../jsdomLayout.js';
import { cleanup, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CustomPage } from '../../../src/portal/CustomPage/CustomPage.js';
import { renderPortal } from '../../render.js';
import { openingHours, setupPages } from '../fixtures.js';
import { findForm, renderEditor, screen } from './editorHarness.js';

// Typing through user-event re-renders the whole editor per key: slow in jsdom.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  sessionStorage.clear();
});

/** A 1×1 PNG, as a file picked from disk. */
const PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
);
const pixelFile = (name: string, type: string) => new File([PIXEL], name, { type });

/** The editable area of the body editor, once Tiptap has mounted it. */
async function editable() {
  return waitFor(() => {
    const element = document.querySelector<HTMLElement>('[data-slot="rich-text-content"] [contenteditable]');
    expect(element).not.toBeNull();
    return element as HTMLElement;
  });
}

/** Picks `file` in the editor's image form, gives it an alt text and inserts it. */
async function insertImage(user: ReturnType<typeof userEvent.setup>, file: File, alt: string) {
  await user.click(screen.getByRole('button', { name: 'Image' }));
  await user.upload(screen.getByLabelText('Image file'), file);
  await user.type(screen.getByLabelText(/alt text/), alt);
  await user.click(screen.getByRole('button', { name: 'Upload and insert' }));
}

describe('CustomPageEditor images through the bundled store', () => {
  it("uploads through the memory store's asset adapter, keeps the image on save, and the portal renders it", async () => {
    const store = setupPages([openingHours]);
    const { user } = renderEditor(store.adapters, { pageId: 'p1' });
    await findForm();
    const box = await editable();

    await insertImage(user, pixelFile('pixel.png', 'image/png'), 'A single pixel');
    const inserted = await waitFor(() => {
      const image = box.querySelector('img');
      expect(image).not.toBeNull();
      return image as HTMLImageElement;
    });
    // The store keeps the upload as a base64 data URL; that is what the body refers to.
    const [asset] = store.adapters.control.calls.filter((call) => call.domain === 'assets' && call.method === 'upload');
    expect(asset).toBeDefined();
    expect(inserted.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(inserted).toHaveAttribute('alt', 'A single pixel');
    // The live preview (the portal's own rendering) shows it too.
    const preview = screen.getByRole('region', { name: 'Preview in English' });
    await waitFor(() => expect(preview.querySelector('img[alt="A single pixel"]')).toHaveAttribute('src', inserted.getAttribute('src')));

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await store.customPages.get({ id: 'p1' })).version).toBe(2));
    const body = (await store.customPages.get({ id: 'p1' })).content.en?.body ?? '';
    expect(body).toContain(`<img src="${inserted.getAttribute('src')}" alt="A single pixel">`);

    // Opened again, the editor still holds the image (a stored data: image is not dropped on load).
    cleanup();
    renderEditor(store.adapters, { pageId: 'p1' });
    await findForm();
    const reopened = await editable();
    await waitFor(() => expect(reopened.querySelector('img[alt="A single pixel"]')).toHaveAttribute('src', inserted.getAttribute('src')));

    // And the portal shows it on the page.
    cleanup();
    renderPortal(<CustomPage slug="opening-hours" />, { provider: { adapters: store.adapters } });
    const image = await screen.findByRole('img', { name: 'A single pixel' });
    expect(image.getAttribute('src')).toBe(inserted.getAttribute('src'));
  });

  it('refuses an SVG the store accepts but the sanitizer would strip, with a message, and inserts nothing', async () => {
    const store = setupPages([openingHours]);
    renderEditor(store.adapters, { pageId: 'p1' });
    // The file picker offers raster images only; this admin picks an SVG anyway.
    const user = userEvent.setup({ applyAccept: false });
    await findForm();
    const box = await editable();
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'], 'mark.svg', { type: 'image/svg+xml' });

    await insertImage(user, svg, 'A mark');
    expect(await screen.findByRole('alert')).toHaveTextContent(/image could not be uploaded/i);
    expect(box.querySelector('img')).toBeNull();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });
});
