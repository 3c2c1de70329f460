import type { CatalogCategory, CatalogItem } from './catalog.js';
import type { CustomPage } from './customPage.js';
import type { BlockEntry } from './homePage.js';
import type { LanguageTag } from './language.js';
import type { LayoutSettings } from './layout.js';
import { hasContent } from './localized.js';

/**
 * How far one language of a record is translated: `complete` when every localized field of
 * the record has a value in it, `incomplete` when some have, `missing` when none has.
 */
export type TranslationCompleteness = 'complete' | 'incomplete' | 'missing';

/** Every {@link TranslationCompleteness}, from done to not started. */
export const TRANSLATION_COMPLETENESS = ['complete', 'incomplete', 'missing'] as const satisfies readonly TranslationCompleteness[];

/** One per-language map of a record (`content: { en: {…}, de: {…} }`) and how to read its fields. */
export interface LocalizedGroup {
  /** The stored map, keyed by language tag. */
  content: Readonly<Record<LanguageTag, unknown>> | null | undefined;
  /** Fields that count even when no language has filled them yet (a page's title and body). @default [] */
  required?: readonly string[] | undefined;
  /** Fields holding rich text (HTML): they count as empty when they have no text. @default [] */
  richText?: readonly string[] | undefined;
}

/** The translation state of one record (or block) in each language asked for. */
export interface TranslationReport {
  /** The state per language, in the order asked for. */
  languages: Record<LanguageTag, TranslationCompleteness>;
  /** How many localized fields the record has: its required ones and every one filled in some language. */
  fieldCount: number;
  /** How many of those fields each language has filled. */
  filled: Record<LanguageTag, number>;
}

/** Counts of records per state, for one language. */
export type TranslationCounts = Record<TranslationCompleteness, number>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Character references that render as nothing a reader could call text.
const BLANK_ENTITIES = /&(nbsp|#160|#xa0|zwsp|#8203|#x200b|shy|#173);/gi;

/**
 * Whether rich text (HTML) has text a reader sees: tags, comments, whitespace and non-breaking
 * spaces do not count, so `<p><strong> </strong><br></p>` is empty, and so is a body that holds
 * only an image (it has no text in the language).
 */
export function hasRichText(html: unknown): boolean {
  if (typeof html !== 'string') return false;
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<[^>]*>?/g, '')
    .replace(BLANK_ENTITIES, '')
    .replace(/[\s\u00a0\u200b\u00ad\ufeff]/g, '');
  return text.length > 0;
}

/** The entry of `language` in a map: the exact key first, then the same tag in another case. */
function entryOf(content: Readonly<Record<LanguageTag, unknown>>, language: LanguageTag): Record<string, unknown> | undefined {
  const exact = content[language];
  if (Object.prototype.hasOwnProperty.call(content, language)) return isRecord(exact) ? exact : undefined;
  const lower = language.toLowerCase();
  const key = Object.keys(content).find((candidate) => candidate.toLowerCase() === lower);
  const found = key === undefined ? undefined : content[key];
  return isRecord(found) ? found : undefined;
}

/**
 * The translation state of a record made of one or more per-language maps, in each of
 * `languages`. A field counts when the group requires it or when any stored language (also
 * one not asked for) has filled it; a language then is `complete` when it has filled every
 * counted field, `missing` when it has filled none and `incomplete` in between. A record
 * without any counted field has nothing to translate: `fieldCount` is 0 and every language
 * is `complete`.
 */
export function getTranslationReport(groups: readonly LocalizedGroup[], languages: readonly LanguageTag[]): TranslationReport {
  const fields: Array<{ group: LocalizedGroup; content: Readonly<Record<LanguageTag, unknown>>; field: string }> = [];
  for (const group of groups) {
    const content = group.content ?? {};
    const rich = new Set(group.richText ?? []);
    const filledSomewhere = (field: string) =>
      Object.values(content).some((entry) => isRecord(entry) && (rich.has(field) ? hasRichText(entry[field]) : hasContent(entry[field])));
    const names = new Set<string>(group.required ?? []);
    for (const entry of Object.values(content)) if (isRecord(entry)) for (const field of Object.keys(entry)) if (filledSomewhere(field)) names.add(field);
    for (const field of names) fields.push({ group, content, field });
  }
  const result: TranslationReport = { languages: {}, fieldCount: fields.length, filled: {} };
  for (const language of languages) {
    const filled = fields.filter(({ group, content, field }) => {
      const value = entryOf(content, language)?.[field];
      return group.richText?.includes(field) ? hasRichText(value) : hasContent(value);
    }).length;
    result.filled[language] = filled;
    result.languages[language] = filled === fields.length ? 'complete' : filled === 0 ? 'missing' : 'incomplete';
  }
  return result;
}

