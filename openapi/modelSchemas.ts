// The JSON Schemas of the contract's records, derived from the model's valibot schemas: the model
// is the one source of truth, `generate.ts` writes these into portal.yaml, and a test fails when
// the document and the model drift apart.
import { toJsonSchemaDefs, type JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { SearchResultSchema } from '../src/adapters/schemas.js';
import {
  AssetReferenceSchema,
  BlockEntrySchema,
  CatalogCategoryContentSchema,
  CatalogCategoryInputSchema,
  CatalogCategorySchema,
  CatalogItemContentSchema,
  CatalogItemInputSchema,
  CatalogItemSchema,
  CatalogLinkSchema,
  CustomerGroupSchema,
  CustomPageContentSchema,
  CustomPageInputSchema,
  CustomPageSchema,
  ExternalScriptSchema,
  HomePageConfigInputSchema,
  HomePageConfigSchema,
  InlineScriptSchema,
  LANGUAGE_TAG_PATTERN,
  LanguageTagSchema,
  LayoutContentSchema,
  LayoutSettingsInputSchema,
  LayoutSettingsSchema,
  ScriptSettingsInputSchema,
  ScriptSettingsSchema,
  TicketSchema,
  TicketStateTypeSchema,
  ValiditySchema,
} from '../src/model/index.js';
import {
  CatalogCategoryRevisionSchema,
  CatalogItemRevisionSchema,
  CustomPageRevisionSchema,
  HomePageRevisionSchema,
  LayoutRevisionSchema,
  RestoredFromSchema,
  RevisionActionSchema,
  RevisionAuthorSchema,
  RevisionRecordKindSchema,
  RevisionSchema,
  ScriptSettingsRevisionSchema,
} from '../src/model/revision.js';

/** The model schemas published as `components.schemas`, by component name (in document order). */
export const MODEL_SCHEMAS = {
  Validity: ValiditySchema,
  LanguageTag: LanguageTagSchema,
  AssetReference: AssetReferenceSchema,
  CustomPageContent: CustomPageContentSchema,
  CustomPage: CustomPageSchema,
  CustomPageInput: CustomPageInputSchema,
  BlockEntry: BlockEntrySchema,
  HomePageConfig: HomePageConfigSchema,
  HomePageConfigInput: HomePageConfigInputSchema,
  LayoutContent: LayoutContentSchema,
  LayoutSettings: LayoutSettingsSchema,
  LayoutSettingsInput: LayoutSettingsInputSchema,
  ExternalScript: ExternalScriptSchema,
  InlineScript: InlineScriptSchema,
  ScriptSettings: ScriptSettingsSchema,
  ScriptSettingsInput: ScriptSettingsInputSchema,
  CatalogCategoryContent: CatalogCategoryContentSchema,
  CatalogCategory: CatalogCategorySchema,
  CatalogCategoryInput: CatalogCategoryInputSchema,
  CatalogLink: CatalogLinkSchema,
  CatalogItemContent: CatalogItemContentSchema,
  CatalogItem: CatalogItemSchema,
  CatalogItemInput: CatalogItemInputSchema,
  TicketStateType: TicketStateTypeSchema,
  Ticket: TicketSchema,
  SearchResult: SearchResultSchema,
  CustomerGroup: CustomerGroupSchema,
  RevisionRecordKind: RevisionRecordKindSchema,
  RevisionAuthor: RevisionAuthorSchema,
  RevisionAction: RevisionActionSchema,
  RestoredFrom: RestoredFromSchema,
  CustomPageRevision: CustomPageRevisionSchema,
  HomePageRevision: HomePageRevisionSchema,
  CatalogItemRevision: CatalogItemRevisionSchema,
  CatalogCategoryRevision: CatalogCategoryRevisionSchema,
  LayoutRevision: LayoutRevisionSchema,
  ScriptSettingsRevision: ScriptSettingsRevisionSchema,
  Revision: RevisionSchema,
} satisfies Record<string, v.GenericSchema>;

/** A component name of {@link MODEL_SCHEMAS}. */
export type ModelSchemaName = keyof typeof MODEL_SCHEMAS;

/** One line per component, for readers of the document. */
const DESCRIPTIONS: Record<ModelSchemaName, string> = {
  Validity: 'Whether a record is shown in the portal: only `valid` records appear there.',
  LanguageTag: 'A BCP 47 language tag such as `en`, `de`, `pt-BR` or `ar` (the server also checks it with `Intl`).',
  AssetReference: 'A stored file (usually an image): where it is served from and what it is.',
  CustomPageContent: 'One language of a custom page.',
  CustomPage: 'A free page of the portal, reached by its slug.',
  CustomPageInput: 'What an editor sends to create or replace a custom page (the server sets id, version and updatedAt).',
  BlockEntry: 'One block of the home page; `props` is checked by the block type’s own schema.',
  HomePageConfig: 'The home page: blocks in display order.',
  HomePageConfigInput: 'What the home page editor saves.',
  LayoutContent: 'Texts of the layout in one language.',
  LayoutSettings: 'The portal’s look and feel.',
  LayoutSettingsInput: 'What the layout editor saves.',
  ExternalScript: 'A script loaded from a URL.',
  InlineScript: 'A code snippet run with the page’s CSP nonce.',
  ScriptSettings: 'Custom scripts and the extra Content-Security-Policy origins they need.',
  ScriptSettingsInput: 'What the scripts editor saves.',
  CatalogCategoryContent: 'One language of a catalog category.',
  CatalogCategory: 'A category of the service catalog; categories nest through `parentId`.',
  CatalogCategoryInput: 'What the category editor saves.',
  CatalogLink: 'A link of a catalog item in one language.',
  CatalogItemContent: 'One language of a catalog item.',
  CatalogItem: 'A service offer of the catalog; it appears in each of its categories.',
  CatalogItemInput: 'What the item editor saves: like the record, with at least one category.',
  TicketStateType: 'The kind of a ticket state.',
  Ticket: 'A ticket of the signed-in customer (read-only).',
  SearchResult: 'One search hit, ready to render as a link.',
  CustomerGroup: 'A customer group the host offers for audiences (a company, a service level).',
  RevisionRecordKind: 'The kinds of records that keep a revision history.',
  RevisionAuthor: 'Who saved a revision, as the host knows the admin.',
  RevisionAction: 'What made a revision: the first save, a later save, or a restore.',
  RestoredFrom: 'The revision a restore wrote back.',
  CustomPageRevision: 'A revision of a custom page: the page as saved, with who, when and what changed.',
  HomePageRevision: 'A revision of the home page configuration.',
  CatalogItemRevision: 'A revision of a catalog item.',
  CatalogCategoryRevision: 'A revision of a catalog category.',
  LayoutRevision: 'A revision of the layout settings.',
  ScriptSettingsRevision: 'A revision of the script settings.',
  Revision: 'One saved state of a record, with who saved it, when, and the dot paths of the fields that changed.',
};

/**
 * A case-insensitive pattern (`/…/i`) written out for JSON Schema, which has no flags: every
 * letter in a character class or outside one also matches its upper-case form.
 */
export function caselessPattern(source: string): string {
  let result = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index] as string;
    if (character === '\\') {
      // An escape (`\d`, `\s`, `\/`) is copied as it is.
      result += character + (source[index + 1] ?? '');
      index += 1;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      const range = /^([a-z])-([a-z])/.exec(source.slice(index));
      if (range) {
        result += `${range[0]}${range[1]!.toUpperCase()}-${range[2]!.toUpperCase()}`;
        index += 2;
        continue;
      }
      result += /[a-z]/.test(character) ? character + character.toUpperCase() : character;
      continue;
    }
    if (character === '[') inClass = true;
    result += /[a-z]/.test(character) ? `[${character}${character.toUpperCase()}]` : character;
  }
  return result;
}

