import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button, SaveBar, type SaveBarProps } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

function renderBar(props: Partial<SaveBarProps> = {}, render = renderPortal) {
  const user = userEvent.setup();
  const handlers = { onSave: vi.fn(), onSaveAndClose: vi.fn(), onClose: vi.fn() };
  const view = render(<SaveBar {...handlers} {...props} />);
  const rerender = (next: Partial<SaveBarProps>) => view.rerender(<SaveBar {...handlers} {...next} />);
  return { user, ...handlers, rerender };
}

const status = () => screen.getByRole('status');

describe('SaveBar', () => {
  it('with nothing changed: says nothing, and each button does its job', async () => {
    const { user, onSave, onSaveAndClose, onClose } = renderBar();
    expect(status()).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Save and close' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSaveAndClose).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(document.body);
  });

  it('announces each state in one polite status region, from unsaved through saving to saved', async () => {
    const { rerender } = renderBar({ dirty: true });
    const region = status();
    expect(region).toHaveTextContent('Unsaved changes');
    rerender({ dirty: true, status: 'saving' });
    expect(status()).toBe(region);
    expect(region).toHaveTextContent('Saving…');
    rerender({ status: 'saved' });
    expect(status()).toBe(region);
    expect(region).toHaveTextContent('All changes saved.');
    // Typing after a save: the form is unsaved again.
    rerender({ status: 'saved', dirty: true });
    expect(region).toHaveTextContent('Unsaved changes');
    await expectNoAxeViolations(document.body);
  });

  describe('while saving', () => {
    it('shows the progress on "Save" and holds every button', async () => {
      const { user, onSave, onSaveAndClose, onClose } = renderBar({ status: 'saving', dirty: true });
      const save = screen.getByRole('button', { name: 'Saving…' });
      expect(save).toHaveAttribute('aria-disabled', 'true');
      // Held, not disabled: the button keeps the focus a keyboard user pressed it with.
      expect(save).toBeEnabled();
      expect(screen.getByRole('button', { name: 'Save and close' })).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('button', { name: 'Close' })).toBeDisabled();
      await user.click(save);
      await user.click(screen.getByRole('button', { name: 'Save and close' }));
      expect(onSave).not.toHaveBeenCalled();
      expect(onSaveAndClose).not.toHaveBeenCalled();
      expect(onClose).not.toHaveBeenCalled();
      await expectNoAxeViolations(document.body);
    });

    it('shows the progress on "Save and close" when that button started it', () => {
      renderBar({ status: 'saving-and-closing', dirty: true });
      expect(screen.getByRole('button', { name: 'Saving…' })).toHaveAttribute('data-slot', 'save-and-close');
      expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
      expect(status()).toHaveTextContent('Saving…');
    });
  });

  it('after a failed save: the changes are still unsaved and every button works again', async () => {
    const { user, onSave } = renderBar({ status: 'error', dirty: true });
    expect(status()).toHaveTextContent('Unsaved changes');
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).not.toHaveAttribute('aria-disabled');
    await user.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('without onSave, "Save" submits the surrounding form, except while saving', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const { rerender } = renderPortal(
      <form aria-label="Page" onSubmit={onSubmit}>
        <SaveBar />
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    rerender(
      <form aria-label="Page" onSubmit={onSubmit}>
        <SaveBar status="saving" />
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Saving…' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    // Only the buttons it was given.
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('puts the host content (a "Delete" button) before its own buttons', () => {
    renderBar({ children: <Button type="button">Delete</Button> });
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Delete', 'Close', 'Save and close', 'Save']);
  });

  it('speaks Arabic, right to left', async () => {
    renderBar({ dirty: true }, renderRtl);
    expect(status()).toHaveTextContent('تغييرات غير محفوظة');
    expect(screen.getByRole('button', { name: 'حفظ' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'حفظ وإغلاق' }).closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(document.body);
  });
});
