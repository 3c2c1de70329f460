import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TextField } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

/**
 * The labelled text field every editor is made of, one story per state. The other parts have
 * stories of their own (ValiditySelect, SaveBar, ConflictDialog).
 */
const meta = {
  title: 'Admin/Kit/Form parts',
  component: TextField,
  args: { label: 'Internal title', description: 'Only shown in admin screens.', required: true },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof TextField>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A labelled field with its description. */
export const Field: Story = {};

/** A field with an error: `aria-invalid` and the error in its description. */
export const FieldWithError: Story = {
  args: { error: 'This field is required.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox')).toHaveAccessibleDescription(/This field is required/);
  },
};

/** Long content in a phone-wide column: a long label, description, value and error. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { label: longTitle('Internal title'), description: LONG_TEXT, error: `The ${LONG_WORD} is not allowed here.`, defaultValue: LONG_URL_TEXT },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: { label: 'العنوان الداخلي', description: 'يظهر في شاشات الإدارة فقط.', error: 'هذا الحقل مطلوب.' },
  play: async ({ canvas }) => {
    const field = canvas.getByRole('textbox', { name: /العنوان الداخلي/ });
    await expect(field).toHaveAccessibleDescription(/هذا الحقل مطلوب/);
    await expect(field.closest('[dir="rtl"]')).not.toBeNull();
  },
};
