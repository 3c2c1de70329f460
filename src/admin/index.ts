// helpdesk-portal-kit/admin: the admin editors and the form kit they are built from. Heavier
// dependencies (react-hook-form, Tiptap) live here only; the portal entry never imports them.

// Custom pages admin.
export {
  CustomPageEditor,
  CustomPageFormSchema,
  CustomPageList,
  toCustomPageInput,
  toFormValues as toCustomPageFormValues,
  useCustomPageEditor,
} from './CustomPages/index.js';
export type {
  CustomPageConflict,
  CustomPageEditorProps,
  CustomPageEditorState,
  CustomPageEditorStatus,
  CustomPageFormValues,
  CustomPageListProps,
  UseCustomPageEditorOptions,
} from './CustomPages/index.js';

// The form kit.
export { Field, TextAreaField, TextField, useFieldControlProps } from './kit/Field/index.js';
export type { FieldControlProps, FieldProps, TextAreaFieldProps, TextFieldProps } from './kit/Field/index.js';
export { applyServerFieldErrors, getFieldError, translateFieldError, useFieldErrorMessage } from './kit/form.js';
export type { AppliedServerErrors } from './kit/form.js';
export { toAdminError } from './kit/adapterError.js';
export type { AdminError, AdminErrorKind } from './kit/adapterError.js';
export { DEFAULT_CONTENT_LANGUAGES, LanguageTabs, useLanguageName } from './kit/LanguageTabs/index.js';
export type { LanguageTabsProps } from './kit/LanguageTabs/index.js';
export { DEFAULT_MAX_PASTE_LENGTH, RichTextEditor } from './kit/RichTextEditor/index.js';
export type { RichTextEditorProps, UploadedImage } from './kit/RichTextEditor/index.js';
export { findSlugProblem, SlugField, suggestSlugFromTitle } from './kit/SlugField/index.js';
export type { SlugAvailability, SlugFieldProps, SlugProblem } from './kit/SlugField/index.js';
export { VALIDITY_LABEL_KEYS, ValidityBadge, ValiditySelect } from './kit/ValiditySelect/index.js';
export type { ValidityBadgeProps, ValiditySelectProps } from './kit/ValiditySelect/index.js';
export {
  defaultTimeZone,
  formatZoneLabel,
  fromZonedInputValue,
  PreviewAsOfControl,
  PublishWindowField,
  ScheduleBadge,
  toZonedInputValue,
} from './kit/PublishWindowField/index.js';
export type { PreviewAsOfControlProps, PublishWindowFieldProps, ScheduleBadgeProps, WallClockKind, ZonedInstant } from './kit/PublishWindowField/index.js';
export { AudienceBadge, AudienceField, PreviewAudienceSelect, useCustomerGroups } from './kit/AudienceField/index.js';
export type { AudienceBadgeProps, AudienceFieldProps, CustomerGroupsState, PreviewAudience, PreviewAudienceSelectProps } from './kit/AudienceField/index.js';
export { SaveBar } from './kit/SaveBar/index.js';
export type { SaveBarProps, SaveStatus } from './kit/SaveBar/index.js';
export { AdminDialog, ConfirmDialog, ConflictDialog, DialogClose } from './kit/Dialog/index.js';
export type { AdminDialogProps, ConfirmDialogProps, ConflictDialogProps, ConflictRow } from './kit/Dialog/index.js';
export { useNoNavigationBlocker, useUnsavedChangesGuard } from './kit/useUnsavedChangesGuard.js';
export type { NavigationBlocker, UseNavigationBlocker } from './kit/useUnsavedChangesGuard.js';
export { useSessionDraft } from './kit/useSessionDraft.js';
export type { SessionDraft, StoredDraft, UseSessionDraftOptions } from './kit/useSessionDraft.js';
export { ListView } from './kit/ListView/index.js';
export type { ListColumn, ListSort, ListStatus, ListViewProps } from './kit/ListView/index.js';
// Styled building blocks of the admin screens (themed, logical properties, `$`-prefixed styling props).
export { Button, ButtonRow, Notice, Select, TextArea, TextInput, VisuallyHidden } from './kit/primitives.styles.js';
export type { ButtonVariant } from './kit/primitives.styles.js';
// The admin screens' strings, added to the library's i18n instance when an admin screen renders.
export { addAdminStrings, useAdminTranslation } from './i18n.js';
export type { AdminStrings } from './i18n.js';