/** Whether `value` looks like a per-language map: an object whose every value is an object (or absent). */
function isLocalizedMap(value: unknown): value is Record<LanguageTag, unknown> {
  return isRecord(value) && Object.values(value).every((entry) => entry === undefined || isRecord(entry));
}

/**
 * Every per-language map inside a value, found the way the model declares them: a property
 * named `content` holding `localized(…)` (a block's props, its cards, lists and links).
 */
export function findLocalizedGroups(value: unknown): LocalizedGroup[] {
  const groups: LocalizedGroup[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'content' && isLocalizedMap(child)) groups.push({ content: child });
      else walk(child);
    }
  };
  walk(value);
  return groups;
}

/** A custom page: title and body (rich text) count always. */
export function getCustomPageTranslation(page: Pick<CustomPage, 'content'>, languages: readonly LanguageTag[]): TranslationReport {
  return getTranslationReport([{ content: page.content, required: ['title', 'body'], richText: ['body'] }], languages);
}

/** A catalog category: its name counts always, its description once some language has one. */
export function getCatalogCategoryTranslation(category: Pick<CatalogCategory, 'content'>, languages: readonly LanguageTag[]): TranslationReport {
  return getTranslationReport([{ content: category.content, required: ['name'] }], languages);
}

/** A catalog item: title and text (rich text) count always; links and image alt text once some language has them. */
export function getCatalogItemTranslation(item: Pick<CatalogItem, 'content'>, languages: readonly LanguageTag[]): TranslationReport {
  return getTranslationReport([{ content: item.content, required: ['title', 'text'], richText: ['text'] }], languages);
}

/** The layout settings' texts (the logo's alt text), once some language has them. */
export function getLayoutTranslation(settings: Pick<LayoutSettings, 'content'>, languages: readonly LanguageTag[]): TranslationReport {
  return getTranslationReport([{ content: settings.content }], languages);
}

/** One home page block: every `content` map in its props (hero texts, each card, list and link). */
export function getBlockTranslation(block: Pick<BlockEntry, 'props'>, languages: readonly LanguageTag[]): TranslationReport {
  return getTranslationReport(findLocalizedGroups(block.props), languages);
}

/** The home page as a whole and block by block. */
export interface HomePageTranslation {
  /** Every block's fields together. */
  report: TranslationReport;
  /** Each block in stored order. */
  blocks: Array<{ id: string; type: string; hidden: boolean; report: TranslationReport }>;
}

/** The home page's blocks, one report each, and one for the page (all blocks' fields together). */
export function getHomePageTranslation(blocks: readonly BlockEntry[], languages: readonly LanguageTag[]): HomePageTranslation {
  return {
    report: getTranslationReport(blocks.flatMap((block) => findLocalizedGroups(block.props)), languages),
    blocks: blocks.map((block) => ({ id: block.id, type: block.type, hidden: block.hidden, report: getBlockTranslation(block, languages) })),
  };
}

/**
 * How many of `reports` are complete, incomplete and missing in each language. Reports with
 * nothing to translate (`fieldCount` 0) are left out.
 */
export function countTranslations(reports: readonly TranslationReport[], languages: readonly LanguageTag[]): Record<LanguageTag, TranslationCounts> {
  const counts: Record<LanguageTag, TranslationCounts> = {};
  for (const language of languages) counts[language] = { complete: 0, incomplete: 0, missing: 0 };
  for (const report of reports) {
    if (report.fieldCount === 0) continue;
    for (const language of languages) {
      const state = report.languages[language];
      const entry = counts[language];
      if (state && entry) entry[state] += 1;
    }
  }
  return counts;
}

/** What a record of the translation overview is. */
export type TranslationRecordKind = 'custom-page' | 'home-block' | 'catalog-category' | 'catalog-item' | 'layout';

