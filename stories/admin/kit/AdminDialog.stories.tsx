import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AdminDialog, Button, DialogClose } from '../../../src/admin/index.js';
import { expectLayoutHolds, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

/** Opens the dialog from its trigger and returns it (portalled into the story's themed root). */
async function open(canvasElement: HTMLElement, trigger = 'Publish', title?: string): Promise<HTMLElement> {
  await userEvent.click(within(canvasElement).getByRole('button', { name: trigger }));
  return within(canvasElement.ownerDocument.body).findByRole('dialog', title === undefined ? {} : { name: title });
}

const meta = {
  title: 'Admin/Kit/AdminDialog',
  component: AdminDialog,
  args: {
    title: 'Publish “Opening hours”?',
    description: 'The page is shown in the portal at once, in every language it has.',
    trigger: <Button type="button">Publish</Button>,
    onOpenChange: fn(),
    children: (
      <DialogClose asChild>
        <Button type="button">Close</Button>
      </DialogClose>
    ),
  },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof AdminDialog>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Closed: only its trigger shows. */
export const Closed: Story = {};

/** Open: named by its title, described by its sentence, the focus inside. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement, 'Publish', 'Publish “Opening hours”?');
    await expect(dialog).toHaveAccessibleDescription(/shown in the portal at once/);
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  },
};

/** Closed again with Escape: the focus is back on the trigger. */
export const ClosedWithEscape: Story = {
  play: async ({ canvasElement, args }) => {
    await open(canvasElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull());
    await expect(within(canvasElement).getByRole('button', { name: 'Publish' })).toHaveFocus();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
  },
};

/** Large, with a title only (no description). */
export const LargeWithoutDescription: Story = {
  args: { size: 'large', description: undefined },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await expect(dialog).not.toHaveAttribute('aria-describedby');
  },
};

/** Long content, open: a long title with an unbreakable word and more text than the screen holds (the dialog scrolls). */
export const LongContent: Story = {
  args: {
    title: longTitle('Publish'),
    description: LONG_TEXT,
    children: (
      <>
        {Array.from({ length: 8 }, (_, index) => (
          <p key={index}>{index % 2 === 0 ? LONG_TEXT : LONG_WORD}</p>
        ))}
        <DialogClose asChild>
          <Button type="button">Close</Button>
        </DialogClose>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    await open(canvasElement);
    await expectLayoutHolds(canvasElement.ownerDocument.body);
  },
};

/** Open in Arabic, right to left. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: {
    title: 'نشر «ساعات العمل»؟',
    description: 'تظهر الصفحة في البوابة فورًا، بكل لغاتها.',
    trigger: <Button type="button">نشر</Button>,
    children: (
      <DialogClose asChild>
        <Button type="button">إغلاق</Button>
      </DialogClose>
    ),
  },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement, 'نشر', 'نشر «ساعات العمل»؟');
    await expect(getComputedStyle(dialog).direction).toBe('rtl');
  },
};
