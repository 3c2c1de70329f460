import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters, type MemoryAdapters } from '../../../src/adapters/index.js';
import { ImageField, LAYOUT_IMAGE_TYPES } from '../../../src/admin/LayoutEditor/ImageField.js';
import type { AssetReference } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (character) => character.charCodeAt(0));
const logo: AssetReference = { id: 'logo-1', url: 'data:image/png;base64,iVBORw0KGgo=', mediaType: 'image/png', size: 8 };

/** The field holding its image as the layout editor does. */
function Harness({ initial = null, onValueChange = vi.fn() }: { initial?: AssetReference | null; onValueChange?: (value: AssetReference | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <ImageField
      label="Logo"
      name="logo"
      maxBytes={1024 * 1024}
      value={value}
      onValueChange={(next) => {
        setValue(next);
        onValueChange(next);
      }}
    />
  );
}

function setup(props: Parameters<typeof Harness>[0] = {}, { adapters = createMemoryAdapters({ seed: {} }), rtl = false }: { adapters?: MemoryAdapters; rtl?: boolean } = {}) {
  const view = (rtl ? renderRtl : renderPortal)(<Harness {...props} />, { provider: { adapters } });
  // The picker's `accept` would hide the refused files from the dialog; a drop or a pasted path still brings them.
  return { adapters, user: userEvent.setup({ applyAccept: false }), ...view };
}

const input = () => screen.getByLabelText('Choose a file for Logo');
const field = () => document.querySelector<HTMLElement>('[data-slot="layout-image-field"]') as HTMLElement;
const uploads = (adapters: MemoryAdapters) => adapters.control.calls.filter((call) => call.domain === 'assets' && call.method === 'upload');

describe('ImageField (layout)', () => {
  it('without an image: "No image", a labelled picker with its rules, and no "Remove"', async () => {
    const { container } = setup();
    expect(field()).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('No image')).toBeVisible();
    expect(input()).toHaveAttribute('accept', LAYOUT_IMAGE_TYPES.join(','));
    expect(input()).toHaveAccessibleDescription(/PNG recommended; SVG, JPEG and WebP are accepted, at most 1 MB\./);
    expect(screen.queryByRole('button', { name: 'Remove Logo' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('uploads a PNG as it is and shows it', async () => {
    const onValueChange = vi.fn();
    const { user, adapters } = setup({ onValueChange });
    await user.upload(input(), new File([PIXEL], 'logo.png', { type: 'image/png' }));
    await waitFor(() => expect(onValueChange).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/^data:image\/png;base64,/) })));
    expect(uploads(adapters)).toHaveLength(1);
    expect(field()).toHaveAttribute('data-state', 'set');
    expect(field().querySelector('img')).toHaveAttribute('src', expect.stringMatching(/^data:image\/png;base64,/));
  });

  it('sanitizes an SVG before uploading it', async () => {
    const { user, adapters } = setup();
    const upload = vi.spyOn(adapters.assets, 'upload');
    await user.upload(input(), new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><circle r="4"/></svg>'], 'logo.svg', { type: 'image/svg+xml' }));
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    const sent = await (upload.mock.calls[0]?.[0].file as Blob).text();
    expect(sent).toContain('circle');
    expect(sent).not.toMatch(/onload|script/);
  });

  it.each([
    ['another type', new File(['x'], 'notes.txt', { type: 'text/plain' }), 'notes.txt is not a PNG, SVG, JPEG or WebP image.'],
    ['a file too large', new File([new Uint8Array(1024 * 1024 + 1)], 'huge.png', { type: 'image/png' }), 'huge.png is larger than 1 MB.'],
    ['an SVG with nothing safe left', new File(['<p>not an svg</p>'], 'fake.svg', { type: 'image/svg+xml' }), 'fake.svg could not be read as a safe SVG image, so it was refused.'],
  ])('refuses %s before upload, the reason described on the picker', async (_kind, file, message) => {
    const { user, adapters } = setup();
    await user.upload(input(), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(input()).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(uploads(adapters)).toHaveLength(0);
    // The picker is cleared, so the same file can be chosen again once fixed.
    expect(input()).toHaveValue('');
  });

  it('says when the upload failed, and clears that once a later one succeeds', async () => {
    const adapters = createMemoryAdapters({ seed: {} });
    adapters.control.failNext(1, 'unavailable', { domains: ['assets'] });
    const onValueChange = vi.fn();
    const { user } = setup({ onValueChange }, { adapters });
    await user.upload(input(), new File([PIXEL], 'logo.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The upload failed. Try again.');
    await user.upload(input(), new File([PIXEL], 'logo.png', { type: 'image/png' }));
    await waitFor(() => expect(onValueChange).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('removes the stored image', async () => {
    const onValueChange = vi.fn();
    const { user } = setup({ initial: logo, onValueChange });
    await user.click(screen.getByRole('button', { name: 'Remove Logo' }));
    expect(onValueChange).toHaveBeenCalledWith(null);
    expect(screen.getByText('No image')).toBeVisible();
  });

  it('never shows an image URL that is not an image source', () => {
    setup({ initial: { ...logo, url: 'javascript:alert(1)' } });
    expect(field().querySelector('img')).toBeNull();
  });

  it('refuses in Arabic, right to left', async () => {
    const { user, container } = setup({ initial: logo }, { rtl: true });
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, new File(['x'], 'notes.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('notes.txt ليست صورة PNG أو SVG أو JPEG أو WebP.');
    await expectNoAxeViolations(container);
  });
});
