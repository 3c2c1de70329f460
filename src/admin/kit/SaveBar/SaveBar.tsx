import type { ComponentProps, ReactNode } from 'react';
import { styled } from 'styled-components';

import { Button } from '../primitives.styles.js';
import { useAdminTranslation } from '../../i18n.js';

/** Where a save stands: nothing yet, in flight (and which button started it), done, or failed. */
export type SaveStatus = 'idle' | 'saving' | 'saving-and-closing' | 'saved' | 'error';

const Bar = styled.div`
  position: sticky;
  inset-block-end: 0;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.sm};
  padding-block: ${({ theme }) => theme.space.sm};
  padding-inline: ${({ theme }) => theme.space.md};
  border-block-start: 1px solid ${({ theme }) => theme.color.border};
  background: ${({ theme }) => theme.color.surface};
  z-index: 1;
`;

const StatusText = styled.p`
  margin: 0;
  color: ${({ theme }) => theme.color.textMuted};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.sm};
`;

export interface SaveBarProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** Where the save stands. @default 'idle' */
  status?: SaveStatus | undefined;
  /** Whether the form has changes that are not saved. @default false */
  dirty?: boolean | undefined;
  /** "Save": store and stay. Without it the button submits the surrounding form. */
  onSave?: (() => void) | undefined;
  /** "Save and close": store and leave; without it that button is not shown. */
  onSaveAndClose?: (() => void) | undefined;
  /** "Close" without saving (the editor asks first when there are unsaved changes). */
  onClose?: (() => void) | undefined;
  /** Extra content at the start (a "Delete" button). */
  children?: ReactNode;
}

/**
 * "Save" (stay) and "Save and close", with the save's progress on the button that started
 * it, both buttons inert while a save runs, and a status line read out politely.
 */
export function SaveBar({ status = 'idle', dirty = false, onSave, onSaveAndClose, onClose, children, ...rest }: SaveBarProps) {
  const { t } = useAdminTranslation();
  const busy = status === 'saving' || status === 'saving-and-closing';
  const statusText = busy
    ? t('admin.saveSaving')
    : dirty
      ? t('admin.saveUnsaved')
      : status === 'saved'
        ? t('admin.saveSaved')
        : '';
  return (
    <Bar data-slot="save-bar" data-state={status} {...rest}>
      <StatusText role="status" data-slot="save-status">
        {statusText}
      </StatusText>
      <Actions>
        {children}
        {onClose && (
          <Button type="button" $variant="ghost" onClick={onClose} disabled={busy} data-slot="save-bar-close">
            {t('common.close')}
          </Button>
        )}
        {onSaveAndClose && (
          <Button
            type="button"
            $variant="secondary"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) onSaveAndClose();
            }}
            data-slot="save-and-close"
          >
            {status === 'saving-and-closing' ? t('admin.saveSaving') : t('admin.saveSaveAndClose')}
          </Button>
        )}
        <Button
          type={onSave ? 'button' : 'submit'}
          $variant="primary"
          aria-disabled={busy || undefined}
          onClick={(event) => {
            if (busy) {
              event.preventDefault();
              return;
            }
            onSave?.();
          }}
          data-slot="save"
        >
          {status === 'saving' ? t('admin.saveSaving') : t('admin.saveSave')}
        </Button>
      </Actions>
    </Bar>
  );
}
SaveBar.displayName = 'SaveBar';
