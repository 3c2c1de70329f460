import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { ImageField } from '../../../src/admin/HomePageEditor/parts/ImageField.js';
import type { AssetReference } from '../../../src/model/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT } from '../../fixtures/longContent.js';
import { WithHomePage } from './fixtures.js';
import type { MemoryAdapters } from '../../../src/adapters/index.js';

interface Args {
  image: AssetReference | null;
  alt: string | undefined;
  altError?: string;
  label: string;
  prepare?: (adapters: MemoryAdapters) => void;
  onImageChange: (image: AssetReference | null) => void;
}

/** A small blue square, as an uploaded image. */
const square: AssetReference = {
  id: 'asset-square',
  url: 'data:image/svg+xml;base64,' + btoa('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#1f6feb"/></svg>'),
  mediaType: 'image/svg+xml',
  size: 120,
};

/** The home page forms' image field: upload through the asset adapter, alt text or decorative. */
const meta = {
  title: 'Admin/HomePageEditor/ImageField',
  args: { image: null, alt: undefined, label: 'Image', onImageChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render({ image: initialImage, alt: initialAlt, altError, label, prepare, onImageChange }: Args) {
    const [image, setImage] = useState(initialImage);
    const [alt, setAlt] = useState(initialAlt);
    return (
      <WithHomePage prepare={prepare}>
        <ImageField
          label={label}
          image={image}
          onImageChange={(next) => {
            setImage(next);
            onImageChange(next);
          }}
          alt={alt}
          onAltChange={setAlt}
          language="en"
          altError={altError}
        />
      </WithHomePage>
    );
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

/** No image yet: the upload and its rules. */
export const Empty: Story = {};

/** An image with its alt text. */
export const WithImage: Story = {
  args: { image: square, alt: 'Our service desk' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: /^Alt text/ })).toHaveValue('Our service desk');
  },
};

/** Marked decorative: no alt text asked for. */
export const Decorative: Story = {
  args: { image: square, alt: '' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('checkbox', { name: 'Decorative image (no alt text)' })).toBeChecked();
    await expect(canvas.queryByRole('textbox', { name: /^Alt text/ })).toBeNull();
  },
};

/** Saving found no alt text: the message is on the field. */
export const AltMissing: Story = {
  args: { image: square, altError: 'Enter an alt text, or mark the image as decorative.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: /^Alt text/ })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A file of another type, refused before upload. */
export const Refused: Story = {
  play: async ({ canvas }) => {
    // `accept` keeps such files out of the picker's dialog; a drop or a typed path still brings them.
    await userEvent.setup({ applyAccept: false }).upload(canvas.getByLabelText('Upload an image'), new File(['%PDF'], 'notes.pdf', { type: 'application/pdf' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This file type is not accepted');
  },
};

/** The asset store failed. */
export const UploadFailed: Story = {
  args: { prepare: (adapters) => adapters.control.failNext(1, 'unavailable', { domains: ['assets'] }) },
  play: async ({ canvas }) => {
    await userEvent.upload(canvas.getByLabelText('Upload an image'), new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The upload failed. Please try again.');
  },
};

/** While the upload runs. */
export const Uploading: Story = {
  args: { prepare: (adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY) },
  play: async ({ canvas }) => {
    await userEvent.upload(canvas.getByLabelText('Upload an image'), new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' }));
    await expect(await canvas.findByText('Uploading…')).toBeVisible();
    await expect(canvas.getByLabelText('Upload an image')).toBeDisabled();
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { image: square, alt: 'مكتب الخدمة' },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('[data-slot="image-field"]') as HTMLElement;
    await expect(getComputedStyle(field).direction).toBe('rtl');
  },
};

/** A long alt text and label in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { image: square, alt: LONG_TEXT, label: LONG_TEXT.slice(0, 120) },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
