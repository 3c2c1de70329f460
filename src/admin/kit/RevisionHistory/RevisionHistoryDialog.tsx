import { useId, useMemo, useState, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { isAdapterError } from '../../../adapters/errors.js';
import { useRestoreRevision, useRevisions } from '../../../data/revisions.js';
import { diffRevisionSnapshots, type Revision, type RevisionRecordKind } from '../../../model/revision.js';
import type { FieldChange, FieldValue } from '../../../model/revisionDiff.js';
import { useControllableState } from '../../../internal/useControllableState.js';
import { useFormatters } from '../../../portal/PortalProvider/index.js';
import { EmptyState, ErrorState, LoadingState } from '../../../portal/states/index.js';
import { ConfirmDialog } from '../Dialog/ConfirmDialog.js';
import { AdminDialog, DialogClose, type AdminDialogProps } from '../Dialog/AdminDialog.js';
import { DialogActions } from '../Dialog/Dialog.styles.js';
import { useLanguageName } from '../LanguageTabs/languageNames.js';
import { Button, Notice, Select } from '../primitives.styles.js';
import { compareTableStyles } from '../table.styles.js';
import { useRevisionHistoryTranslation } from './i18n.js';

const NAME = 'RevisionHistoryDialog';

/** How many revisions the dialog lists (newest first). */
const LISTED = 100;

const RevisionList = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  gap: ${({ theme }) => theme.space.xs};
  max-block-size: 16rem;
  overflow: auto;
`;

const RevisionItem = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  &[data-state='selected'] {
    background: ${({ theme }) => theme.color.surfaceMuted};
  }
  & > label {
    display: flex;
    align-items: start;
    gap: ${({ theme }) => theme.space.sm};
    flex: 1 1 20rem;
    min-block-size: 24px;
  }
  & input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
`;

const Meta = styled.span`
  display: block;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;

const SideBySide = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
  gap: ${({ theme }) => theme.space.md};
  & > figure {
    margin: 0;
    border: 1px solid ${({ theme }) => theme.color.border};
    border-radius: ${({ theme }) => theme.radius.md};
    overflow: auto;
    max-block-size: 24rem;
    &:focus-visible {
      outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
      outline-offset: ${({ theme }) => theme.focusRing.offset};
    }
  }
  & figcaption {
    padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.sm};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
    border-block-end: 1px solid ${({ theme }) => theme.color.border};
  }
`;

/** One version drawn in the comparison; it scrolls when long, so it takes the focus (keyboard scrolling). */
const VersionFigure = styled.figure``;

const DiffTable = styled.table`
  ${compareTableStyles}
  & th,
  & td {
    white-space: pre-wrap;
  }
`;

const KindTag = styled.span`
  display: block;
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  font-style: italic;
`;

const Section = styled.section`
  margin-block-start: ${({ theme }) => theme.space.md};
  & > h3,
  & > h4 {
    margin-block: 0 ${({ theme }) => theme.space.sm};
    font-size: ${({ theme }) => theme.font.fontSizeMd};
  }
`;

export interface RevisionHistoryDialogProps extends Omit<AdminDialogProps, 'title' | 'children' | 'description'> {
  /** The kind of record whose history is shown. */
  recordKind: RevisionRecordKind;
  /** The record's id (`home-page` for the home page). */
  recordId: string;
  /** The record's version the editor shows; a restore is based on it (a stale one is a conflict). */
  currentVersion: number;
  /** The languages a rendered comparison can be shown in (those of either snapshot are added). */
  languages?: readonly string[] | undefined;
  /** The language shown first in the rendered comparison. */
  defaultLanguage?: string | undefined;
  /**
   * A snapshot as the portal shows it in `language` (through the portal's own renderers); `null`
   * when it has nothing there. Without it the comparison is the field diff alone (for records
   * with nothing sensible to draw, such as settings).
   */
  renderSnapshot?: ((snapshot: Revision['snapshot'], language: string) => ReactNode) | undefined;
  /**
   * The label of a field of the diff (`content.de.title` → "Title (German)"). `snapshots` are
   * the snapshots the field is read from (the revision summarized, or the two compared, older
   * first), for labels that depend on the record (a home page block's type).
   */
  fieldLabel: (change: FieldChange, snapshots: readonly Revision['snapshot'][]) => string;
  /**
   * How a value is written in the field diff, for fields whose stored value means little to an
   * admin (the ids of a catalog item's categories → their names). Not called for an empty value.
   * @default the value as text
   */
  formatValue?: ((change: FieldChange, value: FieldValue) => string) | undefined;
  /**
   * The editor holds changes that are not saved: the restore confirmation warns that they are
   * discarded.
   */
  unsavedChanges?: boolean | undefined;
  /** Called with the new revision after a restore (its `snapshot` is the record as stored now). */
  onRestored?: ((revision: Revision) => void) | undefined;
  /** The dialog's title. @default "History" in the portal's language */
  title?: ReactNode;
}

/**
 * The revision history of one record, in an admin dialog: every revision (who, when, what
 * changed), two of them compared side by side (rendered through `renderSnapshot`, and as a field
 * diff), and "Restore version n" with a confirmation, which saves that revision's content as the
 * record's next version. Reads through the `revisions` adapter of the surrounding provider.
 */
export function RevisionHistoryDialog({
  recordKind,
  recordId,
  currentVersion,
  languages = [],
  defaultLanguage,
  renderSnapshot,
  fieldLabel,
  formatValue,
  onRestored,
  unsavedChanges = false,
  title,
  open,
  defaultOpen,
  onOpenChange,
  ...dialogProps
}: RevisionHistoryDialogProps) {
  const { t } = useRevisionHistoryTranslation();
  // Owned here rather than left to AdminDialog: the body (and its read) mounts only while open.
  const [isOpen, setOpen] = useControllableState({ value: open, defaultValue: defaultOpen ?? false, onChange: onOpenChange });

  return (
    <AdminDialog
      size="large"
      title={title ?? t('revisionHistory.title')}
      description={t('revisionHistory.description')}
      open={isOpen}
      onOpenChange={setOpen}
      data-slot="revision-history"
      {...dialogProps}
    >
      {isOpen && (
        <RevisionHistoryBody
          recordKind={recordKind}
          recordId={recordId}
          currentVersion={currentVersion}
          languages={languages}
          defaultLanguage={defaultLanguage}
          renderSnapshot={renderSnapshot}
          fieldLabel={fieldLabel}
          formatValue={formatValue}
          unsavedChanges={unsavedChanges}
          onRestored={(revision) => {
            onRestored?.(revision);
          }}
        />
      )}
      <DialogActions>
        <DialogClose asChild>
          <Button type="button">{t('common.close')}</Button>
        </DialogClose>
      </DialogActions>
    </AdminDialog>
  );
}
RevisionHistoryDialog.displayName = NAME;

type BodyProps = Pick<RevisionHistoryDialogProps, 'recordKind' | 'recordId' | 'currentVersion' | 'defaultLanguage' | 'renderSnapshot' | 'fieldLabel' | 'formatValue' | 'onRestored'> & {
  languages: readonly string[];
  unsavedChanges: boolean;
};

function RevisionHistoryBody({ recordKind, recordId, currentVersion, languages, defaultLanguage, renderSnapshot, fieldLabel, formatValue, onRestored, unsavedChanges }: BodyProps) {
  const { t } = useRevisionHistoryTranslation();
  const { formatDateTime } = useFormatters();
  const history = useRevisions({ recordKind, recordId, perPage: LISTED });
  const restore = useRestoreRevision();
  const revisions = useMemo(() => history.data?.data ?? [], [history.data]);
  // `null` until the admin chooses: then the two newest versions are compared.
  const [choice, setChoice] = useState<string[] | null>(null);
  const [restoring, setRestoring] = useState<Revision | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'restored'; version: number; next: number } | { kind: 'conflict' } | null>(null);
  // After a conflict: the stored version the conflict reported, which a next restore is based on
  // (the admin has seen the reloaded history and the warning).
  const [conflictBase, setConflictBase] = useState<number | null>(null);
  const baseVersion = conflictBase ?? currentVersion;
  const listId = useId();

  const chosen = choice ?? revisions.slice(0, 2).map((revision) => revision.id);

  if (history.status === 'pending') return <LoadingState variant="list" count={3} label={t('common.loading')} />;
  if (history.status === 'error') {
    return <ErrorState error={history.error} title={t('revisionHistory.loadFailed')} onRetry={history.retry} retrying={history.isFetching} />;
  }
  if (revisions.length === 0) return <EmptyState title={t('revisionHistory.empty')} data-slot="revision-history-empty" />;

  const toggle = (id: string, checked: boolean) => {
    const current = chosen.filter((candidate) => candidate !== id);
    // At most two: choosing a third lets go of the one chosen first.
    setChoice(checked ? [...current, id].slice(-2) : current);
  };

  const compared = revisions.filter((revision) => chosen.includes(revision.id)).sort((a, b) => a.version - b.version);
  const latestVersion = revisions[0]?.version ?? currentVersion;

  const summary = (revision: Revision) => {
    if (revision.action === 'restore' && revision.restoredFrom) return t('revisionHistory.actionRestore', { version: revision.restoredFrom.version });
    if (revision.action === 'create') return t('revisionHistory.actionCreate');
    if (revision.changes.length === 0) return t('revisionHistory.actionUpdateNothing');
    const labels = [...new Set(revision.changes.map((path) => fieldLabel({ path, kind: 'changed', language: languageOfPath(path) }, [revision.snapshot])))];
    return t('revisionHistory.actionUpdate', { fields: labels.join(', ') });
  };

  const confirmRestore = async () => {
    const revision = restoring;
    if (!revision) return;
    try {
      const restored = await restore.mutate({ id: revision.id, previousVersion: baseVersion });
      setOutcome({ kind: 'restored', version: revision.version, next: restored.version });
      setConflictBase(null);
      onRestored?.(restored);
    } catch (error) {
      if (isAdapterError(error) && error.kind === 'conflict') {
        const stored = (error as { current?: unknown }).current;
        const storedVersion = typeof stored === 'object' && stored !== null ? (stored as { version?: unknown }).version : undefined;
        if (typeof storedVersion === 'number') setConflictBase(storedVersion);
        setOutcome({ kind: 'conflict' });
        history.retry();
        return;
      }
      throw error;
    }
  };

  return (
    <div data-slot="revision-history-body">
      {outcome?.kind === 'restored' && (
        <Notice $tone="success" role="status" data-slot="revision-restored">
          <p>{t('revisionHistory.restored', { version: outcome.version, next: outcome.next })}</p>
        </Notice>
      )}
      {outcome?.kind === 'conflict' && (
        <Notice $tone="warning" role="alert" data-slot="revision-conflict">
          <p>{t('revisionHistory.restoreConflict')}</p>
        </Notice>
      )}

      <Section aria-labelledby={`${listId}-heading`}>
        <h3 id={`${listId}-heading`}>{t('revisionHistory.listLabel')}</h3>
        <RevisionList data-slot="revision-list">
          {revisions.map((revision) => {
            const selected = chosen.includes(revision.id);
            const time = formatDateTime(revision.savedAt);
            return (
              <RevisionItem key={revision.id} data-slot="revision" data-state={selected ? 'selected' : 'idle'} data-version={revision.version}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected}
                    onChange={(event) => toggle(revision.id, event.currentTarget.checked)}
                    aria-label={t('revisionHistory.compareChoose', { version: revision.version })}
                  />
                  <span>
                    <strong>
                      {t('revisionHistory.version', { version: revision.version })}
                      {revision.version === latestVersion && ` (${t('revisionHistory.current')})`}
                    </strong>
                    <Meta>
                      {revision.author
                        ? t('revisionHistory.savedBy', { time, name: revision.author.name })
                        : t('revisionHistory.savedByUnknown', { time })}
                    </Meta>
                    <Meta>{summary(revision)}</Meta>
                  </span>
                </label>
                {revision.version !== latestVersion && (
                  <Button type="button" onClick={() => setRestoring(revision)} data-slot="revision-restore">
                    {t('revisionHistory.restore', { version: revision.version })}
                  </Button>
                )}
              </RevisionItem>
            );
          })}
        </RevisionList>
      </Section>

      {compared.length === 2 ? (
        <Comparison
          older={compared[0]!}
          newer={compared[1]!}
          languages={languages}
          defaultLanguage={defaultLanguage}
          renderSnapshot={renderSnapshot}
          fieldLabel={fieldLabel}
          formatValue={formatValue}
        />
      ) : (
        <p data-slot="revision-compare-hint">{t('revisionHistory.compareHint')}</p>
      )}

      <ConfirmDialog
        open={restoring !== null}
        onOpenChange={(next) => {
          if (!next) setRestoring(null);
        }}
        title={t('revisionHistory.restoreTitle', { version: restoring?.version ?? 0 })}
        description={t('revisionHistory.restoreDescription', { next: baseVersion + 1 })}
        tone={unsavedChanges ? 'danger' : 'default'}
        confirmLabel={t(unsavedChanges ? 'revisionHistory.restoreDiscardConfirm' : 'revisionHistory.restoreConfirm')}
        errorMessage={t('revisionHistory.restoreFailed')}
        onConfirm={confirmRestore}
      >
        {unsavedChanges && (
          <Notice $tone="warning" data-slot="revision-restore-unsaved">
            <p>{t('revisionHistory.restoreUnsaved')}</p>
          </Notice>
        )}
      </ConfirmDialog>
    </div>
  );
}

