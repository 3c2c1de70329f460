import { useState } from 'react';
import { usePortalAdapters } from '../../../data/index.js';
import { Button, ButtonRow } from '../primitives.styles.js';
import { useRevisionHistoryTranslation } from './i18n.js';
import { RevisionHistoryDialog, type RevisionHistoryDialogProps } from './RevisionHistoryDialog.js';

export interface RevisionHistoryButtonProps extends Omit<RevisionHistoryDialogProps, 'open' | 'defaultOpen' | 'onOpenChange'> {
  /** The `data-slot` of the button, for hosts' styles and tests. @default 'revision-history-open' */
  buttonSlot?: string | undefined;
}

/**
 * An editor's "History" button with its {@link RevisionHistoryDialog}; absent when the
 * surrounding provider has no `revisions` adapter.
 */
export function RevisionHistoryButton({ buttonSlot = 'revision-history-open', ...dialogProps }: RevisionHistoryButtonProps) {
  const { t } = useRevisionHistoryTranslation();
  const [open, setOpen] = useState(false);
  if (!usePortalAdapters().revisions) return null;
  return (
    <ButtonRow>
      <Button type="button" onClick={() => setOpen(true)} data-slot={buttonSlot}>
        {t('revisionHistory.open')}
      </Button>
      <RevisionHistoryDialog open={open} onOpenChange={setOpen} {...dialogProps} />
    </ButtonRow>
  );
}
RevisionHistoryButton.displayName = 'RevisionHistoryButton';
