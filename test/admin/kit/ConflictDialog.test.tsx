import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button, ConflictDialog, type ConflictDialogProps, type ConflictRow } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const rows: ConflictRow[] = [
  { id: 'content.en.title', label: 'Title (English)', mine: 'Opening hours', theirs: 'Our opening hours', differs: true },
  { id: 'slug', label: 'Slug', mine: 'opening-hours', theirs: 'opening-hours', differs: false },
  { id: 'content.de.title', label: 'Title (German)', mine: '', theirs: 'Öffnungszeiten', differs: true },
];

/** The editor's side: "Save" hits a conflict and opens the dialog. */
function SaveWithConflict(props: Partial<ConflictDialogProps>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        Save
      </Button>
      <ConflictDialog rows={rows} open={open} onOpenChange={setOpen} onKeepMine={vi.fn()} onTakeTheirs={vi.fn()} onCopyMine={vi.fn(() => Promise.resolve())} {...props} />
    </>
  );
}

async function openConflict(props: Partial<ConflictDialogProps> = {}, render = renderPortal) {
  const user = userEvent.setup();
  render(<SaveWithConflict {...props} />);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog');
  return { user, dialog };
}

describe('ConflictDialog', () => {
  describe('given the stored version', () => {
    it('shows both versions side by side, says in words which fields differ, and marks empty values', async () => {
      const { dialog } = await openConflict();
      expect(dialog).toHaveAccessibleName('This page was changed elsewhere');
      expect(dialog).toHaveAccessibleDescription(/nothing you typed is lost/);
      const table = within(dialog).getByRole('table');
      expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Field', 'Your version', 'Stored version']);
      const title = within(table).getByRole('row', { name: /Title \(English\)/ });
      expect(within(title).getByRole('rowheader')).toHaveTextContent('Title (English)differs');
      expect(within(title).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Opening hours', 'Our opening hours']);
      expect(within(within(table).getByRole('row', { name: /Slug/ })).getByRole('rowheader')).toHaveTextContent(/^Slug$/);
      expect(within(within(table).getByRole('row', { name: /German/ })).getAllByRole('cell')[0]).toHaveTextContent('(none)');
      await expectNoAxeViolations(dialog);
    });

    it('offers the three ways out and runs the chosen one', async () => {
      const onKeepMine = vi.fn();
      const onTakeTheirs = vi.fn();
      const { user, dialog } = await openConflict({ onKeepMine, onTakeTheirs });
      expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual([
        'Copy mine, then reload',
        'Take theirs',
        'Keep mine (overwrite)',
      ]);
      await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
      expect(onTakeTheirs).toHaveBeenCalledTimes(1);
      await user.click(within(dialog).getByRole('button', { name: 'Keep mine (overwrite)' }));
      expect(onKeepMine).toHaveBeenCalledTimes(1);
    });

    it('holds every choice while copying, and says so when copying failed', async () => {
      let fail: (error: Error) => void = () => undefined;
      const onCopyMine = vi.fn(() => new Promise((_resolve, reject) => (fail = reject)));
      const onKeepMine = vi.fn();
      const { user, dialog } = await openConflict({ onCopyMine, onKeepMine });
      await user.click(within(dialog).getByRole('button', { name: 'Copy mine, then reload' }));
      for (const button of within(dialog).getAllByRole('button')) expect(button).toHaveAttribute('aria-disabled', 'true');
      await user.click(within(dialog).getByRole('button', { name: 'Keep mine (overwrite)' }));
      expect(onKeepMine).not.toHaveBeenCalled();
      fail(new Error('clipboard denied'));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent('Your version could not be copied to the clipboard.');
      expect(within(dialog).getByRole('button', { name: 'Keep mine (overwrite)' })).not.toHaveAttribute('aria-disabled');
      await expectNoAxeViolations(dialog);
    });

    it('shows no error after a copy that worked', async () => {
      const onCopyMine = vi.fn(() => Promise.resolve());
      const { user, dialog } = await openConflict({ onCopyMine });
      await user.click(within(dialog).getByRole('button', { name: 'Copy mine, then reload' }));
      expect(onCopyMine).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Take theirs' })).not.toHaveAttribute('aria-disabled'));
      expect(within(dialog).queryByRole('alert')).toBeNull();
    });
  });

  it('without the stored version: no comparison, a warning, and only "keep mine"', async () => {
    const { dialog } = await openConflict({ theirsAvailable: false });
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(within(dialog).getByText('The stored version could not be loaded.')).toBeVisible();
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(['Keep mine (overwrite)']);
    await expectNoAxeViolations(dialog);
  });

  it('closes on Escape without choosing, and focus goes back to "Save"', async () => {
    const onKeepMine = vi.fn();
    const onTakeTheirs = vi.fn();
    const { user } = await openConflict({ onKeepMine, onTakeTheirs });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    expect(onKeepMine).not.toHaveBeenCalled();
    expect(onTakeTheirs).not.toHaveBeenCalled();
  });

  it('takes a title and a description of the host', async () => {
    const { dialog } = await openConflict({ title: 'This item was changed elsewhere', description: 'Choose what to keep.' });
    expect(dialog).toHaveAccessibleName('This item was changed elsewhere');
    expect(dialog).toHaveAccessibleDescription('Choose what to keep.');
  });

  it('speaks Arabic, right to left', async () => {
    const { dialog } = await openConflict({}, renderRtl);
    expect(dialog).toHaveAccessibleName('عُدّلت هذه الصفحة في مكان آخر');
    expect(within(dialog).getByRole('button', { name: 'الاحتفاظ بنسختي (الكتابة فوقها)' })).toBeVisible();
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(dialog);
  });
});
