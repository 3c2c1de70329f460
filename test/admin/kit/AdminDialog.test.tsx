import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AdminDialog, Button, DialogClose, type AdminDialogProps } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

/** A dialog opened by state, not by a trigger (as a failed save or a blocked navigation opens one). */
function OpenedByState(props: Partial<AdminDialogProps>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        Save
      </Button>
      <Button type="button">Elsewhere</Button>
      <AdminDialog title="Not saved" open={open} onOpenChange={setOpen} {...props}>
        <p>The server did not answer.</p>
        <DialogClose asChild>
          <Button type="button">Close</Button>
        </DialogClose>
      </AdminDialog>
    </>
  );
}

describe('AdminDialog', () => {
  describe('given a trigger', () => {
    it('opens from it, names and describes itself, keeps Tab inside, and Escape returns focus to it', async () => {
      const user = userEvent.setup();
      const onOpenChange = vi.fn();
      renderPortal(
        <AdminDialog
          title="Publish page"
          description="The page is shown in the portal at once."
          onOpenChange={onOpenChange}
          trigger={<Button type="button">Publish</Button>}
        >
          <Button type="button">First</Button>
          <Button type="button">Second</Button>
        </AdminDialog>,
      );
      const trigger = screen.getByRole('button', { name: 'Publish' });
      expect(screen.queryByRole('dialog')).toBeNull();
      await user.click(trigger);
      const dialog = await screen.findByRole('dialog', { name: 'Publish page' });
      expect(dialog).toHaveAccessibleDescription('The page is shown in the portal at once.');
      expect(onOpenChange).toHaveBeenLastCalledWith(true);
      const first = within(dialog).getByRole('button', { name: 'First' });
      expect(first).toHaveFocus();
      await user.tab();
      expect(within(dialog).getByRole('button', { name: 'Second' })).toHaveFocus();
      await user.tab();
      expect(first).toHaveFocus();
      await expectNoAxeViolations(dialog);

      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(onOpenChange).toHaveBeenLastCalledWith(false);
      expect(trigger).toHaveFocus();
    });

    it('opens from the keyboard (Enter on the trigger) and has no description when none is given', async () => {
      const user = userEvent.setup();
      renderPortal(<AdminDialog title="Publish page" trigger={<Button type="button">Publish</Button>} />);
      await user.tab();
      expect(screen.getByRole('button', { name: 'Publish' })).toHaveFocus();
      await user.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: 'Publish page' });
      expect(dialog).not.toHaveAttribute('aria-describedby');
      await expectNoAxeViolations(dialog);
    });
  });

  describe('when opened by state, without a trigger', () => {
    it('returns focus to the element that had it when it opened, after Escape and after a close button', async () => {
      const user = userEvent.setup();
      renderPortal(<OpenedByState />);
      const save = screen.getByRole('button', { name: 'Save' });
      await user.click(save);
      let dialog = await screen.findByRole('dialog', { name: 'Not saved' });
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(save).toHaveFocus();

      await user.keyboard('{Enter}');
      dialog = await screen.findByRole('dialog', { name: 'Not saved' });
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(save).toHaveFocus();
    });

    it("lets the host's onCloseAutoFocus run first and keep focus where it puts it", async () => {
      const user = userEvent.setup();
      renderPortal(
        <OpenedByState
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            screen.getByRole('button', { name: 'Elsewhere' }).focus();
          }}
        />,
      );
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await screen.findByRole('dialog');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    });

    it('stays open while a controlled host refuses to close it', async () => {
      const user = userEvent.setup();
      const onOpenChange = vi.fn();
      renderPortal(<AdminDialog title="Busy" open onOpenChange={onOpenChange} />);
      await screen.findByRole('dialog', { name: 'Busy' });
      await user.keyboard('{Escape}');
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.getByRole('dialog', { name: 'Busy' })).toBeVisible();
    });
  });

  it('opens inside the portal root in Arabic, right to left', async () => {
    const user = userEvent.setup();
    renderRtl(
      <AdminDialog title="نشر الصفحة" trigger={<Button type="button">نشر</Button>}>
        <DialogClose asChild>
          <Button type="button">إغلاق</Button>
        </DialogClose>
      </AdminDialog>,
    );
    await user.click(screen.getByRole('button', { name: 'نشر' }));
    const dialog = await screen.findByRole('dialog', { name: 'نشر الصفحة' });
    expect(dialog.closest('[data-hpk-root]')).not.toBeNull();
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(dialog);
  });
});
