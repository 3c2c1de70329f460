import { useEffect, useState, type ComponentProps } from 'react';
import { Controller } from 'react-hook-form';
import { isForViewer, isWithinWindow, type CustomPage, type LanguageTag } from '../../model/index.js';
import { useFormatters } from '../../portal/PortalProvider/index.js';
import type { ThemeInput } from '../../theme/index.js';
import { AudienceField } from '../kit/AudienceField/AudienceField.js';
import { toAudience } from '../kit/AudienceField/audienceForm.js';
import { PreviewAudienceSelect, previewGroupsOf, type PreviewAudience } from '../kit/AudienceField/PreviewAudienceSelect.js';
import { useCustomerGroups } from '../kit/AudienceField/useCustomerGroups.js';
import { ConfirmDialog } from '../kit/Dialog/ConfirmDialog.js';
import { ConflictDialog, type ConflictRow } from '../kit/Dialog/ConflictDialog.js';
import { Field, TextField } from '../kit/Field/Field.js';
import { getFieldError, useFieldErrorMessage } from '../kit/form.js';
import { LanguageTabs } from '../kit/LanguageTabs/LanguageTabs.js';
import { useLanguageName } from '../kit/LanguageTabs/languageNames.js';
import { Button, ButtonRow, Notice } from '../kit/primitives.styles.js';
import { PreviewAsOfControl, PublishWindowField } from '../kit/PublishWindowField/PublishWindowField.js';
import { toPublishWindow } from '../kit/PublishWindowField/windowForm.js';
import { RichTextEditor } from '../kit/RichTextEditor/RichTextEditor.js';
import { SaveBar } from '../kit/SaveBar/SaveBar.js';
import { SlugField } from '../kit/SlugField/SlugField.js';
import type { UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { ValiditySelect, VALIDITY_LABEL_KEYS } from '../kit/ValiditySelect/ValiditySelect.js';
import { CustomPageHistory } from './CustomPageHistory.js';
import { usePortalAdapters } from '../../data/index.js';
import { ContentFieldset, EditorLayout, EditorRoot, FormColumn, PreviewColumn, StatusBox } from './CustomPageEditor.styles.js';
import { CustomPagePreview } from './CustomPagePreview.js';
import type { CustomPageFormValues } from './customPageForm.js';
import { htmlToText, useCustomPageEditor } from './useCustomPageEditor.js';
import { useAdminTranslation } from '../i18n.js';

const NAME = 'CustomPageEditor';

export interface CustomPageEditorProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** The page to edit; `null` or absent for a new page. */
  pageId?: string | null | undefined;
  /** Languages a new page starts with. @default the portal's default language */
  initialLanguages?: readonly LanguageTag[] | undefined;
  /** Languages offered by "Add language". @default a list of common languages */
  availableLanguages?: readonly LanguageTag[] | undefined;
  /** Called after every successful save; `created` on the first save of a new page (update the URL). */
  onSaved?: ((page: CustomPage, details: { close: boolean; created: boolean }) => void) | undefined;
  /** Called to leave the editor ("Close", "Save and close", "Leave" without saving). */
  onClose?: (() => void) | undefined;
  /**
   * The host router's navigation blocker hook, called with whether to block (React Router's
   * `useBlocker` fits as it is). Closing the tab is guarded in any case (`beforeunload`).
   */
  useBlocker?: UseNavigationBlocker | undefined;
  /** The active language tab (controlled). */
  activeLanguage?: LanguageTag | undefined;
  /** Called when the admin switches the language tab. */
  onActiveLanguageChange?: ((language: LanguageTag) => void) | undefined;
  /** The portal's theme, for the preview. */
  previewTheme?: ThemeInput | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
  /**
   * The admin's time zone (IANA name): the publish window and the preview's "view as of" are
   * entered and shown in it, and stored in UTC. @default the browser's time zone
   */
  timeZone?: string | undefined;
}

