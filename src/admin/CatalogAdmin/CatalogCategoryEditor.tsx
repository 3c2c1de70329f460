import { useMemo, type ComponentProps } from 'react';
import { useRequiredAdapter, useSaveCatalogCategory } from '../../data/index.js';
import type { CatalogCategory, CatalogCategoryInput, LanguageTag } from '../../model/index.js';
import { Field, TextAreaField, TextField } from '../kit/Field/Field.js';
import { getFieldError } from '../kit/form.js';
import { LanguageTabs } from '../kit/LanguageTabs/LanguageTabs.js';
import { useLanguageName } from '../kit/LanguageTabs/languageNames.js';
import { Select } from '../kit/primitives.styles.js';
import type { UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { VALIDITY_LABEL_KEYS, ValiditySelect } from '../kit/ValiditySelect/ValiditySelect.js';
import { Fieldset } from './CatalogAdmin.styles.js';
import {
  CatalogCategoryFormSchema,
  categoryFieldOrder,
  emptyCategoryFormValues,
  isCatalogCategory,
  isCategoryFieldPath,
  toCatalogCategoryInput,
  toCategoryFormValues,
  type CatalogCategoryFormValues,
} from './categoryForm.js';
import { CatalogHistory } from './CatalogHistory.js';
import { conflictRow, EditorFrame } from './EditorFrame.js';
import { useCatalogAdminTranslation, useCatalogFieldErrorMessage } from './i18n.js';
import { useAllCatalogCategories } from './useCatalogAdminData.js';
import { useCatalogRecordEditor } from './useCatalogRecordEditor.js';
import { getDescendantIds } from './visibility.js';
import { buildCatalogTree } from '../../model/index.js';
import { getCatalogCategoryTranslation } from '../../model/translationStatus.js';

const NAME = 'CatalogCategoryEditor';

export interface CatalogCategoryEditorProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** The category to edit; `null` or absent for a new one. */
  categoryId?: string | null | undefined;
  /** The parent a new category starts under. @default null (top level) */
  defaultParentId?: string | null | undefined;
  /** Languages a new category starts with. @default the portal's default language */
  initialLanguages?: readonly LanguageTag[] | undefined;
  /** Languages offered by "Add language". @default a list of common languages */
  availableLanguages?: readonly LanguageTag[] | undefined;
  /** Called after every successful save; `created` on the first save of a new category. */
  onSaved?: ((category: CatalogCategory, details: { close: boolean; created: boolean }) => void) | undefined;
  /** Called to leave the editor ("Close", "Save and close", "Leave" without saving). */
  onClose?: (() => void) | undefined;
  /** The host router's navigation blocker hook (React Router's `useBlocker` fits). */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
}

/** Categories in tree order with their depth, for the parent choice; ones without a path to the top come last. */
export function useCategoryOptions(categories: readonly CatalogCategory[] | undefined) {
  return useMemo(() => {
    if (!categories) return [];
    const tree = buildCatalogTree(categories, { validOnly: false });
    const options: { category: CatalogCategory; depth: number }[] = [];
    const walk = (nodes: typeof tree.roots) => {
      for (const node of nodes) {
        options.push({ category: node.category, depth: node.depth });
        walk(node.children);
      }
    };
    walk(tree.roots);
    for (const category of categories) if (!tree.nodes.has(category.id)) options.push({ category, depth: 0 });
    return options;
  }, [categories]);
}

/**
 * Adds or edits a catalog category through the `catalog` adapter of the surrounding provider:
 * internal title, validity, parent (never the category itself or one of its descendants),
 * order, and a name and description per language. Built from the admin kit: "Save" / "Save and
 * close", conflicts, server field errors, drafts and the unsaved-changes guard.
 */