/** `de` for `content.de.title` and `blocks.hero.props.content.de.title`. */
function languageOfPath(path: string): string | undefined {
  return /(?:^|\.)content\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\./.exec(path)?.[1];
}

/** The languages of every per-language `content` map anywhere in a snapshot. */
function contentLanguages(value: unknown, found = new Set<string>()): string[] {
  if (Array.isArray(value)) for (const entry of value) contentLanguages(entry, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'content' && typeof entry === 'object' && entry !== null && !Array.isArray(entry)) for (const language of Object.keys(entry)) found.add(language);
      else contentLanguages(entry, found);
    }
  }
  return [...found];
}

interface ComparisonProps {
  older: Revision;
  newer: Revision;
  languages: readonly string[];
  defaultLanguage: string | undefined;
  renderSnapshot: RevisionHistoryDialogProps['renderSnapshot'];
  fieldLabel: RevisionHistoryDialogProps['fieldLabel'];
  formatValue: RevisionHistoryDialogProps['formatValue'];
}

function Comparison({ older, newer, languages, defaultLanguage, renderSnapshot, fieldLabel, formatValue }: ComparisonProps) {
  const { t } = useRevisionHistoryTranslation();
  const languageName = useLanguageName();
  const headingId = useId();
  const languageId = useId();
  const offered = useMemo(
    () => [...new Set([...languages, ...contentLanguages(older.snapshot), ...contentLanguages(newer.snapshot)])],
    [languages, older, newer],
  );
  const [language, setLanguage] = useState(defaultLanguage && offered.includes(defaultLanguage) ? defaultLanguage : (offered[0] ?? defaultLanguage ?? 'en'));
  const changes = useMemo(() => diffRevisionSnapshots(older.recordKind, older.snapshot, newer.snapshot), [older, newer]);
  const snapshots = [older.snapshot, newer.snapshot];
  const display = (change: FieldChange, value: FieldChange['before']) =>
    value === undefined || value === null || value === '' ? t('revisionHistory.emptyValue') : (formatValue?.(change, value) ?? String(value));
  const kindLabel = { added: t('revisionHistory.kindAdded'), removed: t('revisionHistory.kindRemoved'), changed: t('revisionHistory.kindChanged') };
  const olderLabel = t('revisionHistory.version', { version: older.version });
  const newerLabel = t('revisionHistory.version', { version: newer.version });

  return (
    <Section aria-labelledby={headingId} data-slot="revision-compare">
      <h3 id={headingId}>{t('revisionHistory.compareHeading', { older: older.version, newer: newer.version })}</h3>
      {renderSnapshot && (
        <Section>
          <h4>{t('revisionHistory.compareRendered')}</h4>
          {offered.length > 1 && (
            <p>
              <label htmlFor={languageId}>{t('revisionHistory.compareLanguage')} </label>
              <Select id={languageId} value={language} onChange={(event) => setLanguage(event.currentTarget.value)} data-slot="revision-compare-language">
                {offered.map((tag) => (
                  <option key={tag} value={tag}>
                    {languageName(tag)}
                  </option>
                ))}
              </Select>
            </p>
          )}
          <SideBySide data-slot="revision-compare-rendered">
            {[older, newer].map((revision) => (
              <VersionFigure key={revision.id} data-version={revision.version} tabIndex={0}>
                <figcaption>{revision === older ? olderLabel : newerLabel}</figcaption>
                {renderSnapshot?.(revision.snapshot, language) ?? <p>{t('revisionHistory.compareNoContent')}</p>}
              </VersionFigure>
            ))}
          </SideBySide>
        </Section>
      )}
      <Section>
        <h4>{t('revisionHistory.compareFields')}</h4>
        {changes.length === 0 ? (
          <p data-slot="revision-compare-same">{t('revisionHistory.compareSame')}</p>
        ) : (
          <DiffTable data-slot="revision-diff">
            <thead>
              <tr>
                <th scope="col">{t('revisionHistory.columnField')}</th>
                <th scope="col">{olderLabel}</th>
                <th scope="col">{newerLabel}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.path} data-kind={change.kind} data-path={change.path}>
                  <th scope="row">
                    {fieldLabel(change, snapshots)}
                    <KindTag>{kindLabel[change.kind]}</KindTag>
                  </th>
                  <td lang={change.language}>{change.kind === 'added' ? '' : display(change, change.before)}</td>
                  <td lang={change.language}>{change.kind === 'removed' ? '' : display(change, change.after)}</td>
                </tr>
              ))}
            </tbody>
          </DiffTable>
        )}
      </Section>
    </Section>
  );
}
