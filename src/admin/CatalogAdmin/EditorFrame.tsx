import { useEffect, type ComponentProps, type ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { useFormatters } from '../../portal/PortalProvider/index.js';
import { ConfirmDialog } from '../kit/Dialog/ConfirmDialog.js';
import { ConflictDialog, type ConflictRow } from '../kit/Dialog/ConflictDialog.js';
import { Button, ButtonRow, Notice } from '../kit/primitives.styles.js';
import { SaveBar } from '../kit/SaveBar/SaveBar.js';
import { AdminRoot, FormGrid, StatusBox } from './CatalogAdmin.styles.js';
import { useCatalogAdminTranslation } from './i18n.js';
import type { CatalogRecordEditorState, LocalizedFormValues } from './useCatalogRecordEditor.js';

interface EditorFrameProps<Values extends LocalizedFormValues & FieldValues, Stored> extends Omit<ComponentProps<'section'>, 'children'> {
  editor: CatalogRecordEditorState<Values, Stored>;
  slot: string;
  heading: string;
  notFoundText: string;
  saveFailedText: string;
  conflictTitle: string;
  conflictRows: (mine: Values, theirs: Stored | null) => ConflictRow[];
  onClose?: (() => void) | undefined;
  /** Shown under the heading once the record is loaded (the "History" button). */
  history?: ReactNode;
  children: ReactNode;
}

/**
 * The parts every catalog editor shares, all from the admin kit: loading and error states,
 * the draft offer, the save error, the form with its save bar, the conflict dialog and the
 * "leave without saving?" question.
 */
export function EditorFrame<Values extends LocalizedFormValues & FieldValues, Stored>({
  editor,
  slot,
  heading,
  notFoundText,
  saveFailedText,
  conflictTitle,
  conflictRows,
  onClose,
  history,
  children,
  ...rest
}: EditorFrameProps<Values, Stored>) {
  const { t } = useCatalogAdminTranslation();
  const { formatDateTime } = useFormatters();
  const { status, form, focusRequest, clearFocusRequest, blocker, saveError, activeLanguage } = editor;

  // Focus the field a failed save pointed at, once its language tab is shown.
  useEffect(() => {
    if (focusRequest === null) return;
    const path = focusRequest;
    clearFocusRequest();
    setTimeout(() => {
      try {
        form.setFocus(path as Path<Values>);
      } catch {
        // A field without a focusable element (the category list): nothing to focus.
      }
    }, 0);
  }, [focusRequest, form, clearFocusRequest, activeLanguage]);

  if (status === 'loading') {
    return (
      <AdminRoot data-slot={slot} data-state="loading" aria-busy="true" {...rest}>
        <StatusBox role="status">
          <p>{t('common.loading')}</p>
        </StatusBox>
      </AdminRoot>
    );
  }
  if (status === 'not-found' || status === 'error') {
    return (
      <AdminRoot data-slot={slot} data-state={status} {...rest}>
        <StatusBox role="alert">
          <p>
            <strong>{status === 'not-found' ? notFoundText : t('common.errorTitle')}</strong>
          </p>
          {status === 'error' && <p>{t(editor.loadError?.kind === 'unauthorized' ? 'common.errorUnauthorized' : 'common.errorUnavailable')}</p>}
          <ButtonRow>
            {status === 'error' && (
              <Button type="button" $variant="primary" onClick={editor.reload}>
                {t('common.retry')}
              </Button>
            )}
            {onClose && (
              <Button type="button" onClick={onClose}>
                {t('catalogAdmin.back')}
              </Button>
            )}
          </ButtonRow>
        </StatusBox>
      </AdminRoot>
    );
  }

  return (
    <AdminRoot data-slot={slot} data-state={editor.dirty ? 'dirty' : 'clean'} aria-label={heading} {...rest}>
      <h2>{heading}</h2>
      {history}
      {editor.draft.pending && (
        <Notice $tone="info" data-slot="draft-notice">
          <p>{t('admin.draftFound', { time: formatDateTime(editor.draft.pending.savedAt) })}</p>
          <ButtonRow>
            <Button type="button" $variant="primary" onClick={editor.draft.restoreIntoForm} data-slot="draft-restore">
              {t('admin.draftRestore')}
            </Button>
            <Button type="button" onClick={editor.draft.discard} data-slot="draft-discard">
              {t('admin.draftDiscard')}
            </Button>
          </ButtonRow>
        </Notice>
      )}
      {saveError && (
        <Notice $tone="danger" role="alert" data-slot="save-error" data-kind={saveError.kind}>
          {saveError.kind === 'validation' && saveError.message === '' ? (
            <p>{t('admin.errorsFormInvalid')}</p>
          ) : (
            <>
              <p>{saveFailedText}</p>
              <p>
                {t(
                  saveError.kind === 'unauthorized'
                    ? 'common.errorUnauthorized'
                    : saveError.kind === 'not_found'
                      ? 'common.errorNotFound'
                      : saveError.kind === 'validation'
                        ? 'admin.errorsFormInvalid'
                        : 'common.errorUnavailable',
                )}
              </p>
            </>
          )}
        </Notice>
      )}
      <form
        noValidate
        aria-label={heading}
        onSubmit={(event) => {
          event.preventDefault();
          void editor.save();
        }}
      >
        <FormGrid>{children}</FormGrid>
        <SaveBar
          status={editor.saveStatus}
          dirty={editor.dirty}
          onSave={() => void editor.save()}
          onSaveAndClose={onClose ? () => void editor.save({ close: true }) : undefined}
          onClose={onClose ? editor.requestClose : undefined}
        />
      </form>
      <ConflictDialog
        open={editor.conflict !== null}
        onOpenChange={(open) => {
          if (!open) editor.dismissConflict();
        }}
        title={conflictTitle}
        rows={editor.conflict ? conflictRows(editor.conflict.mine, editor.conflict.theirs) : []}
        theirsAvailable={editor.conflict?.theirs != null}
        onKeepMine={editor.keepMine}
        onTakeTheirs={editor.takeTheirs}
        onCopyMine={editor.copyMineThenReload}
      />
      <ConfirmDialog
        open={editor.leaveRequested || blocker.state === 'blocked'}
        // Only a cancel answers "stay": closing after "Leave" must not reset the blocker that is
        // proceeding (React Router would block a browser Back again and ask once more).
        onCancel={() => {
          if (blocker.state === 'blocked') blocker.reset?.();
          else editor.answerLeave(false);
        }}
        tone="danger"
        title={t('admin.leaveTitle')}
        description={t('admin.leaveDescription')}
        confirmLabel={t('admin.leaveConfirm')}
        cancelLabel={t('admin.leaveCancel')}
        onConfirm={() => {
          if (blocker.state === 'blocked') blocker.proceed?.();
          else editor.answerLeave(true);
        }}
      />
    </AdminRoot>
  );
}

/** A row of the conflict dialog. */
export function conflictRow(id: string, label: string, mine: string, theirs: string): ConflictRow {
  return { id, label, mine, theirs, differs: mine !== theirs };
}
