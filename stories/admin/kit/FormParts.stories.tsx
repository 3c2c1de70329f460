import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConflictDialog, SaveBar, TextField, ValidityBadge, ValiditySelect } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

/** The small parts every editor is made of, one story per state. */
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

/** The validity of a record, and its badge in lists. */
export const Validity: Story = {
  render: () => (
    <>
      <ValiditySelect defaultValue="invalid-temporarily" />
      <p>
        <ValidityBadge validity="valid" /> <ValidityBadge validity="invalid" /> <ValidityBadge validity="invalid-temporarily" />
      </p>
    </>
  ),
};

/** The save bar: clean, with unsaved changes, saving, saved. */
export const SaveBarStates: Story = {
  render: () => (
    <>
      <SaveBar onSave={fn()} onSaveAndClose={fn()} onClose={fn()} />
      <SaveBar dirty onSave={fn()} onSaveAndClose={fn()} onClose={fn()} />
      <SaveBar status="saving" dirty onSave={fn()} onSaveAndClose={fn()} />
      <SaveBar status="saved" onSave={fn()} onSaveAndClose={fn()} />
    </>
  ),
};

/** The conflict dialog: both versions side by side and three ways out. */
export const Conflict: Story = {
  render: () => (
    <ConflictDialog
      defaultOpen
      onKeepMine={fn()}
      onTakeTheirs={fn()}
      onCopyMine={async () => undefined}
      rows={[
        { id: 'internalTitle', label: 'Internal title', mine: 'Opening hours (summer)', theirs: 'Opening hours (winter)', differs: true },
        { id: 'slug', label: 'Slug', mine: 'opening-hours', theirs: 'opening-hours', differs: false },
        { id: 'content.en.body', label: 'Text (English)', mine: 'Open 8–20.', theirs: 'Open 9–17.', differs: true },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog');
    await expect(within(dialog).getByRole('button', { name: 'Keep mine (overwrite)' })).toBeVisible();
    await userEvent.keyboard('{Tab}');
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

/** The conflict dialog with long values: a long title, an unbreakable word, a whole paragraph on each side. */
export const LongContentConflict: Story = {
  render: () => (
    <ConflictDialog
      defaultOpen
      onKeepMine={fn()}
      onTakeTheirs={fn()}
      onCopyMine={async () => undefined}
      rows={[
        { id: 'internalTitle', label: longTitle('Internal title'), mine: longTitle('Opening hours (summer)'), theirs: LONG_WORD, differs: true },
        { id: 'slug', label: 'Slug', mine: LONG_URL_TEXT, theirs: LONG_URL_TEXT, differs: false },
        { id: 'content.en.body', label: 'Text (English)', mine: LONG_TEXT, theirs: `${LONG_TEXT} ${LONG_TEXT}`, differs: true },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expectLayoutHolds(canvasElement.ownerDocument.body);
  },
};

/** In Arabic, right to left: the validity choices and badges and the save bar translated. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  render: () => (
    <>
      <TextField label="العنوان الداخلي" description="يظهر في شاشات الإدارة فقط." required error="هذا الحقل مطلوب." />
      <ValiditySelect defaultValue="invalid-temporarily" />
      <p>
        <ValidityBadge validity="valid" /> <ValidityBadge validity="invalid" />
      </p>
      <SaveBar dirty onSave={fn()} onSaveAndClose={fn()} onClose={fn()} />
    </>
  ),
  play: async ({ canvas }) => {
    const field = canvas.getByRole('textbox', { name: /العنوان الداخلي/ });
    await expect(field).toHaveAccessibleDescription(/هذا الحقل مطلوب/);
    await expect(field.closest('[dir="rtl"]')).not.toBeNull();
    await expect(canvas.getByRole('combobox', { name: /الصلاحية/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'حفظ' })).toBeVisible();
  },
};