// Service catalog admin: category tree and items.
export {
  addCatalogAdminStrings,
  analyzeCatalog,
  canMoveCategory,
  CatalogCategoryAdmin,
  CatalogCategoryEditor,
  CatalogItemAdmin,
  CatalogItemEditor,
  getCategoryVisibility,
  getDescendantIds,
  getItemVisibility,
  useAllCatalogCategories,
  useCatalogAnalysis,
  useCatalogRecordEditor,
} from './CatalogAdmin/index.js';
export type {
  CatalogAdminStrings,
  CatalogCategoryAdminProps,
  CatalogCategoryAdminView,
  CatalogCategoryEditorProps,
  CatalogConflict,
  CatalogEditorStatus,
  CatalogItemAdminProps,
  CatalogItemAdminView,
  CatalogItemEditorProps,
  CatalogRecordEditorConfig,
  CatalogRecordEditorState,
  CatalogVisibility,
  CategoryVisibility,
  ItemVisibility,
} from './CatalogAdmin/index.js';
// Home page editor.
export { addHomeEditorStrings, blockFields, defineBlockFields, getBlockFields, HomePageEditor, HomePagePreview, useHomePageEditor } from './HomePageEditor/index.js';
export type {
  BlockFields,
  BlockFieldsProps,
  HomePageConflict,
  HomePageEditorProps,
  HomePageEditorState,
  HomePageEditorStatus,
  HomePagePreviewProps,
  PreviewWidth,
  UseHomePageEditorOptions,
} from './HomePageEditor/index.js';
// Layout (look and feel) editor.
export {
  addLayoutEditorStrings,
  checkBrandColor,
  CodeEditor,
  emptyLayoutValues,
  LAYOUT_IMAGE_LIMITS,
  LAYOUT_PREVIEW_SCOPE,
  LayoutEditor,
  LayoutPreview,
  sanitizeSvg,
  toLayoutValues,
  useLayoutEditor,
} from './LayoutEditor/index.js';
export type {
  BrandColorReport,
  CodeEditorProps,
  ContrastCheck,
  LayoutEditorProps,
  LayoutEditorState,
  LayoutEditorStrings,
  LayoutPreviewProps,
  SettingsConflict,
  SettingsEditorOptions,
  SettingsEditorState,
  SettingsEditorStatus,
  UseLayoutEditorOptions,
} from './LayoutEditor/index.js';

// Translation workflow: the status of each record per language (pure, no React; from the
// model), the status view, its data hook, the status badge and the strings.
export {
  countTranslations,
  findContentLanguages,
  findLocalizedGroups,
  getBlockTranslation,
  getCatalogCategoryTranslation,
  getCatalogItemTranslation,
  getCustomPageTranslation,
  getHomePageTranslation,
  getLayoutTranslation,
  getTranslationOverview,
  getTranslationReport,
  hasRichText,
  TRANSLATION_COMPLETENESS,
  TRANSLATION_RECORD_KINDS,
} from '../model/translationStatus.js';
export type {
  HomePageTranslation,
  LocalizedGroup,
  TranslationCompleteness,
  TranslationContent,
  TranslationCounts,
  TranslationOverview,
  TranslationRecord,
  TranslationRecordKind,
  TranslationReport,
} from '../model/translationStatus.js';
export { TranslationStatus, useTranslationOverview } from './TranslationStatus/index.js';
export type { TranslationStatusProps, UseTranslationOverviewOptions } from './TranslationStatus/index.js';
export { TRANSLATION_STATUS_LABEL_KEYS, TranslationStatusBadge, TranslationStatusIcon } from './kit/TranslationStatusBadge/index.js';
export type { TranslationStatusBadgeProps, TranslationStatusIconProps } from './kit/TranslationStatusBadge/index.js';
export { addTranslationStatusStrings, useTranslationStatusTranslation } from './translationStrings.js';
export type { TranslationStatusStrings } from './translationStrings.js';

// Custom scripts and Content-Security-Policy editor.
export { checkScriptUrl, NONCE_PLACEHOLDER, previewHeader, ScriptSettingsEditor, toScriptValues, useScriptSettingsEditor } from './ScriptSettingsEditor/index.js';
export type { ScriptSettingsEditorProps, ScriptSettingsEditorState, ScriptUrlCheck, UseScriptSettingsEditorOptions } from './ScriptSettingsEditor/index.js';

// Revision history: the dialog (used by the custom page editor) and its data hooks.
export { useRestoreRevision, useRevisions } from '../data/revisions.js';
export type { UseRevisionsParams } from '../data/revisions.js';
export { RevisionHistoryDialog } from './kit/RevisionHistory/RevisionHistoryDialog.js';
export type { RevisionHistoryDialogProps } from './kit/RevisionHistory/RevisionHistoryDialog.js';
