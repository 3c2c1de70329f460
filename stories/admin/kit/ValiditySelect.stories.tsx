import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ValidityBadge, ValiditySelect } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/Kit/ValiditySelect',
  component: ValiditySelect,
  args: { defaultValue: 'valid' },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ValiditySelect>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Valid, with its default label and description. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: /Validity/ })).toHaveDisplayValue('Valid');
  },
};

/** Temporarily invalid. */
export const TemporarilyInvalid: Story = { args: { defaultValue: 'invalid-temporarily' } };

/** With an error: `aria-invalid` and the error in its description. */
export const WithError: Story = {
  args: { error: 'Choose one of the options.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** The badges the lists show for each validity. */
export const Badges: Story = {
  render: () => (
    <p>
      <ValidityBadge validity="valid" /> <ValidityBadge validity="invalid" /> <ValidityBadge validity="invalid-temporarily" />
    </p>
  ),
};

/** Long content in a phone-wide column: a long label and description. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { label: longTitle('Validity'), description: LONG_TEXT, error: LONG_TEXT },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the choices and the badges translated. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  render: (args) => (
    <>
      <ValiditySelect {...args} />
      <p>
        <ValidityBadge validity="valid" /> <ValidityBadge validity="invalid" /> <ValidityBadge validity="invalid-temporarily" />
      </p>
    </>
  ),
  play: async ({ canvas }) => {
    const select = canvas.getByRole('combobox', { name: /الصلاحية/ });
    await expect(select).toHaveDisplayValue('صالح');
    await expect(select.closest('[dir="rtl"]')).not.toBeNull();
  },
};
