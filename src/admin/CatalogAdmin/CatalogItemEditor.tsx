import { useMemo, useState, type ComponentProps } from 'react';
import { Controller, useFieldArray, useWatch, type Control } from 'react-hook-form';
import { usePortalAdapters, useRequiredAdapter, useSaveCatalogItem } from '../../data/index.js';
import type { CatalogItem, CatalogItemInput, LanguageTag } from '../../model/index.js';
import { getCatalogItemTranslation } from '../../model/translationStatus.js';
import { useFormatters } from '../../portal/PortalProvider/index.js';
import { sanitizeHtml } from '../../security/index.js';
import { Field, TextField } from '../kit/Field/Field.js';
import { getFieldError } from '../kit/form.js';
import { LanguageTabs } from '../kit/LanguageTabs/LanguageTabs.js';
import { useLanguageName } from '../kit/LanguageTabs/languageNames.js';
import { Button, ButtonRow, TextInput } from '../kit/primitives.styles.js';
import { AudienceField } from '../kit/AudienceField/AudienceField.js';
import { toAudience } from '../kit/AudienceField/audienceForm.js';
import { PublishWindowField } from '../kit/PublishWindowField/PublishWindowField.js';
import { toPublishWindow } from '../kit/PublishWindowField/windowForm.js';
import { RichTextEditor } from '../kit/RichTextEditor/RichTextEditor.js';
import type { UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { VALIDITY_LABEL_KEYS, ValiditySelect } from '../kit/ValiditySelect/ValiditySelect.js';
import { htmlToText } from '../CustomPages/useCustomPageEditor.js';
import { CheckList, Fieldset, ImagePreview, Indent, LinkRow, Muted } from './CatalogAdmin.styles.js';
import { useCategoryOptions } from './CatalogCategoryEditor.js';
import { CatalogHistory } from './CatalogHistory.js';
import { conflictRow, EditorFrame } from './EditorFrame.js';
import { useCatalogAdminTranslation, useCatalogFieldErrorMessage } from './i18n.js';
import {
  CatalogItemFormSchema,
  emptyItemContent,
  emptyItemFormValues,
  isCatalogItem,
  isItemFieldPath,
  itemFieldOrder,
  toCatalogItemInput,
  toItemFormValues,
  type CatalogItemFormValues,
} from './itemForm.js';
import { useAllCatalogCategories } from './useCatalogAdminData.js';
import { useCatalogRecordEditor } from './useCatalogRecordEditor.js';

const NAME = 'CatalogItemEditor';

export interface CatalogItemEditorProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** The item to edit; `null` or absent for a new one. */
  itemId?: string | null | undefined;
  /** Categories a new item starts in. @default none */
  defaultCategoryIds?: readonly string[] | undefined;
  /** Languages a new item starts with. @default the portal's default language */
  initialLanguages?: readonly LanguageTag[] | undefined;
  /** Languages offered by "Add language". @default a list of common languages */
  availableLanguages?: readonly LanguageTag[] | undefined;
  /** Called after every successful save; `created` on the first save of a new item. */
  onSaved?: ((item: CatalogItem, details: { close: boolean; created: boolean }) => void) | undefined;
  /** Called to leave the editor ("Close", "Save and close", "Leave" without saving). */
  onClose?: (() => void) | undefined;
  /** The host router's navigation blocker hook (React Router's `useBlocker` fits). */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
  /**
   * The admin's time zone (IANA name): the publish window is entered and shown in it, and
   * stored in UTC. @default the browser's time zone
   */
  timeZone?: string | undefined;
}

/**
 * Adds or edits a catalog item through the `catalog` adapter of the surrounding provider:
 * internal title, validity, an optional publish window and audience, one or more categories (a filterable list of checkboxes), order,
 * an optional image (through the `assets` adapter), and per language a title, rich text, image
 * alt text and links (only safe addresses are accepted). Built from the admin kit.
 */
