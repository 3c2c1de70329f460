import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import type { MemoryAdapters } from '../../../src/adapters/index.js';
import { ImageField } from '../../../src/admin/LayoutEditor/ImageField.js';
import type { AssetReference } from '../../../src/model/index.js';
import { expectLayoutHolds, inColumn, LONG_WORD } from '../../fixtures/longContent.js';
import { WithAdapters } from '../fixtures.js';

interface Args {
  value: AssetReference | null;
  label: string;
  prepare?: (adapters: MemoryAdapters) => void;
  onValueChange: (value: AssetReference | null) => void;
}

const logo: AssetReference = {
  id: 'logo',
  url: 'data:image/svg+xml;base64,' + btoa('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="32"><rect width="96" height="32" rx="6" fill="#1f3a5f"/></svg>'),
  mediaType: 'image/svg+xml',
  size: 140,
};
const png = () => new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (character) => character.charCodeAt(0))], 'logo.png', { type: 'image/png' });
// `accept` keeps other files out of the picker's dialog; a drop or a typed path still brings them.
const pick = (input: HTMLElement, file: File) => userEvent.setup({ applyAccept: false }).upload(input, file);

/** The layout editor's logo, favicon and avatar upload (rendered there; here on its own). */
const meta = {
  title: 'Admin/LayoutEditor/ImageField',
  args: { value: null, label: 'Logo', onValueChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render({ value: initial, label, prepare, onValueChange }: Args) {
    const [value, setValue] = useState(initial);
    return (
      <WithAdapters prepare={prepare}>
        {() => (
          <ImageField
            label={label}
            name="logo"
            maxBytes={1024 * 1024}
            value={value}
            onValueChange={(next) => {
              setValue(next);
              onValueChange(next);
            }}
          />
        )}
      </WithAdapters>
    );
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

/** No image yet. */
export const Empty: Story = {};

/** A stored logo, with "Remove". */
export const WithImage: Story = {
  args: { value: logo },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Remove Logo' })).toBeVisible();
  },
};

/** A PNG uploaded and shown. */
export const Uploaded: Story = {
  play: async ({ args, canvas, canvasElement }) => {
    await pick(canvas.getByLabelText('Choose a file for Logo'), png());
    await expect(await canvas.findByRole('button', { name: 'Remove Logo' })).toBeVisible();
    await expect(args.onValueChange).toHaveBeenCalled();
    await expect(canvasElement.querySelector('[data-slot="layout-image-field"]')).toHaveAttribute('data-state', 'set');
  },
};

/** While the upload runs. */
export const Uploading: Story = {
  args: { prepare: (adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY) },
  play: async ({ canvas }) => {
    await pick(canvas.getByLabelText('Choose a file for Logo'), png());
    await expect(await canvas.findByText('Uploading…')).toBeVisible();
  },
};

/** A file of another type: refused before upload, the reason described on the picker. */
export const WrongType: Story = {
  play: async ({ canvas }) => {
    await pick(canvas.getByLabelText('Choose a file for Logo'), new File(['x'], 'notes.txt', { type: 'text/plain' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('notes.txt is not a PNG, SVG, JPEG or WebP image.');
  },
};

/** A file over the limit. */
export const TooLarge: Story = {
  play: async ({ canvas }) => {
    await pick(canvas.getByLabelText('Choose a file for Logo'), new File([new Uint8Array(1024 * 1024 + 1)], 'huge.png', { type: 'image/png' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('huge.png is larger than 1 MB.');
  },
};

/** An SVG with nothing safe left after sanitizing. */
export const UnsafeSvg: Story = {
  play: async ({ canvas }) => {
    await pick(canvas.getByLabelText('Choose a file for Logo'), new File(['<p>not an svg</p>'], 'fake.svg', { type: 'image/svg+xml' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('fake.svg could not be read as a safe SVG image, so it was refused.');
  },
};

/** The asset store failed. */
export const UploadFailed: Story = {
  args: { prepare: (adapters) => adapters.control.failNext(1, 'unavailable', { domains: ['assets'] }) },
  play: async ({ canvas }) => {
    await pick(canvas.getByLabelText('Choose a file for Logo'), png());
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The upload failed. Try again.');
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { value: logo, label: 'الشعار' },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('[data-slot="layout-image-field"]') as HTMLElement).direction).toBe('rtl');
  },
};

/** A long file name refused, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { label: `Default avatar ${LONG_WORD}` },
  play: async ({ canvas, canvasElement }) => {
    await pick(canvas.getByLabelText(/^Choose a file for/), new File(['x'], `${LONG_WORD}${LONG_WORD}.txt`, { type: 'text/plain' }));
    await canvas.findByRole('alert');
    await expectLayoutHolds(canvasElement);
  },
};