/**
 * Adds or edits a custom page, through the adapters of the surrounding `PortalProvider`
 * (`customPages`, and `assets` for images): internal title, slug (suggested from the title, checked for
 * uniqueness as the admin types), validity, an optional publish window and audience, and a
 * title and rich-text body per language, with a live preview in the active language (as of a
 * chosen time and for a chosen audience, with a note when the portal would not show the page). "Save" stays, "Save and close" leaves; a
 * failed save keeps the form, a conflict shows both versions, a page deleted meanwhile can be
 * saved as a new page, and leaving with unsaved changes asks first. The logic lives in
 * {@link useCustomPageEditor}.
 */
export function CustomPageEditor({
  pageId,
  initialLanguages,
  availableLanguages,
  onSaved,
  onClose,
  useBlocker,
  activeLanguage: activeLanguageProp,
  onActiveLanguageChange,
  previewTheme,
  draftStorage,
  timeZone,
  ...rest
}: CustomPageEditorProps) {
  const { t } = useAdminTranslation();
  const [previewAt, setPreviewAt] = useState<Date | undefined>(undefined);
  const [previewAudience, setPreviewAudience] = useState<PreviewAudience>({ kind: 'anonymous' });
  const customerGroups = useCustomerGroups().result.data;
  const { formatDateTime } = useFormatters();
  const languageName = useLanguageName();
  const errorMessage = useFieldErrorMessage();
  // Images of the body go to the provider's asset adapter; without one there is no image button.
  const assetAdapter = usePortalAdapters().assets;
  const editor = useCustomPageEditor({
    pageId,
    initialLanguages,
    onSaved,
    onClose,
    useBlocker,
    draftStorage,
    activeLanguage: activeLanguageProp,
    onActiveLanguageChange,
  });
  const { form, status, record, values, activeLanguage, fieldErrors, focusRequest, clearFocusRequest, blocker } = editor;
  const { register, control } = form;

  // Focus the field a failed save pointed at, once its language tab is shown.
  useEffect(() => {
    if (focusRequest === null) return;
    form.setFocus(focusRequest as keyof CustomPageFormValues);
    clearFocusRequest();
  }, [focusRequest, form, clearFocusRequest, activeLanguage]);

  const heading = record ? t('admin.pagesEditHeading') : t('admin.pagesNewHeading');

  if (status === 'loading') {
    return (
      <EditorRoot data-slot="custom-page-editor" data-state="loading" aria-busy="true" {...rest}>
        <StatusBox role="status">
          <p>{t('common.loading')}</p>
        </StatusBox>
      </EditorRoot>
    );
  }
  if (status === 'not-found' || status === 'error') {
    return (
      <EditorRoot data-slot="custom-page-editor" data-state={status} {...rest}>
        <StatusBox role="alert">
          <p>
            <strong>{status === 'not-found' ? t('admin.pagesNotFound') : t('common.errorTitle')}</strong>
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
                {t('common.close')}
              </Button>
            )}
          </ButtonRow>
        </StatusBox>
      </EditorRoot>
    );
  }

  const saveError = editor.saveError;
  const activeContent = values.content?.[activeLanguage];
  const conflictRows: ConflictRow[] = editor.conflict
    ? buildConflictRows(editor.conflict.mine, editor.conflict.theirs, {
        internalTitle: t('admin.pagesInternalTitle'),
        slug: t('admin.slugLabel'),
        validity: t('admin.validityLabel'),
        title: (language) => `${t('admin.pagesTitle')} (${languageName(language)})`,
        body: (language) => `${t('admin.pagesBody')} (${languageName(language)})`,
        validityName: (validity) => t(VALIDITY_LABEL_KEYS[validity as keyof typeof VALIDITY_LABEL_KEYS] ?? 'admin.errorsInvalid'),
      })
    : [];

  return (
    <EditorRoot data-slot="custom-page-editor" data-state={editor.dirty ? 'dirty' : 'clean'} aria-label={heading} {...rest}>
      <h2>{heading}</h2>

      {record && (
        <CustomPageHistory
          page={record}
          activeLanguage={activeLanguage}
          previewTheme={previewTheme}
          onRestored={editor.adoptRecord}
          unsavedChanges={editor.dirty}
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

      {saveError && (
        <Notice $tone="danger" role="alert" data-slot="save-error" data-kind={saveError.kind}>
          {saveError.kind === 'not_found' ? (
            <>
              <p>{t('admin.pagesDeletedMeanwhile')}</p>
              <ButtonRow>
                <Button type="button" $variant="primary" onClick={() => void editor.saveAsNew()} data-slot="save-as-new">
                  {t('admin.pagesSaveAsNew')}
                </Button>
              </ButtonRow>
            </>
          ) : saveError.kind === 'validation' && saveError.message === '' ? (
            <p>{t('admin.errorsFormInvalid')}</p>
          ) : (
            <>
              <p>{t('admin.pagesSaveFailed')}</p>
              <p>
                {t(
                  saveError.kind === 'unauthorized'
                    ? 'common.errorUnauthorized'
                    : saveError.kind === 'validation'
                      ? 'admin.errorsFormInvalid'
                      : 'common.errorUnavailable',
                )}
              </p>
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
        onSubmit={(event) => {
          event.preventDefault();
          void editor.save();
        }}
        aria-label={heading}
      >
        <EditorLayout>
          <FormColumn>
            <TextField
              label={t('admin.pagesInternalTitle')}
              description={t('admin.pagesInternalTitleDescription')}
              required
              error={errorMessage(fieldErrors.internalTitle)}
              autoComplete="off"
              {...register('internalTitle')}
            />
            <Controller
              control={control}
              name="slug"
              render={({ field, fieldState }) => (
                <SlugField
                  ref={field.ref}
                  name={field.name}
                  onBlur={field.onBlur}
                  value={field.value}
                  onValueChange={(slug) => field.onChange(slug)}
                  source={values.internalTitle}
                  followSource={record === null && !fieldState.isTouched}
                  checkAvailability={editor.checkSlugAvailability}
                  onAvailabilityChange={(availability) => editor.setSlugTaken(availability === 'taken')}
                  error={errorMessage(fieldState.error)}
                />
              )}
            />
            <ValiditySelect error={errorMessage(fieldErrors.validity)} {...register('validity')} />
            <PublishWindowField
              value={toPublishWindow(values)}
              onValueChange={(window) => {
                form.setValue('visibleFrom', window.visibleFrom ?? '', { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
                form.setValue('visibleUntil', window.visibleUntil ?? '', { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
              }}
              timeZone={timeZone}
              errors={{ visibleFrom: errorMessage(fieldErrors.visibleFrom), visibleUntil: errorMessage(fieldErrors.visibleUntil) }}
            />
            <Controller
              control={control}
              name="audienceGroups"
              render={({ field, fieldState }) => (
                <AudienceField
                  ref={(node) => field.ref(node ? { focus: () => node.querySelector<HTMLElement>('[data-slot="audience-group"], input:checked')?.focus() } : null)}
                  value={toAudience({ audienceKind: values.audienceKind ?? 'everyone', audienceGroups: field.value ?? [] })}
                  onValueChange={(audience) => {
                    // Checked again at once while its error shows, so that ticking a group clears it.
                    const validate = { shouldDirty: true, shouldValidate: form.formState.isSubmitted || fieldState.error !== undefined };
                    form.setValue('audienceKind', audience?.kind ?? 'everyone', validate);
                    if (audience?.kind === 'groups') form.setValue('audienceGroups', audience.groups, validate);
                  }}
                  error={errorMessage(fieldState.error)}
                />
              )}
            />

            <ContentFieldset>
              <legend>{t('admin.pagesContent')}</legend>
              <LanguageTabs
                languages={editor.languages}
                value={activeLanguage}
                onValueChange={editor.setActiveLanguage}
                incompleteLanguages={editor.incompleteLanguages}
                statuses={editor.translationStatuses}
                availableLanguages={availableLanguages}
                onAddLanguage={editor.addLanguage}
                onRemoveLanguage={editor.removeLanguage}
              >
                {(language) => (
                  <div key={language}>
                    <TextField
                      label={t('admin.pagesTitle')}
                      required
                      lang={language}
                      autoComplete="off"
                      error={errorMessage(getFieldError(fieldErrors, `content.${language}.title`))}
                      {...register(`content.${language}.title`)}
                    />
                    <Controller
                      control={control}
                      name={`content.${language}.body`}
                      render={({ field, fieldState }) => (
                        <Field label={t('admin.pagesBody')} labelKind="group" error={errorMessage(fieldState.error)}>
                          {(controlProps, { labelId }) => (
                            <RichTextEditor
                              ref={(node: HTMLDivElement | null) =>
                                field.ref(node ? { focus: () => node.querySelector<HTMLElement>('[contenteditable]')?.focus() } : null)
                              }
                              value={field.value ?? ''}
                              onValueChange={field.onChange}
                              onBlur={field.onBlur}
                              aria-labelledby={labelId}
                              aria-describedby={controlProps['aria-describedby']}
                              aria-invalid={controlProps['aria-invalid']}
                              contentLanguage={language}
                              onUploadImage={
                                assetAdapter
                                  ? async (file, signal) => {
                                      const asset = await assetAdapter.upload({ file, name: file.name, signal });
                                      return { url: asset.url };
                                    }
                                  : undefined
                              }
                            />
                          )}
                        </Field>
                      )}
                    />
                  </div>
                )}
              </LanguageTabs>
            </ContentFieldset>
          </FormColumn>

          <PreviewColumn aria-label={t('admin.pagesPreviewLanguage', { language: languageName(activeLanguage) })} data-slot="custom-page-preview-panel">
            <h3>{t('admin.pagesPreviewLanguage', { language: languageName(activeLanguage) })}</h3>
            <PreviewAsOfControl value={previewAt} onValueChange={setPreviewAt} timeZone={timeZone} />
            <PreviewAudienceSelect value={previewAudience} onValueChange={setPreviewAudience} groups={customerGroups} />
            {!isWithinWindow(toPublishWindow(values), previewAt ?? new Date()) && (
              <Notice $tone="warning" role="status" data-slot="custom-page-preview-hidden">
                <p>{t('admin.previewNotShownAt')}</p>
              </Notice>
            )}
            {!isForViewer(
              { audience: toAudience({ audienceKind: values.audienceKind ?? 'everyone', audienceGroups: values.audienceGroups ?? [] }) },
              previewAudience.kind === 'anonymous' ? null : { groups: previewGroupsOf(previewAudience) },
            ) && (
              <Notice $tone="warning" role="status" data-slot="custom-page-preview-not-for-audience">
                <p>{t('admin.previewNotForAudience')}</p>
              </Notice>
            )}
            {activeContent && (activeContent.title.trim() !== '' || htmlToText(activeContent.body) !== '') ? (
              <CustomPagePreview title={activeContent.title} body={activeContent.body} language={activeLanguage} theme={previewTheme} />
            ) : (
              <p>{t('admin.pagesPreviewEmpty')}</p>
            )}
          </PreviewColumn>
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
CustomPageEditor.displayName = NAME;

interface ConflictLabels {
  internalTitle: string;
  slug: string;
  validity: string;
  title: (language: string) => string;
  body: (language: string) => string;
  validityName: (validity: string) => string;
}

/** The fields of both versions side by side, bodies as plain text. */
function buildConflictRows(mine: CustomPageFormValues, theirs: CustomPage | null, labels: ConflictLabels): ConflictRow[] {
  const row = (id: string, label: string, a: string, b: string): ConflictRow => ({ id, label, mine: a, theirs: b, differs: a !== b });
  const rows = [
    row('internalTitle', labels.internalTitle, mine.internalTitle, theirs?.internalTitle ?? ''),
    row('slug', labels.slug, mine.slug, theirs?.slug ?? ''),
    row('validity', labels.validity, labels.validityName(mine.validity), theirs ? labels.validityName(theirs.validity) : ''),
  ];
  const languages = [...new Set([...Object.keys(mine.content), ...Object.keys(theirs?.content ?? {})])];
  for (const language of languages) {
    const a = mine.content[language];
    const b = theirs?.content[language];
    rows.push(row(`content.${language}.title`, labels.title(language), a?.title ?? '', b?.title ?? ''));
    rows.push(row(`content.${language}.body`, labels.body(language), htmlToText(a?.body ?? ''), htmlToText(b?.body ?? '')));
  }
  return rows;
}
