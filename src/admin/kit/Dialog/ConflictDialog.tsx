import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { styled } from 'styled-components';

import { Button, Notice } from '../primitives.styles.js';
import { compareTableStyles } from '../table.styles.js';
import { AdminDialog, type AdminDialogProps } from './AdminDialog.js';
import { DialogActions } from './Dialog.styles.js';
import { useAdminTranslation } from '../../i18n.js';

/** One compared field of a {@link ConflictDialog}. */
export interface ConflictRow {
  /** Stable id (the field path). */
  id: string;
  /** The field's name. */
  label: ReactNode;
  /** The admin's unsaved value, as text. */
  mine: ReactNode;
  /** The stored value, as text. */
  theirs: ReactNode;
  /** Whether the two differ (highlighted, and said in words). */
  differs: boolean;
}

const CompareTable = styled.table`
  ${compareTableStyles}
  & tr[data-differs='true'] > * {
    background: ${({ theme }) => theme.color.surfaceMuted};
  }
`;

const DiffersTag = styled.span`
  display: block;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  font-weight: ${({ theme }) => theme.font.fontWeightNormal};
  font-style: italic;
  color: ${({ theme }) => theme.color.text};
`;

const ValueText = styled.div`
  max-block-size: 10rem;
  overflow: auto;
  white-space: pre-wrap;

  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

/**
 * One compared value. A value too long for its box scrolls, and then takes the keyboard focus
 * (so it can be scrolled without a mouse) as a region named by its column and row headers.
 */
function ConflictValue({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const check = () => setScrolls(element.scrollHeight > element.clientHeight + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [children]);
  return (
    <ValueText ref={ref} {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy } : {})} data-slot="conflict-value">
      {children}
    </ValueText>
  );
}

export interface ConflictDialogProps extends Omit<AdminDialogProps, 'title' | 'children' | 'description'> {
  /** The compared fields. */
  rows: readonly ConflictRow[];
  /** Whether the stored version is known; without it only "keep mine" and closing remain. @default true */
  theirsAvailable?: boolean | undefined;
  /** Save the admin's version over the stored one. */
  onKeepMine: () => void | Promise<unknown>;
  /** Drop the admin's version and load the stored one. */
  onTakeTheirs: () => void;
  /** Copy the admin's version to the clipboard, then load the stored one; rejects when copying failed. */
  onCopyMine: () => Promise<unknown>;
  /** The title. @default "This page was changed elsewhere" in the portal's language */
  title?: ReactNode;
  /** The explanation. @default a sentence saying nothing typed is lost */
  description?: ReactNode;
}

/**
 * Shown when a save hits a newer stored version: both versions side by side (fields that
 * differ are marked in colour and in words), and three ways out: "keep mine (overwrite)",
 * "take theirs", and "copy mine then reload". Closing it (Escape) keeps the form as typed.
 */
export function ConflictDialog({
  rows,
  theirsAvailable = true,
  onKeepMine,
  onTakeTheirs,
  onCopyMine,
  title,
  description,
  ...dialogProps
}: ConflictDialogProps) {
  const { t } = useAdminTranslation();
  const headerId = useId();
  const [copyFailed, setCopyFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  return (
    <AdminDialog
      size="large"
      title={title ?? t('admin.conflictTitle')}
      description={description ?? t('admin.conflictDescription')}
      data-slot="conflict-dialog"
      {...dialogProps}
    >
      {theirsAvailable ? (
        <CompareTable data-slot="conflict-compare">
          <thead>
            <tr>
              <th scope="col">{t('admin.conflictField')}</th>
              <th scope="col" id={`${headerId}-mine`}>
                {t('admin.conflictMine')}
              </th>
              <th scope="col" id={`${headerId}-theirs`}>
                {t('admin.conflictTheirs')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id} data-differs={row.differs} data-slot="conflict-row">
                <th scope="row" id={`${headerId}-row-${index}`}>
                  {row.label}
                  {row.differs && <DiffersTag>{t('admin.conflictDiffers')}</DiffersTag>}
                </th>
                <td data-slot="conflict-mine">
                  <ConflictValue labelledBy={`${headerId}-mine ${headerId}-row-${index}`}>{row.mine === '' ? t('admin.conflictNone') : row.mine}</ConflictValue>
                </td>
                <td data-slot="conflict-theirs">
                  <ConflictValue labelledBy={`${headerId}-theirs ${headerId}-row-${index}`}>
                    {row.theirs === '' ? t('admin.conflictNone') : row.theirs}
                  </ConflictValue>
                </td>
              </tr>
            ))}
          </tbody>
        </CompareTable>
      ) : (
        <Notice $tone="warning">
          <p>{t('admin.conflictUnknown')}</p>
        </Notice>
      )}
      {copyFailed && (
        <Notice $tone="danger" role="alert" data-slot="conflict-copy-error">
          <p>{t('admin.conflictCopyFailed')}</p>
        </Notice>
      )}
      <DialogActions>
        {theirsAvailable && (
          <Button
            type="button"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (busy) return;
              setBusy(true);
              setCopyFailed(false);
              onCopyMine().then(
                () => setBusy(false),
                () => {
                  setBusy(false);
                  setCopyFailed(true);
                },
              );
            }}
            data-slot="conflict-copy-mine"
          >
            {t('admin.conflictCopyMine')}
          </Button>
        )}
        {theirsAvailable && (
          <Button type="button" aria-disabled={busy || undefined} onClick={() => !busy && onTakeTheirs()} data-slot="conflict-take-theirs">
            {t('admin.conflictTakeTheirs')}
          </Button>
        )}
        <Button
          type="button"
          $variant="primary"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) void onKeepMine();
          }}
          data-slot="conflict-keep-mine"
        >
          {t('admin.conflictKeepMine')}
        </Button>
      </DialogActions>
    </AdminDialog>
  );
}
ConflictDialog.displayName = 'ConflictDialog';