/** Every {@link TranslationRecordKind}, in the overview's order. */
export const TRANSLATION_RECORD_KINDS = ['custom-page', 'home-block', 'catalog-category', 'catalog-item', 'layout'] as const satisfies readonly TranslationRecordKind[];

/** One record (or home page block) of the translation overview. */
export interface TranslationRecord {
  /** What it is; with `id`, where its editor is. */
  kind: TranslationRecordKind;
  /** The record's id (the block's id for `home-block`, the settings' id or `layout` for `layout`). */
  id: string;
  /** The admin's name for it: the internal title of a page, category or item; empty for blocks and layout. */
  title: string;
  /** The block type (`hero-unit`) of a `home-block`. */
  blockType?: string | undefined;
  /** Whether a `home-block` is hidden on the home page. */
  hidden?: boolean | undefined;
  /** Its translation state per language. */
  report: TranslationReport;
}

/** The stored content the overview reads; leave out what the portal does not have. */
export interface TranslationContent {
  customPages?: ReadonlyArray<Pick<CustomPage, 'id' | 'internalTitle' | 'content'>> | undefined;
  /** The home page's blocks in stored order. */
  homePageBlocks?: readonly BlockEntry[] | undefined;
  catalogCategories?: ReadonlyArray<Pick<CatalogCategory, 'id' | 'internalTitle' | 'content'>> | undefined;
  catalogItems?: ReadonlyArray<Pick<CatalogItem, 'id' | 'internalTitle' | 'content'>> | undefined;
  layout?: Pick<LayoutSettings, 'id' | 'content'> | null | undefined;
}

/** See {@link getTranslationOverview}. */
export interface TranslationOverview {
  /** The languages asked for, in order. */
  languages: LanguageTag[];
  /** Every record with something to translate, grouped by kind in {@link TRANSLATION_RECORD_KINDS} order. */
  records: TranslationRecord[];
  /** Records per state in each language. */
  counts: Record<LanguageTag, TranslationCounts>;
}

/**
 * The translation state of the portal's content in each of `languages`: one record per custom
 * page, home page block, catalog category and item, and the layout settings, each with a
 * report, and the counts per language. Records with nothing to translate (a block without
 * any text in any language) are left out. Pure: give it what the adapters returned.
 */
export function getTranslationOverview(content: TranslationContent, languages: readonly LanguageTag[]): TranslationOverview {
  const records: TranslationRecord[] = [
    ...(content.customPages ?? []).map((page) => ({ kind: 'custom-page' as const, id: page.id, title: page.internalTitle, report: getCustomPageTranslation(page, languages) })),
    ...getHomePageTranslation(content.homePageBlocks ?? [], languages).blocks.map((block) => ({
      kind: 'home-block' as const,
      id: block.id,
      title: '',
      blockType: block.type,
      hidden: block.hidden,
      report: block.report,
    })),
    ...(content.catalogCategories ?? []).map((category) => ({
      kind: 'catalog-category' as const,
      id: category.id,
      title: category.internalTitle,
      report: getCatalogCategoryTranslation(category, languages),
    })),
    ...(content.catalogItems ?? []).map((item) => ({ kind: 'catalog-item' as const, id: item.id, title: item.internalTitle, report: getCatalogItemTranslation(item, languages) })),
    ...(content.layout ? [{ kind: 'layout' as const, id: content.layout.id, title: '', report: getLayoutTranslation(content.layout, languages) }] : []),
  ].filter((record) => record.report.fieldCount > 0);
  return { languages: [...languages], records, counts: countTranslations(records.map((record) => record.report), languages) };
}

/** Every language tag used as a key of a per-language map anywhere in `content`, in first-seen order. */
export function findContentLanguages(content: TranslationContent): LanguageTag[] {
  const found = new Set<LanguageTag>();
  const add = (map: Readonly<Record<LanguageTag, unknown>> | null | undefined) => {
    for (const language of Object.keys(map ?? {})) found.add(language);
  };
  for (const record of [...(content.customPages ?? []), ...(content.catalogCategories ?? []), ...(content.catalogItems ?? [])]) add(record.content);
  for (const block of content.homePageBlocks ?? []) for (const group of findLocalizedGroups(block.props)) add(group.content);
  add(content.layout?.content);
  return [...found];
}
