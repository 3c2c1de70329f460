// The domain model: types inferred from valibot schemas, and helpers. No React here: a host's
// server imports this too.

export { isLanguageTag, LANGUAGE_TAG_PATTERN, LanguageTagSchema, primaryLanguage } from './language.js';
export type { LanguageTag } from './language.js';
export {
  createId,
  CssColorSchema,
  HrefSchema,
  IdSchema,
  InternalTitleSchema,
  isSlug,
  SLUG_PATTERN,
  SlugSchema,
  STORED_KEYS,
  storedRecordEntries,
  suggestSlug,
  TimestampSchema,
  VALIDITIES,
  ValiditySchema,
  VersionSchema,
} from './common.js';
export type { StoredRecord, Validity } from './common.js';
export {
  findIncompleteLanguages,
  hasContent,
  localized,
  localizedRequired,
  resolveLocalized,
  resolveLocalizedEntry,
} from './localized.js';
export type { FindIncompleteLanguagesOptions, Localized, LocalizedEntry } from './localized.js';
export { AssetReferenceSchema, IMAGE_MEDIA_TYPES } from './asset.js';
export type { AssetReference } from './asset.js';
export { CustomPageContentSchema, CustomPageInputSchema, CustomPageSchema } from './customPage.js';
export type { CustomPage, CustomPageContent, CustomPageInput } from './customPage.js';
export { BlockEntrySchema, defineBlock, HomePageConfigInputSchema, HomePageConfigSchema } from './homePage.js';
export type { BlockDefinition, BlockEntry, HomePageConfig, HomePageConfigInput } from './homePage.js';
export { LayoutContentSchema, LayoutSettingsInputSchema, LayoutSettingsSchema, MAX_MENU_PAGES } from './layout.js';
export type { LayoutContent, LayoutSettings, LayoutSettingsInput } from './layout.js';
export {
  CSP_DIRECTIVES,
  ExternalScriptSchema,
  InlineScriptSchema,
  ScriptSettingsInputSchema,
  ScriptSettingsSchema,
} from './scripts.js';
export type { CspDirective, ExternalScript, InlineScript, ScriptSettings, ScriptSettingsInput } from './scripts.js';
export {
  buildCatalogTree,
  CatalogCategoryContentSchema,
  CatalogCategoryInputSchema,
  CatalogCategorySchema,
  CatalogItemContentSchema,
  CatalogItemInputSchema,
  CatalogItemSchema,
  CatalogLinkSchema,
  getCatalogDescendantIds,
  getCatalogPath,
  getVisibleCategoryIds,
} from './catalog.js';
export type {
  BuildCatalogTreeOptions,
  CatalogCategory,
  CatalogCategoryContent,
  CatalogCategoryInput,
  CatalogItem,
  CatalogItemContent,
  CatalogItemInput,
  CatalogLink,
  CatalogTree,
  CatalogTreeNode,
} from './catalog.js';
export {
  AUDIENCE_KINDS,
  audienceEntries,
  AudienceSchema,
  CustomerGroupIdSchema,
  CustomerGroupSchema,
  isForViewer,
  MAX_AUDIENCE_GROUPS,
  viewerOf,
} from './audience.js';
export type { Audience, AudienceKind, AudienceLimited, CustomerGroup, Viewer } from './audience.js';
export {
  getScheduleState,
  isPublishWindowOrdered,
  isShownAt,
  isWithinWindow,
  PUBLISH_WINDOW_ORDER_MESSAGE,
  publishWindowCheck,
  publishWindowEntries,
  UtcTimestampSchema,
} from './schedule.js';
export type { PublishWindow, ScheduleState } from './schedule.js';
export { TICKET_STATE_TYPES, TicketSchema, TicketStateTypeSchema } from './ticket.js';
export type { Ticket, TicketStateType } from './ticket.js';
export { toFieldIssues, validateRecord } from './validate.js';
export type { FieldIssue, ValidationResult } from './validate.js';
