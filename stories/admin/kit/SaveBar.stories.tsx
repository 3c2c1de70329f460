import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { Button, SaveBar } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_WORD } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/Kit/SaveBar',
  component: SaveBar,
  args: { onSave: fn(), onSaveAndClose: fn(), onClose: fn() },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof SaveBar>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Nothing changed yet: the status line is empty. */
export const Clean: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(/^$/);
  },
};

/** Unsaved changes. */
export const Unsaved: Story = {
  args: { dirty: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Unsaved changes');
  },
};

/** "Save" pressed: its progress on that button, every button held. */
export const Saving: Story = {
  args: { dirty: true, status: 'saving' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Close' })).toBeDisabled();
  },
};

/** "Save and close" pressed: the progress on that button instead. */
export const SavingAndClosing: Story = {
  args: { dirty: true, status: 'saving-and-closing' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Saving…' })).toHaveAttribute('data-slot', 'save-and-close');
  },
};

/** Saved. */
export const Saved: Story = {
  args: { status: 'saved' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('All changes saved.');
  },
};

/** The save failed (the editor shows why): the changes are still unsaved and the buttons work again. */
export const SaveFailed: Story = {
  args: { dirty: true, status: 'error' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Unsaved changes');
    await expect(canvas.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-disabled');
  },
};

/** Only "Save", submitting the surrounding form, with a host's "Delete" before it. */
export const SaveOnly: Story = {
  args: { onSave: undefined, onSaveAndClose: undefined, onClose: undefined, children: <Button type="button">Delete</Button> },
  render: (args) => (
    <form aria-label="Page" onSubmit={(event) => event.preventDefault()}>
      <SaveBar {...args} />
    </form>
  ),
};

/** Long content in a phone-wide column: a long host button and the status wrap onto lines of their own. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { dirty: true, children: <Button type="button">{`Delete the ${LONG_WORD}`}</Button> },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: { dirty: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('تغييرات غير محفوظة');
    await expect(canvas.getByRole('button', { name: 'حفظ وإغلاق' }).closest('[dir="rtl"]')).not.toBeNull();
  },
};