export function CatalogItemEditor({
  itemId = null,
  defaultCategoryIds = [],
  initialLanguages,
  availableLanguages,
  onSaved,
  onClose,
  useBlocker,
  draftStorage,
  timeZone,
  ...rest
}: CatalogItemEditorProps) {
  const { t } = useCatalogAdminTranslation();
  const { formatNumber } = useFormatters();
  const errorMessage = useCatalogFieldErrorMessage();
  const languageName = useLanguageName();
  const { adapter } = useRequiredAdapter('catalog', NAME);
  const assets = usePortalAdapters().assets;
  const { mutate } = useSaveCatalogItem();
  const categories = useAllCatalogCategories();
  const editor = useCatalogRecordEditor<CatalogItemFormValues, CatalogItem, CatalogItemInput>({
    recordId: itemId,
    draftPrefix: 'catalogItem',
    schema: CatalogItemFormSchema,
    load: (id, signal) => adapter.getItem({ id, signal }),
    write: mutate,
    toValues: toItemFormValues,
    emptyValues: (languages) => emptyItemFormValues(languages, defaultCategoryIds),
    emptyContent: emptyItemContent,
    toInput: (values) => toCatalogItemInput(values, sanitizeHtml),
    isRecord: isCatalogItem,
    isFieldPath: isItemFieldPath,
    fieldOrder: itemFieldOrder,
    initialLanguages,
    onSaved,
    onClose,
    useBlocker,
    draftStorage,
  });
  const { form, record, fieldErrors } = editor;
  const { register, control } = form;
  const [visibleFrom = '', visibleUntil = '', audienceKind = 'everyone'] = useWatch({ control, name: ['visibleFrom', 'visibleUntil', 'audienceKind'] });
  const options = useCategoryOptions(categories.data);
  const [categoryQuery, setCategoryQuery] = useState('');
  const [upload, setUpload] = useState<'idle' | 'uploading' | 'failed'>('idle');
  const categoryNames = useMemo(() => new Map((categories.data ?? []).map((category) => [category.id, category.internalTitle])), [categories.data]);
  const titleOf = (id: string) => categoryNames.get(id) ?? id;
  const validityName = (validity: string) => t(VALIDITY_LABEL_KEYS[validity as keyof typeof VALIDITY_LABEL_KEYS] ?? 'admin.errorsInvalid');
  const heading = record ? t('catalogAdmin.itemEditHeading') : t('catalogAdmin.itemNewHeading');
  const query = categoryQuery.trim().toLocaleLowerCase();
  const shownOptions = query === '' ? options : options.filter(({ category }) => category.internalTitle.toLocaleLowerCase().includes(query) || Object.values(category.content).some((entry) => entry.name.toLocaleLowerCase().includes(query)));

  return (
    <EditorFrame
      editor={editor}
      slot="catalog-item-editor"
      heading={heading}
      history={
        editor.record && (
          <CatalogHistory kind="catalogItem" record={editor.record} activeLanguage={editor.activeLanguage} unsavedChanges={editor.dirty} onRestored={editor.adoptRecord} />
        )
      }
      notFoundText={t('catalogAdmin.itemNotFound')}
      saveFailedText={t('catalogAdmin.itemSaveFailed')}
      conflictTitle={t('catalogAdmin.itemConflictTitle')}
      conflictRows={(mine, theirs) => {
        const rows = [
          conflictRow('internalTitle', t('catalogAdmin.itemInternalTitle'), mine.internalTitle, theirs?.internalTitle ?? ''),
          conflictRow('validity', t('admin.validityLabel'), validityName(mine.validity), theirs ? validityName(theirs.validity) : ''),
          conflictRow('categoryIds', t('catalogAdmin.itemCategories'), mine.categoryIds.map(titleOf).join(', '), theirs ? theirs.categoryIds.map(titleOf).join(', ') : ''),
          conflictRow('order', t('catalogAdmin.itemOrder'), mine.order, theirs ? String(theirs.order) : ''),
        ];
        for (const language of new Set([...Object.keys(mine.content), ...Object.keys(theirs?.content ?? {})])) {
          const a = mine.content[language];
          const b = theirs?.content[language];
          rows.push(conflictRow(`content.${language}.title`, `${t('catalogAdmin.itemTitle')} (${languageName(language)})`, a?.title ?? '', b?.title ?? ''));
          rows.push(conflictRow(`content.${language}.text`, `${t('catalogAdmin.itemText')} (${languageName(language)})`, htmlToText(a?.text ?? ''), htmlToText(b?.text ?? '')));
          const links = (list: readonly { label: string; url: string }[] | undefined) => (list ?? []).map((link) => `${link.label} <${link.url}>`).join(', ');
          rows.push(conflictRow(`content.${language}.links`, `${t('catalogAdmin.itemLinks')} (${languageName(language)})`, links(a?.links), links(b?.links)));
        }
        return rows;
      }}
      onClose={onClose}
      {...rest}
    >
      <TextField
        label={t('catalogAdmin.itemInternalTitle')}
        description={t('catalogAdmin.itemInternalTitleDescription')}
        required
        autoComplete="off"
        error={errorMessage(fieldErrors.internalTitle)}
        {...register('internalTitle')}
      />
      <ValiditySelect error={errorMessage(fieldErrors.validity)} {...register('validity')} />
      <PublishWindowField
        value={toPublishWindow({ visibleFrom, visibleUntil })}
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
            value={toAudience({ audienceKind, audienceGroups: field.value ?? [] })}
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
      <Controller
        control={control}
        name="categoryIds"
        render={({ field, fieldState }) => (
          <Field label={t('catalogAdmin.itemCategories')} labelKind="group" required description={t('catalogAdmin.itemCategoriesDescription')} error={errorMessage(fieldState.error)}>
            {(controlProps, { labelId }) => (
              <div
                role="group"
                aria-labelledby={labelId}
                aria-describedby={controlProps['aria-describedby']}
                tabIndex={-1}
                ref={(node) => field.ref(node ? { focus: () => node.querySelector<HTMLElement>('input')?.focus() } : null)}
                data-slot="catalog-item-categories"
              >
                <TextField
                  label={t('catalogAdmin.itemCategoriesFilter')}
                  type="search"
                  value={categoryQuery}
                  onChange={(event) => setCategoryQuery(event.target.value)}
                  autoComplete="off"
                />
                <Muted role="status">{t('catalogAdmin.itemCategoriesChosen', { count: formatNumber(field.value.length) })}</Muted>
                <CheckList>
                  {shownOptions.map(({ category, depth }) => {
                    const checked = field.value.includes(category.id);
                    return (
                      <li key={category.id}>
                        <Indent $depth={query === '' ? depth : 0} aria-hidden="true" />
                        <label>
                          <input
                            type="checkbox"
                            checked={checked}
                            aria-invalid={controlProps['aria-invalid']}
                            onBlur={field.onBlur}
                            onChange={() => field.onChange(checked ? field.value.filter((id) => id !== category.id) : [...field.value, category.id])}
                          />
                          {category.internalTitle}
                        </label>
                      </li>
                    );
                  })}
                </CheckList>
              </div>
            )}
          </Field>
        )}
      />
      <TextField
        label={t('catalogAdmin.itemOrder')}
        description={t('catalogAdmin.itemOrderDescription')}
        inputMode="numeric"
        autoComplete="off"
        error={errorMessage(fieldErrors.order)}
        {...register('order')}
      />
      <Controller
        control={control}
        name="image"
        render={({ field }) => (
          <Field label={t('catalogAdmin.itemImage')} labelKind="group">
            {(_controlProps, { labelId }) => (
              <div role="group" aria-labelledby={labelId} data-slot="catalog-item-image">
                {field.value ? <ImagePreview src={field.value.url} alt="" /> : <p>{t('catalogAdmin.itemImageNone')}</p>}
                <ButtonRow>
                  {assets && (
                    <label>
                      <Muted>{upload === 'uploading' ? t('catalogAdmin.itemImageUploading') : t('catalogAdmin.itemImageChoose')}</Muted>{' '}
                      <input
                        type="file"
                        accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml"
                        disabled={upload === 'uploading'}
                        onChange={(event) => {
                          const file = event.target.files?.[0];
                          if (!file) return;
                          setUpload('uploading');
                          assets.upload({ file, name: file.name }).then(
                            (asset) => {
                              setUpload('idle');
                              field.onChange(asset);
                            },
                            () => setUpload('failed'),
                          );
                        }}
                      />
                    </label>
                  )}
                  {field.value && (
                    <Button type="button" $variant="ghost" onClick={() => field.onChange(null)}>
                      {t('catalogAdmin.itemImageRemove')}
                    </Button>
                  )}
                </ButtonRow>
                {upload === 'failed' && <p role="alert">{t('catalogAdmin.itemImageFailed')}</p>}
              </div>
            )}
          </Field>
        )}
      />
      <Fieldset>
        <legend>{t('catalogAdmin.itemContent')}</legend>
        <LanguageTabs
          languages={editor.languages}
          value={editor.activeLanguage}
          onValueChange={editor.setActiveLanguage}
          incompleteLanguages={editor.languages.filter((language) => {
            const entry = editor.values.content?.[language];
            return !entry || entry.title.trim() === '' || htmlToText(entry.text) === '';
          })}
          statuses={getCatalogItemTranslation({ content: editor.values.content ?? {} }, editor.languages).languages}
          availableLanguages={availableLanguages}
          onAddLanguage={editor.addLanguage}
          onRemoveLanguage={editor.removeLanguage}
        >
          {(language) => (
            <div key={language}>
              <TextField
                label={t('catalogAdmin.itemTitle')}
                required
                lang={language}
                autoComplete="off"
                error={errorMessage(getFieldError(fieldErrors, `content.${language}.title`))}
                {...register(`content.${language}.title`)}
              />
              <Controller
                control={control}
                name={`content.${language}.text`}
                render={({ field, fieldState }) => (
                  <Field label={t('catalogAdmin.itemText')} labelKind="group" error={errorMessage(fieldState.error)}>
                    {(controlProps, { labelId }) => (
                      <RichTextEditor
                        ref={(node: HTMLDivElement | null) => field.ref(node ? { focus: () => node.querySelector<HTMLElement>('[contenteditable]')?.focus() } : null)}
                        value={field.value ?? ''}
                        onValueChange={field.onChange}
                        onBlur={field.onBlur}
                        aria-labelledby={labelId}
                        aria-describedby={controlProps['aria-describedby']}
                        aria-invalid={controlProps['aria-invalid']}
                        contentLanguage={language}
                        onUploadImage={
                          assets
                            ? async (file, signal) => {
                                const asset = await assets.upload({ file, name: file.name, signal });
                                return { url: asset.url };
                              }
                            : undefined
                        }
                      />
                    )}
                  </Field>
                )}
              />
              <TextField
                label={t('catalogAdmin.itemImageAlt')}
                lang={language}
                autoComplete="off"
                error={errorMessage(getFieldError(fieldErrors, `content.${language}.imageAlt`))}
                {...register(`content.${language}.imageAlt`)}
              />
              <LinkFields control={control} language={language} />
            </div>
          )}
        </LanguageTabs>
      </Fieldset>
    </EditorFrame>
  );
}
CatalogItemEditor.displayName = NAME;

