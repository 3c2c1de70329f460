import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { ColorField } from '../../../src/admin/HomePageEditor/parts/ColorField.js';
import { HrefField } from '../../../src/admin/HomePageEditor/parts/HrefField.js';
import { expectLayoutHolds, inColumn, LONG_URL_TEXT, LONG_WORD } from '../../fixtures/longContent.js';

interface Args {
  colour: string | undefined;
  link: string | undefined;
  error?: string;
  onValueChange: (value: string | undefined) => void;
}

/** The home page editor's colour and link fields (its block forms use them; here on their own). */
const meta = {
  title: 'Admin/HomePageEditor/Field parts',
  args: { colour: '#1f6feb', link: '/page/opening-hours', onValueChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render({ colour: initialColor, link: initialHref, error, onValueChange }: Args) {
    const [color, setColor] = useState(initialColor);
    const [href, setHref] = useState(initialHref);
    return (
      <>
        <ColorField
          label="Background colour"
          value={color}
          error={error}
          onValueChange={(next) => {
            setColor(next);
            onValueChange(next);
          }}
        />
        <HrefField
          label="Link"
          required
          value={href}
          error={error}
          onValueChange={(next) => {
            setHref(next);
            onValueChange(next);
          }}
        />
      </>
    );
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A colour and a path, both accepted. */
export const Filled: Story = {};

/** Both empty: the theme's colour, and a required link still to enter. */
export const Empty: Story = { args: { colour: undefined, link: undefined } };

/** An unknown colour and a `javascript:` link, refused as soon as the admin leaves each field. */
export const Refused: Story = {
  args: { colour: undefined, link: undefined },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Background colour' }), 'blu');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: 'Background colour' })).toHaveAccessibleDescription(/This is not a colour/);
    await userEvent.type(canvas.getByRole('textbox', { name: /^Link/ }), 'javascript:alert(1)');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: /^Link/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: /^Link/ })).toHaveAccessibleDescription(/This link is refused/);
  },
};

/** The form's error from saving. */
export const SaveError: Story = { args: { error: 'This field is required.' } };

/** In Arabic, right to left; what the admin typed stays left to right. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { link: 'javascript:alert(1)' },
  play: async ({ canvas }) => {
    const link = canvas.getByRole('textbox', { name: /^Link/ });
    await userEvent.click(link);
    await userEvent.tab();
    await expect(link).toHaveAccessibleDescription(/هذا الرابط مرفوض/);
    await expect(getComputedStyle(link).direction).toBe('rtl');
  },
};

/** Long content in a phone-wide column: a pasted address without a space and a long refusal. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { colour: LONG_WORD, link: `javascript:${LONG_URL_TEXT}` },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('textbox', { name: 'Background colour' }));
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: /^Link/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: 'Background colour' })).toHaveAttribute('aria-invalid', 'true');
    await expectLayoutHolds(canvasElement);
  },
};
