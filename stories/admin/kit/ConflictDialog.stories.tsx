import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConflictDialog, type ConflictRow } from '../../../src/admin/index.js';
import { expectLayoutHolds, LONG_TEXT, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const rows: ConflictRow[] = [
  { id: 'internalTitle', label: 'Internal title', mine: 'Opening hours (summer)', theirs: 'Opening hours (winter)', differs: true },
  { id: 'slug', label: 'Slug', mine: 'opening-hours', theirs: 'opening-hours', differs: false },
  { id: 'content.en.body', label: 'Text (English)', mine: 'Open 8–20.', theirs: 'Open 9–17.', differs: true },
  { id: 'content.fr.title', label: 'Title (French)', mine: 'Horaires', theirs: '', differs: true },
];

/** The open dialog (portalled into the story's themed root). */
const findDialog = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body).findByRole('dialog');

const meta = {
  title: 'Admin/Kit/ConflictDialog',
  component: ConflictDialog,
  args: { defaultOpen: true, rows, onKeepMine: fn(), onTakeTheirs: fn(), onCopyMine: fn(async () => undefined) },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ConflictDialog>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Both versions side by side (differences marked in colour and in words) and three ways out. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getAllByText('differs')).toHaveLength(3);
    await expect(within(dialog).getByRole('button', { name: 'Keep mine (overwrite)' })).toBeVisible();
  },
};

/** "Copy mine, then reload" while the copy runs: every choice is held. */
export const Copying: Story = {
  args: { onCopyMine: fn(() => new Promise<never>(() => undefined)) },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy mine, then reload' }));
    await expect(within(dialog).getByRole('button', { name: 'Take theirs' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Copying to the clipboard failed: the dialog says so, the form is untouched. */
export const CopyFailed: Story = {
  args: { onCopyMine: fn(() => Promise.reject(new Error('clipboard denied'))) },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy mine, then reload' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(/could not be copied/);
  },
};

/** The stored version could not be loaded: no comparison, only "keep mine" (or Escape). */
export const StoredVersionUnknown: Story = {
  args: { theirsAvailable: false },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getAllByRole('button')).toHaveLength(1);
  },
};

/** Long values: a long label, an unbreakable word, a whole paragraph on each side (long values scroll in their cells). */
export const LongContent: Story = {
  args: {
    rows: [
      { id: 'internalTitle', label: longTitle('Internal title'), mine: longTitle('Opening hours (summer)'), theirs: LONG_WORD, differs: true },
      { id: 'slug', label: 'Slug', mine: LONG_URL_TEXT, theirs: LONG_URL_TEXT, differs: false },
      { id: 'content.en.body', label: 'Text (English)', mine: LONG_TEXT, theirs: `${LONG_TEXT} ${LONG_TEXT} ${LONG_TEXT}`, differs: true },
    ],
  },
  play: async ({ canvasElement }) => {
    await findDialog(canvasElement);
    await expectLayoutHolds(canvasElement.ownerDocument.body);
  },
};

/** In Arabic, right to left: the dialog's own strings translated, the table mirrored. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: {
    rows: [
      { id: 'internalTitle', label: 'العنوان الداخلي', mine: 'ساعات العمل (الصيف)', theirs: 'ساعات العمل (الشتاء)', differs: true },
      { id: 'slug', label: 'المعرّف', mine: 'opening-hours', theirs: 'opening-hours', differs: false },
    ],
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('عُدّلت هذه الصفحة في مكان آخر');
    await expect(getComputedStyle(dialog).direction).toBe('rtl');
  },
};
