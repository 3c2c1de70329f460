import { useRef, useState, type ReactNode } from 'react';
import { useControllableState } from '../../../internal/useControllableState.js';

import { Button, Notice } from '../primitives.styles.js';
import { AdminDialog, DialogClose, type AdminDialogProps } from './AdminDialog.js';
import { DialogActions } from './Dialog.styles.js';
import { useAdminTranslation } from '../../i18n.js';

const NAME = 'ConfirmDialog';

export interface ConfirmDialogProps extends Omit<AdminDialogProps, 'children'> {
  /** Label of the confirming button. @default "Confirm" in the portal's language */
  confirmLabel?: ReactNode;
  /** Label of the cancelling button. @default "Cancel" in the portal's language */
  cancelLabel?: ReactNode;
  /** `danger` for destructive actions (delete, discard). @default 'default' */
  tone?: 'default' | 'danger' | undefined;
  /**
   * Runs when the admin confirms. The dialog closes when it returns; if it returns a promise,
   * the button shows progress and the dialog closes when it resolves, or stays open and shows
   * `errorMessage` when it rejects.
   */
  onConfirm: () => void | Promise<unknown>;
  /** Runs when the admin cancels (button, Escape, overlay). */
  onCancel?: (() => void) | undefined;
  /** Shown when `onConfirm` rejects. @default the generic error text */
  errorMessage?: ReactNode;
  /** Extra content between the description and the buttons. */
  children?: ReactNode;
}

/**
 * Asks before something that cannot be undone (delete, leave without saving). Cancel has the
 * focus first, so a hurried Enter does no harm.
 */
export function ConfirmDialog({
  confirmLabel,
  cancelLabel,
  tone = 'default',
  onConfirm,
  onCancel,
  errorMessage,
  open: openProp,
  defaultOpen,
  onOpenChange,
  children,
  onOpenAutoFocus,
  ...dialogProps
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { t } = useAdminTranslation();
  const [open, setOpenState] = useControllableState({ value: openProp, defaultValue: defaultOpen ?? false, onChange: onOpenChange });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const setOpen = (next: boolean) => {
    setOpenState(next);
    if (!next) setFailed(false);
  };

  const confirm = async () => {
    setFailed(false);
    const result = onConfirm();
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      setBusy(true);
      try {
        await result;
        setOpen(false);
      } catch {
        setFailed(true);
      } finally {
        setBusy(false);
      }
    } else {
      setOpen(false);
    }
  };

  return (
    <AdminDialog
      {...dialogProps}
      open={open}
      onOpenChange={(next) => {
        if (!next && busy) return;
        if (!next) onCancel?.();
        setOpen(next);
      }}
      onOpenAutoFocus={(event: Event) => {
        // The host's handler runs first and may keep Radix's default focus.
        onOpenAutoFocus?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        cancelRef.current?.focus();
      }}
      data-slot="confirm-dialog"
      data-state={busy ? 'busy' : failed ? 'error' : 'idle'}
    >
      {children}
      {failed && (
        <Notice $tone="danger" role="alert" data-slot="confirm-dialog-error">
          <p>{errorMessage ?? t('admin.errorsActionFailed')}</p>
        </Notice>
      )}
      <DialogActions>
        <DialogClose asChild>
          <Button type="button" $variant="secondary" ref={cancelRef} disabled={busy} data-slot="confirm-dialog-cancel">
            {cancelLabel ?? t('common.cancel')}
          </Button>
        </DialogClose>
        <Button
          type="button"
          $variant={tone === 'danger' ? 'danger' : 'primary'}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) void confirm();
          }}
          data-slot="confirm-dialog-confirm"
        >
          {busy ? t('admin.working') : (confirmLabel ?? t('common.confirm'))}
        </Button>
      </DialogActions>
    </AdminDialog>
  );
}
ConfirmDialog.displayName = NAME;