function stripSchemaKeyword(schema: JsonSchema): JsonSchema {
  const { $schema: _ignored, ...rest } = schema as JsonSchema & { $schema?: string };
  return rest as JsonSchema;
}

/**
 * The JSON Schemas (draft 2020-12, as OpenAPI 3.1 uses) of {@link MODEL_SCHEMAS}, referring to
 * each other as `#/components/schemas/<Name>`. What JSON Schema cannot say is left to the
 * server, which checks every write with the model itself: trimming, and `check` actions such as
 * unique block ids.
 */
export function modelJsonSchemas(): Record<ModelSchemaName, JsonSchema> {
  const definitions = toJsonSchemaDefs(MODEL_SCHEMAS, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    ignoreActions: ['trim', 'check', 'partial_check'],
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction.type !== 'regex') return undefined;
      const pattern = (valibotAction as unknown as { requirement: RegExp }).requirement;
      if (pattern.flags.replace('i', '') !== '') throw new Error(`The pattern ${String(pattern)} has flags JSON Schema cannot express`);
      return { ...jsonSchema, pattern: pattern.flags.includes('i') ? caselessPattern(pattern.source) : pattern.source };
    },
  });
  // The model checks a tag with a pattern and `Intl` (a `check` action); the document publishes the pattern.
  definitions.LanguageTag = { type: 'string', pattern: caselessPattern(LANGUAGE_TAG_PATTERN.source) };
  const result = {} as Record<ModelSchemaName, JsonSchema>;
  for (const name of Object.keys(MODEL_SCHEMAS) as ModelSchemaName[]) {
    result[name] = { description: DESCRIPTIONS[name], ...stripSchemaKeyword(definitions[name]) } as JsonSchema;
  }
  return result;
}