/** The links of one language: label and address per row, add and remove. */
function LinkFields({ control, language }: { control: Control<CatalogItemFormValues>; language: LanguageTag }) {
  const { t } = useCatalogAdminTranslation();
  const errorMessage = useCatalogFieldErrorMessage();
  const { fields, append, remove } = useFieldArray({ control, name: `content.${language}.links` });
  return (
    <Fieldset data-slot="catalog-item-links">
      <legend>{t('catalogAdmin.itemLinks')}</legend>
      {fields.map((link, index) => (
        <Fieldset key={link.id}>
          <legend>{t('catalogAdmin.itemLinkNumber', { number: index + 1 })}</legend>
          <LinkRow>
            <Controller
              control={control}
              name={`content.${language}.links.${index}.label`}
              render={({ field, fieldState }) => (
                <Field label={t('catalogAdmin.itemLinkLabel')} required error={errorMessage(fieldState.error)}>
                  {(controlProps) => <TextInput {...field} {...controlProps} lang={language} autoComplete="off" />}
                </Field>
              )}
            />
            <Controller
              control={control}
              name={`content.${language}.links.${index}.url`}
              render={({ field, fieldState }) => (
                <Field label={t('catalogAdmin.itemLinkUrl')} required error={errorMessage(fieldState.error)}>
                  {(controlProps) => <TextInput {...field} {...controlProps} dir="ltr" inputMode="url" autoComplete="off" />}
                </Field>
              )}
            />
            <Button type="button" $variant="ghost" onClick={() => remove(index)}>
              {t('catalogAdmin.itemLinkRemove', { number: index + 1 })}
            </Button>
          </LinkRow>
        </Fieldset>
      ))}
      <Button type="button" onClick={() => append({ label: '', url: '' })}>
        {t('catalogAdmin.itemLinkAdd')}
      </Button>
    </Fieldset>
  );
}
