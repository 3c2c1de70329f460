import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button, ConfirmDialog } from '../../../src/admin/index.js';
import { expectLayoutHolds, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/Kit/ConfirmDialog',
  component: ConfirmDialog,
  args: {
    title: 'Delete “Terms of service”?',
    description: 'The page is deleted in every language. This cannot be undone.',
    confirmLabel: 'Delete page',
    tone: 'danger',
    onConfirm: fn(),
    trigger: <Button type="button">Delete</Button>,
  },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ConfirmDialog>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Closed: only its trigger shows. */
export const Closed: Story = {};

/** Open: focus starts on "Cancel", Escape closes, focus returns to the trigger. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete' }));
    const dialog = await canvas.findByRole('dialog');
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** The action failed: the dialog stays and says so. */
export const Failed: Story = {
  args: { onConfirm: fn(() => Promise.reject(new Error('offline'))) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete page' }));
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};

/** Long content, open: a long title with an unbreakable word, a long description and button labels. */
export const LongContent: Story = {
  args: { title: longTitle('Delete'), description: LONG_TEXT, confirmLabel: `Delete the ${LONG_WORD}` },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete' }));
    await canvas.findByRole('dialog');
    await expectLayoutHolds(canvasElement.ownerDocument.body);
  },
};

/** Open in Arabic, right to left: the dialog's own button translated, focus on it. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: { title: 'حذف «شروط الخدمة»؟', description: 'ستُحذف الصفحة بكل لغاتها. لا يمكن التراجع عن ذلك.', confirmLabel: 'حذف الصفحة', trigger: <Button type="button">حذف</Button> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'حذف' }));
    const dialog = await canvas.findByRole('dialog', { name: 'حذف «شروط الخدمة»؟' });
    await expect(within(dialog).getByRole('button', { name: 'إلغاء' })).toHaveFocus();
    await expect(getComputedStyle(dialog).direction).toBe('rtl');
  },
};
