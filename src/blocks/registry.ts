import * as v from 'valibot';
import { createId, IdSchema } from '../model/common.js';
import type { BlockDefinition, BlockEntry } from '../model/homePage.js';
import { audienceEntries } from '../model/audience.js';
import { isPublishWindowOrdered, PUBLISH_WINDOW_ORDER_MESSAGE, publishWindowEntries } from '../model/schedule.js';
import { toFieldIssues, type FieldIssue } from '../model/validate.js';
import { contentCardsBlock } from './ContentCards/block.js';
import { heroUnitBlock } from './HeroUnit/block.js';
import { imageTeasersBlock } from './ImageTeasers/block.js';
import { linkListsBlock } from './LinkLists/block.js';
import { ticketListBlock } from './TicketList/block.js';

/**
 * Every home page block type, in the default order of a new home page. Adding a block type is
 * one new folder (`block.ts`, render function, editor form) and one line here.
 */
export const blockDefinitions = [heroUnitBlock, ticketListBlock, imageTeasersBlock, linkListsBlock, contentCardsBlock] as const;

type Definitions = typeof blockDefinitions;

/** The name of a block type (`hero-unit`, `ticket-list`, …). */
export type HomePageBlockType = Definitions[number]['type'];

type BlockSchemaOf<Definition extends BlockDefinition> = v.ObjectSchema<
  {
    readonly id: typeof IdSchema;
    readonly type: v.LiteralSchema<Definition['type'], undefined>;
    readonly hidden: v.BooleanSchema<undefined>;
    readonly props: Definition['schema'];
    readonly visibleFrom: typeof publishWindowEntries.visibleFrom;
    readonly visibleUntil: typeof publishWindowEntries.visibleUntil;
    readonly audience: typeof audienceEntries.audience;
  },
  undefined
>;

function blockSchema<Definition extends BlockDefinition>(definition: Definition): BlockSchemaOf<Definition> {
  return v.object({
    id: IdSchema,
    type: v.literal(definition.type),
    hidden: v.boolean(),
    props: definition.schema,
    ...publishWindowEntries,
    ...audienceEntries,
  }) as BlockSchemaOf<Definition>;
}

// Maps the tuple of definitions to a tuple of block schemas, keeping each element's types.
type BlockSchemas<List extends readonly BlockDefinition[]> = {
  -readonly [K in keyof List]: List[K] extends BlockDefinition ? BlockSchemaOf<List[K]> : never;
};

/** The schema of one typed block: a discriminated union keyed by `type`. */
export const HomePageBlockSchema = v.variant('type', blockDefinitions.map(blockSchema) as unknown as BlockSchemas<Definitions>);

/** A typed home page block: `{ id, type: 'hero-unit', hidden, props: HeroUnitBlockProps }` and so on. */
export type HomePageBlock = v.InferOutput<typeof HomePageBlockSchema>;

/** The block of one type. */
export type HomePageBlockOf<Type extends HomePageBlockType> = Extract<HomePageBlock, { type: Type }>;

/** The props of one block type. */
export type BlockPropsOf<Type extends HomePageBlockType> = HomePageBlockOf<Type>['props'];

/** Block definitions by type name. */
export const blockRegistry = Object.fromEntries(blockDefinitions.map((definition) => [definition.type, definition])) as {
  [Definition in Definitions[number] as Definition['type']]: Definition;
};

/** Whether `type` names a known block type. */
export function isHomePageBlockType(type: string): type is HomePageBlockType {
  return Object.prototype.hasOwnProperty.call(blockRegistry, type);
}

/** The definition of a block type, or `undefined` for an unknown type. */
export function getBlockDefinition(type: string): Definitions[number] | undefined {
  return isHomePageBlockType(type) ? blockRegistry[type] : undefined;
}

/** The whole list of typed blocks: unique ids and no more blocks of a type than the type allows. */
export const HomePageBlocksSchema = v.pipe(
  v.array(HomePageBlockSchema),
  v.check((blocks) => new Set(blocks.map((block) => block.id)).size === blocks.length, 'Each block needs its own id'),
  v.check(
    (blocks) =>
      blockDefinitions.every(
        (definition) => !definition.maxPerPage || blocks.filter((block) => block.type === definition.type).length <= definition.maxPerPage,
      ),
    'A block type appears more often than it may (the hero unit and the ticket list at most once)',
  ),
  // The variant's options must stay plain objects, so the window order is checked over the list.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    dataset.value.forEach((block, index) => {
      if (!isPublishWindowOrdered(block)) {
        addIssue({
          message: PUBLISH_WINDOW_ORDER_MESSAGE,
          path: [
            { type: 'array', origin: 'value', input: dataset.value, key: index, value: block },
            { type: 'object', origin: 'value', input: block, key: 'visibleUntil', value: block.visibleUntil },
          ],
        });
      }
    });
  }),
);

/** A stored block that cannot be rendered, and why. */
export interface BlockProblem {
  /** Position in the stored list. */
  index: number;
  /** The stored block. */
  entry: BlockEntry;
  /** `unknown-type`: no block of that name is registered; `invalid-props`: the props fail the block's schema. */
  reason: 'unknown-type' | 'invalid-props';
  /** What is wrong, with paths from the block (`props.content.de.title`). */
  issues: FieldIssue[];
}

/** Result of {@link parseHomePageBlocks}. */
export interface ParsedHomePageBlocks {
  /** The blocks that passed their schema, in stored order (hidden ones included). */
  blocks: HomePageBlock[];
  /** The blocks that did not, for a warning in the console and a mark in the editor. */
  problems: BlockProblem[];
}

/**
 * Types the stored blocks of a home page. A block of an unknown type or with malformed props is
 * reported in `problems` and left out, so one broken block never blanks the whole page.
 */
export function parseHomePageBlocks(entries: readonly BlockEntry[]): ParsedHomePageBlocks {
  const blocks: HomePageBlock[] = [];
  const problems: BlockProblem[] = [];
  entries.forEach((entry, index) => {
    if (!isHomePageBlockType(entry.type)) {
      problems.push({ index, entry, reason: 'unknown-type', issues: [{ path: 'type', code: 'unknown_block_type', message: `Unknown block type "${entry.type}"` }] });
      return;
    }
    const result = v.safeParse(HomePageBlockSchema, entry);
    if (result.success) blocks.push(result.output);
    else problems.push({ index, entry, reason: 'invalid-props', issues: toFieldIssues(result.issues) });
  });
  return { blocks, problems };
}

/**
 * Every problem of a list of blocks before it is saved, with paths from the home page record
 * (`blocks.2.props.cards`), ready for the editor's field errors.
 */
export function validateHomePageBlocks(blocks: unknown): FieldIssue[] {
  const result = v.safeParse(HomePageBlocksSchema, blocks);
  if (result.success) return [];
  return toFieldIssues(result.issues).map((issue) => ({ ...issue, path: issue.path ? `blocks.${issue.path}` : 'blocks' }));
}

/** A new block of `type` with its default props. */
export function createBlock<Type extends HomePageBlockType>(type: Type, id: string = createId('block-')): HomePageBlockOf<Type> {
  const definition = blockRegistry[type] as BlockDefinition;
  return { id, type, hidden: false, props: definition.defaultProps() } as HomePageBlockOf<Type>;
}

/** One block of every type, in the default order: the start of a new home page. */
export function createDefaultHomePageBlocks(): HomePageBlock[] {
  return blockDefinitions.map((definition) => createBlock(definition.type));
}
