import * as v from 'valibot';
import { IdSchema, STORED_KEYS, storedRecordEntries } from './common.js';
import { audienceEntries } from './audience.js';
import { publishWindowCheck, publishWindowEntries } from './schedule.js';

/**
 * One block of the home page as stored: `type` names the block (`hero-unit`), `props` holds
 * its settings. The typed union of all block types (and each block's props schema) lives with
 * the blocks (`blocks/registry`), so adding a block never touches the model; the model checks
 * the envelope and leaves `props` to the block's own schema.
 */
export const BlockEntrySchema = v.pipe(
  v.object({
    /** Unique within the page; stable across reorders (used as the React key and editor anchor). */
    id: IdSchema,
    /** The block type, e.g. `hero-unit`. */
    type: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A block type is a lowercase name such as "hero-unit"')),
    /** Hidden blocks stay configured but are not shown. */
    hidden: v.boolean(),
    /** The block's settings; checked against the block's own schema. */
    props: v.record(v.string(), v.unknown()),
    /** Shown from this instant on (UTC, inclusive), when set; see `publishWindowEntries`. */
    visibleFrom: publishWindowEntries.visibleFrom,
    /** Shown until this instant (UTC, exclusive), when set. */
    visibleUntil: publishWindowEntries.visibleUntil,
    /** Who sees the block, when limited; see `audienceEntries`. */
    audience: audienceEntries.audience,
  }),
  publishWindowCheck(),
);
/** See {@link BlockEntrySchema}. */
export type BlockEntry = v.InferOutput<typeof BlockEntrySchema>;

const uniqueBlockIds = v.check<BlockEntry[], string>(
  (blocks) => new Set(blocks.map((block) => block.id)).size === blocks.length,
  'Each block needs its own id',
);

/** The home page: an ordered list of blocks (the admin may reorder and hide them). */
export const HomePageConfigSchema = v.object({
  ...storedRecordEntries,
  /** Blocks in display order. */
  blocks: v.pipe(v.array(BlockEntrySchema), uniqueBlockIds),
});
/** See {@link HomePageConfigSchema}. */
export type HomePageConfig = v.InferOutput<typeof HomePageConfigSchema>;

/** What the home page editor saves (the store sets id, version, updatedAt). */
export const HomePageConfigInputSchema = v.omit(HomePageConfigSchema, STORED_KEYS);
/** See {@link HomePageConfigInputSchema}. */
export type HomePageConfigInput = v.InferOutput<typeof HomePageConfigInputSchema>;

/**
 * A block type defined once: its name, the schema of its props and a factory for the props of
 * a newly added block. The render function and the editor form live beside it (Puck's model).
 */
export interface BlockDefinition<Type extends string = string, Schema extends v.GenericSchema = v.GenericSchema> {
  /** The stored `type` of the block, e.g. `hero-unit`. */
  type: Type;
  /** Schema of the block's `props`. */
  schema: Schema;
  /** Props of a newly added block (a fresh object each call). */
  defaultProps: () => v.InferOutput<Schema>;
  /** At most this many blocks of the type on one page. @default unlimited */
  maxPerPage?: number | undefined;
}

/** Declares a block type; returns the definition with its literal types kept. */
export function defineBlock<const Type extends string, Schema extends v.GenericSchema>(
  definition: BlockDefinition<Type, Schema>,
): BlockDefinition<Type, Schema> {
  return definition;
}
