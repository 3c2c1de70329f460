import { memo, useCallback, useId, useMemo, type ComponentProps, type ComponentType } from 'react';
import { parseHomePageBlocks, type HomePageBlock, type HomePageBlockType } from '../../blocks/registry.js';
import type { Audience, HomePageConfig, LanguageTag } from '../../model/index.js';
import { useFormatters, usePortal } from '../../portal/PortalProvider/index.js';
import type { ThemeInput } from '../../theme/index.js';
import { ConfirmDialog, ConflictDialog, type ConflictRow } from '../kit/Dialog/index.js';
import { LanguageTabs } from '../kit/LanguageTabs/index.js';
import { AudienceField } from '../kit/AudienceField/AudienceField.js';
import { groupNamesOf, useCustomerGroups } from '../kit/AudienceField/useCustomerGroups.js';
import { PublishWindowField } from '../kit/PublishWindowField/PublishWindowField.js';
import { Button, ButtonRow, Notice } from '../kit/primitives.styles.js';
import { SaveBar } from '../kit/SaveBar/index.js';
import type { UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { blockFields } from './blockFields.js';
import { BlockList, type BlockOutline } from './BlockList.js';
import { BlockFormPanel, EditorLayout, EditorRoot, FormColumn } from './HomePageEditor.styles.js';
import { HomePageHistory } from './HomePageHistory.js';
import { HomePagePreview } from './HomePagePreview.js';
import { useHomeEditorTranslation } from './i18n.js';
import type { BlockFieldsProps } from './types.js';
import { useHomePageEditor } from './useHomePageEditor.js';
import { BLOCK_AUDIENCE_PATH, BLOCK_WINDOW_PATH } from './validation.js';

const NAME = 'HomePageEditor';

/**
 * The preview renders again only when what it shows changes, not on every render of the form;
 * on a keystroke only the edited block renders again. (Deferring it with `useDeferredValue` was
 * measured: it drew the preview a frame after the field at the median, for no gain once a
 * keystroke renders one block.)
 */
const MemoizedPreview = memo(HomePagePreview);

export interface HomePageEditorProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** Called after every successful save. */
  onSaved?: ((config: HomePageConfig, details: { close: boolean }) => void) | undefined;
  /** Called to leave the editor ("Close", "Save and close", "Leave" without saving); without it there is no "Save and close". */
  onClose?: (() => void) | undefined;
  /** The host router's navigation blocker hook (React Router's `useBlocker` fits). Closing the tab is guarded in any case. */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Languages offered by "Add language". @default a list of common languages */
  availableLanguages?: readonly LanguageTag[] | undefined;
  /** The portal's theme, for the preview. */
  previewTheme?: ThemeInput | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
  /**
   * The admin's time zone (IANA name): publish windows and the preview's "view as of" are
   * entered and shown in it, and stored in UTC. @default the browser's time zone
   */
  timeZone?: string | undefined;
}

/** Plain text of the texts of a block in one language, for the conflict dialog. */
function summarize(block: HomePageBlock | undefined, language: LanguageTag, hiddenLabel: string): string {
  if (!block) return '';
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'content' && typeof child === 'object' && child !== null) {
          const inLanguage = (child as Record<string, Record<string, unknown>>)[language];
          if (inLanguage) texts.push(...Object.values(inLanguage).filter((text): text is string => typeof text === 'string' && text !== ''));
        } else visit(child);
      }
    }
  };
  visit(block.props);
  return [block.hidden ? `(${hiddenLabel})` : '', texts.join(' · ')].filter(Boolean).join(' ');
}

/**
 * Shapes the portal's home page through the `homePage` adapter of the surrounding
 * `PortalProvider`: the blocks in a list that reorders (drag and drop, or the keyboard) and
 * hides or shows each block, one form per block built from the block registry, texts per
 * language in tabs, and a live preview beside the form drawn by the portal's own renderer in
 * any language, as an anonymous visitor, a signed-in customer or a customer in one of the host's
 * customer groups, at desktop or mobile width. Each block may be limited to an audience.
 * "Save" stays, "Save and close" leaves; conflicts, drafts and leaving with unsaved changes
 * go through the admin kit. "History" (with a `revisions` adapter) lists the saved versions,
 * compares two of them and restores one as the next version. The logic lives in
 * {@link useHomePageEditor}.
 */
