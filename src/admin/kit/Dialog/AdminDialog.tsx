import * as RadixDialog from '@radix-ui/react-dialog';
import { setNonce } from 'get-nonce';
import { useCallback, useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { useControllableState } from '../../../internal/useControllableState.js';
import { usePortal } from '../../../portal/PortalProvider/index.js';
import { DialogContent, DialogDescription, DialogOverlay, DialogTitle } from './Dialog.styles.js';

const NAME = 'AdminDialog';

export interface AdminDialogProps extends Omit<ComponentProps<typeof RadixDialog.Content>, 'title'> {
  /** Whether the dialog is open (controlled). */
  open?: boolean | undefined;
  /** Whether the dialog starts open (uncontrolled). @default false */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog asks to open or close (Escape, a close button, the overlay). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The dialog's heading and accessible name. */
  title: ReactNode;
  /** A sentence under the title and the dialog's accessible description. */
  description?: ReactNode;
  /** An element that opens the dialog (rendered as Radix's `Trigger` with `asChild`). */
  trigger?: ReactNode;
  /** Width of the dialog. @default 'small' */
  size?: 'small' | 'large' | undefined;
}

/**
 * The admin screens' modal dialog on Radix Dialog: focus is trapped inside, Escape closes it,
 * and focus returns to the element that had it. It is portalled into the nearest portal root
 * (not `document.body`), so the theme's custom properties, the language and the direction
 * still apply inside.
 */
export function AdminDialog({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  title,
  description,
  trigger,
  size = 'small',
  children,
  onOpenAutoFocus,
  onCloseAutoFocus,
  ...contentProps
}: AdminDialogProps) {
  // Radix returns focus to its Trigger; a dialog opened by state (a failed save, a blocked
  // navigation) has none, so it returns focus to whatever had it when the dialog opened.
  const returnFocus = useRef<HTMLElement | null>(null);
  // While open, Radix locks the page's scrolling with a `<style>` element it adds to the
  // head; it takes its nonce from `get-nonce`, so a strict `style-src` accepts it. Set
  // before any dialog opens (layout effects run before the passive one that adds the style).
  const { nonce } = usePortal(NAME);
  useLayoutEffect(() => {
    if (nonce) setNonce(nonce);
  }, [nonce]);
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const [container, setContainer] = useState<HTMLElement | null>(null);
  // The anchor stays in place while the dialog is portalled: from it we find the themed root.
  const anchorRef = useCallback((node: HTMLSpanElement | null) => {
    setContainer(node?.closest<HTMLElement>('[data-hpk-root]') ?? null);
  }, []);

  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <span ref={anchorRef} hidden data-slot="dialog-anchor" />
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal container={container}>
        <DialogOverlay data-slot="dialog-overlay" />
        <DialogContent
          $size={size}
          data-slot="dialog"
          {...(description ? {} : { 'aria-describedby': undefined })}
          {...contentProps}
          onOpenAutoFocus={(event: Event) => {
            returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            onOpenAutoFocus?.(event);
          }}
          onCloseAutoFocus={(event: Event) => {
            onCloseAutoFocus?.(event);
            if (event.defaultPrevented || trigger) return;
            const target = returnFocus.current;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          <DialogTitle data-slot="dialog-title">{title}</DialogTitle>
          {description && <DialogDescription data-slot="dialog-description">{description}</DialogDescription>}
          {children}
        </DialogContent>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
AdminDialog.displayName = NAME;

/** A button that closes the surrounding dialog (Radix's `Close` with `asChild`). */
export const DialogClose = RadixDialog.Close;
