// The revision history of edited records: every save keeps a revision (who, when, what
// changed, the whole record as saved), and a restore writes an old snapshot as a new version.
import * as v from 'valibot';
import { IdSchema, STORED_KEYS, TimestampSchema, VersionSchema } from './common.js';
import { CatalogCategorySchema, CatalogItemSchema } from './catalog.js';
import { CustomPageSchema } from './customPage.js';
import { HomePageConfigSchema } from './homePage.js';
import { LayoutSettingsSchema } from './layout.js';
import { ScriptSettingsSchema } from './scripts.js';
import { changedPaths, diffSnapshots, type FieldChange, type SnapshotDiffOptions } from './revisionDiff.js';

/** The kinds of records that keep a revision history. */
export const REVISION_RECORD_KINDS = ['customPage', 'homePage', 'catalogItem', 'catalogCategory', 'layout', 'scriptSettings'] as const;

/** Which kind of record a revision belongs to. */
export const RevisionRecordKindSchema = v.picklist(REVISION_RECORD_KINDS, `Expected one of ${REVISION_RECORD_KINDS.map((kind) => `"${kind}"`).join(', ')}`);
/** See {@link RevisionRecordKindSchema}. */
export type RevisionRecordKind = v.InferOutput<typeof RevisionRecordKindSchema>;

/**
 * Who saved a revision, as the host knows the admin: given with a write (`author` of the
 * write's params) or by the adapter (the bundled stores' `currentAuthor` option; a server takes
 * it from its sign-in). A revision without one has `author: null`.
 */
export const RevisionAuthorSchema = v.object({
  /** The host's id of the admin. */
  id: IdSchema,
  /** The name shown in the history. */
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'Enter a name'), v.maxLength(200)),
});
/** See {@link RevisionAuthorSchema}. */
export type RevisionAuthor = v.InferOutput<typeof RevisionAuthorSchema>;

/** What a revision was made by: the first save, a later save, or a restore of an older revision. */
export const RevisionActionSchema = v.picklist(['create', 'update', 'restore'] as const);
/** See {@link RevisionActionSchema}. */
export type RevisionAction = v.InferOutput<typeof RevisionActionSchema>;

/** The revision a restore wrote back. */
export const RestoredFromSchema = v.object({
  /** The id of the restored revision. */
  revisionId: IdSchema,
  /** The record version that revision had saved. */
  version: VersionSchema,
});
/** See {@link RestoredFromSchema}. */
export type RestoredFrom = v.InferOutput<typeof RestoredFromSchema>;

const revisionEntries = {
  /** The store's id of the revision. */
  id: IdSchema,
  /** The id of the record it is a revision of (the store's id of a one-of-a-kind record, such as `home-page`). */
  recordId: IdSchema,
  /** The record's version this revision saved: its `snapshot.version`. */
  version: VersionSchema,
  /** Who saved it, when known. */
  author: v.nullable(RevisionAuthorSchema),
  /** When it was saved: its `snapshot.updatedAt`. */
  savedAt: TimestampSchema,
  /** Whether a first save, a later save or a restore made it. */
  action: RevisionActionSchema,
  /**
   * The dot paths of the fields that differ from the record as it was before this save
   * (`content.de.title`, `validity`); empty for a first save and for a save that changed nothing.
   */
  changes: v.array(v.pipe(v.string(), v.maxLength(500))),
  /** Set when a restore made this revision. */
  restoredFrom: v.optional(RestoredFromSchema),
};

/** A revision of a custom page. */
export const CustomPageRevisionSchema = v.object({
  ...revisionEntries,
  recordKind: v.literal('customPage'),
  /** The page as it was saved. */
  snapshot: CustomPageSchema,
});
/** See {@link CustomPageRevisionSchema}. */
export type CustomPageRevision = v.InferOutput<typeof CustomPageRevisionSchema>;

/** A revision of the home page configuration. */
export const HomePageRevisionSchema = v.object({
  ...revisionEntries,
  recordKind: v.literal('homePage'),
  /** The configuration as it was saved. */
  snapshot: HomePageConfigSchema,
});
/** See {@link HomePageRevisionSchema}. */
export type HomePageRevision = v.InferOutput<typeof HomePageRevisionSchema>;

/** A revision of a catalog item. */
export const CatalogItemRevisionSchema = v.object({
  ...revisionEntries,
  recordKind: v.literal('catalogItem'),
  /** The item as it was saved. */
  snapshot: CatalogItemSchema,
});
/** See {@link CatalogItemRevisionSchema}. */
export type CatalogItemRevision = v.InferOutput<typeof CatalogItemRevisionSchema>;

