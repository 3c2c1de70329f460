import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button, ConfirmDialog } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

function renderDialog(onConfirm: () => void | Promise<unknown> = vi.fn(), render = renderPortal) {
  return render(
    <ConfirmDialog
      title="Delete “Terms”?"
      description="This cannot be undone."
      confirmLabel="Delete page"
      tone="danger"
      onConfirm={onConfirm}
      trigger={<Button type="button">Delete</Button>}
    />,
  );
}

describe('ConfirmDialog', () => {
  it('opens from its trigger with focus on Cancel, keeps focus inside, and Escape returns it', async () => {
    const user = userEvent.setup();
    renderDialog();
    const trigger = screen.getByRole('button', { name: 'Delete' });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Terms”?' });
    expect(dialog).toHaveAccessibleDescription('This cannot be undone.');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Delete page' })).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await expectNoAxeViolations(dialog);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();
  });

  it('waits for an async confirmation, and stays open with a message when it fails', async () => {
    const user = userEvent.setup();
    let reject: (error: Error) => void = () => undefined;
    const onConfirm = vi.fn(() => new Promise((_resolve, fail) => (reject = fail)));
    renderDialog(onConfirm);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Delete page' }));
    expect(screen.getByRole('button', { name: 'Working…' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Working…' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    reject(new Error('offline'));
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not work. Please try again.');
    expect(screen.getByRole('dialog')).toBeVisible();
  });

  it('speaks Arabic, right to left', async () => {
    const user = userEvent.setup();
    renderDialog(vi.fn(), renderRtl);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'إلغاء' })).toHaveFocus();
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });
});