export function CatalogCategoryEditor({
  categoryId = null,
  defaultParentId = null,
  initialLanguages,
  availableLanguages,
  onSaved,
  onClose,
  useBlocker,
  draftStorage,
  ...rest
}: CatalogCategoryEditorProps) {
  const { t } = useCatalogAdminTranslation();
  const errorMessage = useCatalogFieldErrorMessage();
  const languageName = useLanguageName();
  const { adapter } = useRequiredAdapter('catalog', NAME);
  const { mutate } = useSaveCatalogCategory();
  const categories = useAllCatalogCategories();
  const editor = useCatalogRecordEditor<CatalogCategoryFormValues, CatalogCategory, CatalogCategoryInput>({
    recordId: categoryId,
    draftPrefix: 'catalogCategory',
    schema: CatalogCategoryFormSchema,
    load: (id, signal) => adapter.getCategory({ id, signal }),
    write: mutate,
    toValues: toCategoryFormValues,
    emptyValues: (languages) => emptyCategoryFormValues(languages, defaultParentId),
    emptyContent: () => ({ name: '', description: '' }),
    toInput: toCatalogCategoryInput,
    isRecord: isCatalogCategory,
    isFieldPath: isCategoryFieldPath,
    fieldOrder: categoryFieldOrder,
    initialLanguages,
    onSaved,
    onClose,
    useBlocker,
    draftStorage,
  });
  const { form, record, fieldErrors } = editor;
  const { register } = form;
  const options = useCategoryOptions(categories.data);
  // A category can never become its own descendant: those are not offered as parents.
  const excluded = useMemo(() => (record && categories.data ? getDescendantIds(categories.data, record.id) : new Set<string>()), [record, categories.data]);
  const titleOf = (id: string) => categories.data?.find((category) => category.id === id)?.internalTitle ?? id;
  const validityName = (validity: string) => t(VALIDITY_LABEL_KEYS[validity as keyof typeof VALIDITY_LABEL_KEYS] ?? 'admin.errorsInvalid');
  const heading = record ? t('catalogAdmin.categoryEditHeading') : t('catalogAdmin.categoryNewHeading');

  return (
    <EditorFrame
      editor={editor}
      slot="catalog-category-editor"
      heading={heading}
      history={
        editor.record && (
          <CatalogHistory kind="catalogCategory" record={editor.record} activeLanguage={editor.activeLanguage} unsavedChanges={editor.dirty} onRestored={editor.adoptRecord} />
        )
      }
      notFoundText={t('catalogAdmin.categoryNotFound')}
      saveFailedText={t('catalogAdmin.categorySaveFailed')}
      conflictTitle={t('catalogAdmin.categoryConflictTitle')}
      conflictRows={(mine, theirs) => {
        const rows = [
          conflictRow('internalTitle', t('catalogAdmin.categoryInternalTitle'), mine.internalTitle, theirs?.internalTitle ?? ''),
          conflictRow('validity', t('admin.validityLabel'), validityName(mine.validity), theirs ? validityName(theirs.validity) : ''),
          conflictRow('parentId', t('catalogAdmin.categoryParent'), mine.parentId ? titleOf(mine.parentId) : t('catalogAdmin.categoryParentNone'), theirs ? (theirs.parentId ? titleOf(theirs.parentId) : t('catalogAdmin.categoryParentNone')) : ''),
          conflictRow('order', t('catalogAdmin.categoryOrder'), mine.order, theirs ? String(theirs.order) : ''),
        ];
        for (const language of new Set([...Object.keys(mine.content), ...Object.keys(theirs?.content ?? {})])) {
          rows.push(conflictRow(`content.${language}.name`, `${t('catalogAdmin.categoryName')} (${languageName(language)})`, mine.content[language]?.name ?? '', theirs?.content[language]?.name ?? ''));
          rows.push(
            conflictRow(`content.${language}.description`, `${t('catalogAdmin.categoryDescription')} (${languageName(language)})`, mine.content[language]?.description ?? '', theirs?.content[language]?.description ?? ''),
          );
        }
        return rows;
      }}
      onClose={onClose}
      {...rest}
    >
      <TextField
        label={t('catalogAdmin.categoryInternalTitle')}
        description={t('catalogAdmin.categoryInternalTitleDescription')}
        required
        autoComplete="off"
        error={errorMessage(fieldErrors.internalTitle)}
        {...register('internalTitle')}
      />
      <ValiditySelect error={errorMessage(fieldErrors.validity)} {...register('validity')} />
      <Field label={t('catalogAdmin.categoryParent')} description={t('catalogAdmin.categoryParentDescription')} error={errorMessage(fieldErrors.parentId)}>
        {(controlProps) => (
          // Controlled, so the stored parent shows once the list of categories has loaded.
          <Select {...register('parentId')} value={editor.values.parentId ?? ''} {...controlProps} data-slot="category-parent">
            <option value="">{t('catalogAdmin.categoryParentNone')}</option>
            {options
              .filter(({ category }) => !excluded.has(category.id))
              .map(({ category, depth }) => (
                <option key={category.id} value={category.id}>
                  {`${'\u2003'.repeat(depth)}${category.internalTitle}`}
                </option>
              ))}
          </Select>
        )}
      </Field>
      <TextField
        label={t('catalogAdmin.categoryOrder')}
        description={t('catalogAdmin.categoryOrderDescription')}
        inputMode="numeric"
        autoComplete="off"
        error={errorMessage(fieldErrors.order)}
        {...register('order')}
      />
      <Fieldset>
        <legend>{t('catalogAdmin.categoryContent')}</legend>
        <LanguageTabs
          languages={editor.languages}
          value={editor.activeLanguage}
          onValueChange={editor.setActiveLanguage}
          incompleteLanguages={editor.languages.filter((language) => (editor.values.content?.[language]?.name ?? '').trim() === '')}
          statuses={getCatalogCategoryTranslation({ content: editor.values.content ?? {} }, editor.languages).languages}
          availableLanguages={availableLanguages}
          onAddLanguage={editor.addLanguage}
          onRemoveLanguage={editor.removeLanguage}
        >
          {(language) => (
            <div key={language}>
              <TextField
                label={t('catalogAdmin.categoryName')}
                required
                lang={language}
                autoComplete="off"
                error={errorMessage(getFieldError(fieldErrors, `content.${language}.name`))}
                {...register(`content.${language}.name`)}
              />
              <TextAreaField
                label={t('catalogAdmin.categoryDescription')}
                lang={language}
                rows={3}
                error={errorMessage(getFieldError(fieldErrors, `content.${language}.description`))}
                {...register(`content.${language}.description`)}
              />
            </div>
          )}
        </LanguageTabs>
      </Fieldset>
    </EditorFrame>
  );
}
CatalogCategoryEditor.displayName = NAME;