export function HomePageEditor({ onSaved, onClose, useBlocker, availableLanguages, previewTheme, draftStorage, timeZone, ...rest }: HomePageEditorProps) {
  const { t } = useHomeEditorTranslation();
  const { defaultLanguage } = usePortal(NAME);
  const { formatDateTime } = useFormatters();
  const formId = useId();
  const editor = useHomePageEditor({ onSaved, onClose, useBlocker, draftStorage });
  const { blocker } = editor;
  const heading = t('homeEditor.heading');
  const nameOf = useCallback((block: BlockOutline) => t(blockFields[block.type].labelKey), [t]);
  // The customer groups, for the audience badges and the preview's "Seen by" (none without an adapter).
  const customerGroups = useCustomerGroups().result.data;
  const groupNames = useMemo(() => groupNamesOf(customerGroups), [customerGroups]);
  // The block list's props stay the same while order, types, visibility, publish windows,
  // audiences and the blocks with problems do: typing a text changes none of them.
  const outlineKey = JSON.stringify(editor.blocks.map((block) => [block.id, block.type, block.hidden, block.visibleFrom ?? null, block.visibleUntil ?? null, block.audience ?? null]));
  const outline = useMemo(
    () =>
      (JSON.parse(outlineKey) as Array<[string, HomePageBlockType, boolean, string | null, string | null, Audience | null]>).map(
        ([id, type, hidden, visibleFrom, visibleUntil, audience]): BlockOutline => ({
          id,
          type,
          hidden,
          ...(visibleFrom === null ? {} : { visibleFrom }),
          ...(visibleUntil === null ? {} : { visibleUntil }),
          ...(audience === null ? {} : { audience }),
        }),
      ),
    [outlineKey],
  );
  const invalidKey = JSON.stringify(editor.showIssues ? [...editor.issues.keys()] : []);
  const invalidIds = useMemo(() => new Set(JSON.parse(invalidKey) as string[]), [invalidKey]);

  if (editor.status !== 'ready') {
    return (
      <EditorRoot data-slot="home-page-editor" data-state={editor.status} aria-busy={editor.status === 'loading' || undefined} aria-label={heading} {...rest}>
        <h2>{heading}</h2>
        {editor.status === 'loading' ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <Notice $tone="danger" role="alert">
            <p>
              <strong>{t('common.errorTitle')}</strong>
            </p>
            <p>{t(editor.loadError?.kind === 'unauthorized' ? 'common.errorUnauthorized' : 'common.errorUnavailable')}</p>
            <ButtonRow>
              <Button type="button" $variant="primary" onClick={editor.reload}>
                {t('common.retry')}
              </Button>
            </ButtonRow>
          </Notice>
        )}
      </EditorRoot>
    );
  }

  const selected = editor.blocks.find((block) => block.id === editor.selectedId);
  const selectedIssues = selected ? (editor.issues.get(selected.id) ?? []) : [];
  const errorFor = (path: string) => {
    if (!editor.showIssues) return undefined;
    const issue = selectedIssues.find((candidate) => candidate.path === path);
    return issue ? t(issue.messageKey) : undefined;
  };
  const Fields = selected ? (blockFields[selected.type].Component as ComponentType<BlockFieldsProps>) : null;
  const saveError = editor.saveError;
  const conflictRows: ConflictRow[] = editor.conflict
    ? (() => {
        const mine = editor.conflict.mine;
        const theirs = editor.conflict.theirs ? parseHomePageBlocks(editor.conflict.theirs.blocks).blocks : [];
        const order = (list: readonly HomePageBlock[]) => list.map((block) => nameOf(block)).join(', ');
        const rows: ConflictRow[] = [{ id: 'order', label: t('homeEditor.conflictOrder'), mine: order(mine), theirs: order(theirs), differs: order(mine) !== order(theirs) }];
        const ids = [...new Set([...mine.map((block) => block.id), ...theirs.map((block) => block.id)])];
        for (const id of ids) {
          const a = mine.find((block) => block.id === id);
          const b = theirs.find((block) => block.id === id);
          const block = a ?? b;
          if (!block || !(block.type in blockFields)) continue;
          const textA = summarize(a, editor.activeLanguage, t('homeEditor.hiddenBadge'));
          const textB = summarize(b, editor.activeLanguage, t('homeEditor.hiddenBadge'));
          rows.push({ id, label: nameOf(block), mine: textA, theirs: textB, differs: JSON.stringify(a) !== JSON.stringify(b) });
        }
        return rows;
      })()
    : [];

  return (
    <EditorRoot data-slot="home-page-editor" data-state={editor.dirty ? 'dirty' : 'clean'} aria-label={heading} {...rest}>
      <h2>{heading}</h2>

      {editor.record && (
        <HomePageHistory
          record={editor.record}
          languages={editor.languages}
          activeLanguage={editor.activeLanguage}
          previewTheme={previewTheme}
          unsavedChanges={editor.dirty}
          onRestored={editor.adoptRecord}
        />
      )}

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

      {editor.problems.length > 0 && (
        <Notice $tone="warning" data-slot="stored-problems">
          <p>{t('homeEditor.storedProblems', { count: editor.problems.length })}</p>
        </Notice>
      )}

      {saveError && (
        <Notice $tone="danger" role="alert" data-slot="save-error" data-kind={saveError.kind}>
          {saveError.kind === 'validation' && saveError.message === '' ? (
            <p>{t('admin.errorsFormInvalid')}</p>
          ) : (
            <>
              <p>{t('homeEditor.saveFailed')}</p>
              <p>{t(saveError.kind === 'unauthorized' ? 'common.errorUnauthorized' : saveError.kind === 'validation' ? 'admin.errorsFormInvalid' : 'common.errorUnavailable')}</p>
            </>
          )}
        </Notice>
      )}

      {editor.notice === 'copied' && (
        <Notice $tone="success" role="status" data-slot="copied-notice">
          <p>{t('admin.conflictCopied')}</p>
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
        <EditorLayout>
          <FormColumn>
            <h3>{t('homeEditor.blocksLabel')}</h3>
            <BlockList
              blocks={outline}
              nameOf={nameOf}
              selectedId={editor.selectedId}
              onSelect={editor.select}
              onMove={editor.moveBlock}
              onHiddenChange={editor.setBlockHidden}
              invalidIds={invalidIds}
              formId={formId}
              groupNames={groupNames}
            />
            <LanguageTabs
              label={t('homeEditor.contentLanguages')}
              languages={editor.languages}
              value={editor.activeLanguage}
              onValueChange={editor.setActiveLanguage}
              incompleteLanguages={editor.incompleteLanguages}
              statuses={editor.translationStatuses}
              availableLanguages={availableLanguages}
              onAddLanguage={editor.addLanguage}
              onRemoveLanguage={editor.languages.length > 1 ? editor.removeLanguage : undefined}
            >
              {(language) =>
                selected && Fields ? (
                  <BlockFormPanel id={formId} aria-label={t('homeEditor.blockForm', { block: nameOf(selected) })} data-slot="block-form" data-block-type={selected.type}>
                    <h3>{t('homeEditor.blockForm', { block: nameOf(selected) })}</h3>
                    <PublishWindowField
                      key={`${selected.id}-window`}
                      idPrefix={`${selected.id}-window`}
                      value={{ visibleFrom: selected.visibleFrom, visibleUntil: selected.visibleUntil }}
                      onValueChange={(window) => editor.setBlockWindow(selected.id, window)}
                      timeZone={timeZone}
                      errors={{ visibleUntil: errorFor(BLOCK_WINDOW_PATH) }}
                      data-slot="block-publish-window"
                    />
                    <AudienceField
                      key={`${selected.id}-audience`}
                      value={selected.audience}
                      onValueChange={(audience) => editor.setBlockAudience(selected.id, audience)}
                      error={errorFor(BLOCK_AUDIENCE_PATH)}
                      data-block-audience={selected.id}
                    />
                    <Fields
                      key={selected.id}
                      blockId={selected.id}
                      props={selected.props}
                      onPropsChange={(props) => editor.setBlockProps(selected.id, props)}
                      hidden={selected.hidden}
                      onHiddenChange={(hidden) => editor.setBlockHidden(selected.id, hidden)}
                      language={language}
                      errorFor={errorFor}
                      timeZone={timeZone}
                    />
                  </BlockFormPanel>
                ) : (
                  <p id={formId}>{t('homeEditor.noBlockSelected')}</p>
                )
              }
            </LanguageTabs>
          </FormColumn>
          <MemoizedPreview
            blocks={editor.blocks}
            languages={editor.languages}
            defaultLanguage={defaultLanguage}
            theme={previewTheme}
            timeZone={timeZone}
            customerGroups={customerGroups}
          />
        </EditorLayout>

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
        title={t('homeEditor.conflictTitle')}
        rows={conflictRows}
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
    </EditorRoot>
  );
}
HomePageEditor.displayName = NAME;