/** A revision of a catalog category. */
export const CatalogCategoryRevisionSchema = v.object({
  ...revisionEntries,
  recordKind: v.literal('catalogCategory'),
  /** The category as it was saved. */
  snapshot: CatalogCategorySchema,
});
/** See {@link CatalogCategoryRevisionSchema}. */
export type CatalogCategoryRevision = v.InferOutput<typeof CatalogCategoryRevisionSchema>;

/** A revision of the layout settings. */
export const LayoutRevisionSchema = v.object({
  ...revisionEntries,
  recordKind: v.literal('layout'),
  /** The settings as they were saved. */
  snapshot: LayoutSettingsSchema,
});
/** See {@link LayoutRevisionSchema}. */
export type LayoutRevision = v.InferOutput<typeof LayoutRevisionSchema>;

/** A revision of the script settings. */
export const ScriptSettingsRevisionSchema = v.object({
  ...revisionEntries,
  recordKind: v.literal('scriptSettings'),
  /** The settings as they were saved. */
  snapshot: ScriptSettingsSchema,
});
/** See {@link ScriptSettingsRevisionSchema}. */
export type ScriptSettingsRevision = v.InferOutput<typeof ScriptSettingsRevisionSchema>;

/** One saved state of a record, with who saved it, when, and what changed. */
export const RevisionSchema = v.variant('recordKind', [
  CustomPageRevisionSchema,
  HomePageRevisionSchema,
  CatalogItemRevisionSchema,
  CatalogCategoryRevisionSchema,
  LayoutRevisionSchema,
  ScriptSettingsRevisionSchema,
]);
/** See {@link RevisionSchema}. */
export type Revision = v.InferOutput<typeof RevisionSchema>;

/** The revision type of a record kind. */
export type RevisionOf<Kind extends RevisionRecordKind> = Extract<Revision, { recordKind: Kind }>;

/** The diff options of each record kind: which fields are rich text. */
export const REVISION_DIFF_OPTIONS: Readonly<Record<RevisionRecordKind, SnapshotDiffOptions>> = {
  customPage: {
    ignore: STORED_KEYS,
    isRichText: (path) => path.length === 3 && path[0] === 'content' && path[2] === 'body',
  },
  homePage: { ignore: STORED_KEYS },
  catalogItem: {
    ignore: STORED_KEYS,
    isRichText: (path) => path.length === 3 && path[0] === 'content' && path[2] === 'text',
  },
  catalogCategory: { ignore: STORED_KEYS },
  layout: { ignore: STORED_KEYS },
  scriptSettings: { ignore: STORED_KEYS },
};

/** The field diff between two snapshots of a record of `kind` (stored keys left out). */
export function diffRevisionSnapshots(kind: RevisionRecordKind, before: unknown, after: unknown): FieldChange[] {
  return diffSnapshots(before, after, REVISION_DIFF_OPTIONS[kind]);
}

/** What a store needs to write a revision. */
export interface BuildRevisionParams<Kind extends RevisionRecordKind> {
  /** The revision's id. */
  id: string;
  /** The kind of record. */
  recordKind: Kind;
  /** The record as it was stored before this save, or `null` for a first save. */
  previous: RevisionOf<Kind>['snapshot'] | null;
  /** The record as this save stored it. */
  record: RevisionOf<Kind>['snapshot'];
  /** Who saved it. */
  author: RevisionAuthor | null | undefined;
  /** The revision a restore wrote back. */
  restoredFrom?: RestoredFrom | undefined;
}

/**
 * The revision a store writes with a save: the snapshot, the changed paths relative to the
 * record as it was before, the action. Used by the bundled stores and the reference server, so
 * every store summarizes changes the same way.
 */
export function buildRevision<Kind extends RevisionRecordKind>(params: BuildRevisionParams<Kind>): RevisionOf<Kind> {
  const { record, previous, restoredFrom } = params;
  return {
    id: params.id,
    recordKind: params.recordKind,
    recordId: record.id,
    version: record.version,
    author: params.author ? { id: params.author.id, name: params.author.name } : null,
    savedAt: record.updatedAt,
    action: restoredFrom ? 'restore' : previous === null ? 'create' : 'update',
    changes: previous === null ? [] : changedPaths(diffRevisionSnapshots(params.recordKind, previous, record)),
    ...(restoredFrom ? { restoredFrom: { revisionId: restoredFrom.revisionId, version: restoredFrom.version } } : {}),
    snapshot: record,
  } as RevisionOf<Kind>;
}

/** The fields a restore writes back: the snapshot without the stored keys. */
export function revisionInput<Kind extends RevisionRecordKind>(revision: RevisionOf<Kind>): Omit<RevisionOf<Kind>['snapshot'], (typeof STORED_KEYS)[number]> {
  const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = revision.snapshot;
  return structuredClone(input) as unknown as Omit<RevisionOf<Kind>['snapshot'], (typeof STORED_KEYS)[number]>;
}
