import * as v from 'valibot';
import { AssetReferenceSchema } from './asset.js';
import { HrefSchema, IdSchema, InternalTitleSchema, STORED_KEYS, storedRecordEntries, ValiditySchema } from './common.js';
import { localizedRequired } from './localized.js';
import { audienceEntries } from './audience.js';
import { isShownAt, publishWindowCheck, publishWindowEntries } from './schedule.js';

/** Display order among siblings: lower first. */
const OrderSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One language of a catalog category. */
export const CatalogCategoryContentSchema = v.object({
  /** The name the customer sees. */
  name: v.pipe(v.string(), v.maxLength(200)),
  /** A short description (plain text). */
  description: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});
/** See {@link CatalogCategoryContentSchema}. */
export type CatalogCategoryContent = v.InferOutput<typeof CatalogCategoryContentSchema>;

/** A category of the service catalog; categories nest to any depth through `parentId`. */
export const CatalogCategorySchema = v.object({
  ...storedRecordEntries,
  /** Shown only in admin screens. */
  internalTitle: InternalTitleSchema,
  /** Only valid categories with a valid path to the root are shown in the portal. */
  validity: ValiditySchema,
  /** The parent category, or `null` for a top-level category. */
  parentId: v.nullable(IdSchema),
  /** Order among siblings, lower first. */
  order: OrderSchema,
  /** Name and description per language; at least one language. */
  content: localizedRequired(CatalogCategoryContentSchema),
});
/** See {@link CatalogCategorySchema}. */
export type CatalogCategory = v.InferOutput<typeof CatalogCategorySchema>;

/** What the category editor saves. */
export const CatalogCategoryInputSchema = v.omit(CatalogCategorySchema, STORED_KEYS);
/** See {@link CatalogCategoryInputSchema}. */
export type CatalogCategoryInput = v.InferOutput<typeof CatalogCategoryInputSchema>;

/** A link of a catalog item (form, documentation), in one language. */
export const CatalogLinkSchema = v.object({
  /** The link text. */
  label: v.pipe(v.string(), v.maxLength(200)),
  /** Relative path or absolute URL; only safe protocols are rendered as links. */
  url: HrefSchema,
});
/** See {@link CatalogLinkSchema}. */
export type CatalogLink = v.InferOutput<typeof CatalogLinkSchema>;

/** One language of a catalog item. */
export const CatalogItemContentSchema = v.object({
  /** The title the customer sees. */
  title: v.pipe(v.string(), v.maxLength(300)),
  /** Rich text as HTML; always sanitized before it reaches the DOM. */
  text: v.pipe(v.string(), v.maxLength(500_000)),
  /** Links in this language. */
  links: v.array(CatalogLinkSchema),
  /** Alt text of the item's image in this language. */
  imageAlt: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
/** See {@link CatalogItemContentSchema}. */
export type CatalogItemContent = v.InferOutput<typeof CatalogItemContentSchema>;

const catalogItemEntries = {
  ...storedRecordEntries,
  /** Shown only in admin screens. */
  internalTitle: InternalTitleSchema,
  /** Only valid items are shown in the portal. */
  validity: ValiditySchema,
  /**
   * The categories the item appears in. An item left without a category (its only category
   * was deleted) stays stored but is not shown in the portal until it is assigned again.
   */
  categoryIds: v.pipe(
    v.array(IdSchema),
    v.check((ids) => new Set(ids).size === ids.length, 'A category is listed twice'),
  ),
  /** An optional picture. */
  image: v.nullable(AssetReferenceSchema),
  /** Order within its categories, lower first. */
  order: OrderSchema,
  /** Title, text, links and image alt text per language; at least one language. */
  content: localizedRequired(CatalogItemContentSchema),
  ...publishWindowEntries,
  ...audienceEntries,
};

/**
 * A service offer of the catalog; it appears in each of its categories while it is `valid` and
 * inside its optional publish window (`visibleFrom`, `visibleUntil`).
 */
export const CatalogItemSchema = v.pipe(v.object(catalogItemEntries), publishWindowCheck());
/** See {@link CatalogItemSchema}. */
export type CatalogItem = v.InferOutput<typeof CatalogItemSchema>;

/** What the item editor saves: like the record, but at least one category is required. */
export const CatalogItemInputSchema = v.pipe(
  v.object({
    ...v.omit(v.object(catalogItemEntries), STORED_KEYS).entries,
    categoryIds: v.pipe(
      v.array(IdSchema),
      v.minLength(1, 'Choose at least one category'),
      v.check((ids) => new Set(ids).size === ids.length, 'A category is listed twice'),
    ),
  }),
  publishWindowCheck(),
);
/** See {@link CatalogItemInputSchema}. */
export type CatalogItemInput = v.InferOutput<typeof CatalogItemInputSchema>;

/** A category placed in the tree. */
export interface CatalogTreeNode {
  /** The category. */
  category: CatalogCategory;
  /** Sub-categories, in display order. */
  children: CatalogTreeNode[];
  /** The parent node, `null` at the top level. */
  parent: CatalogTreeNode | null;
  /** 0 at the top level. */
  depth: number;
}

/** Categories arranged as a tree; see {@link buildCatalogTree}. */
export interface CatalogTree {
  /** Top-level categories, in display order. */
  roots: CatalogTreeNode[];
  /** Every placed category by id. */
  nodes: ReadonlyMap<string, CatalogTreeNode>;
}

/** Options of {@link buildCatalogTree}. */
export interface BuildCatalogTreeOptions {
  /**
   * Keep only valid categories whose every ancestor is valid (what the portal shows).
   * @default true
   */
  validOnly?: boolean | undefined;
}

const byOrder = (a: CatalogTreeNode, b: CatalogTreeNode) =>
  a.category.order - b.category.order || a.category.internalTitle.localeCompare(b.category.internalTitle) || a.category.id.localeCompare(b.category.id);

/**
 * Arranges categories as a tree. A category is placed only when it has a path to the top
 * level: one whose parent is missing (or, with `validOnly`, not valid) is left out with all
 * its descendants, and so is a cycle of categories that are each other's parents.
 */
export function buildCatalogTree(categories: readonly CatalogCategory[], options: BuildCatalogTreeOptions = {}): CatalogTree {
  const { validOnly = true } = options;
  const candidates = new Map<string, CatalogCategory>();
  for (const category of categories) {
    if (validOnly && category.validity !== 'valid') continue;
    if (!candidates.has(category.id)) candidates.set(category.id, category);
  }
  const childrenOf = new Map<string | null, CatalogCategory[]>();
  for (const category of candidates.values()) {
    const siblings = childrenOf.get(category.parentId) ?? [];
    siblings.push(category);
    childrenOf.set(category.parentId, siblings);
  }
  const nodes = new Map<string, CatalogTreeNode>();
  // Walking down from the top level places exactly the categories with a path to the root;
  // cycles are never reached, so they cannot loop.
  const place = (parent: CatalogTreeNode | null): CatalogTreeNode[] => {
    const placed = (childrenOf.get(parent ? parent.category.id : null) ?? [])
      .filter((category) => !nodes.has(category.id))
      .map((category) => {
        const node: CatalogTreeNode = { category, children: [], parent, depth: parent ? parent.depth + 1 : 0 };
        nodes.set(category.id, node);
        return node;
      });
    for (const node of placed) node.children = place(node);
    return placed.sort(byOrder);
  };
  return { roots: place(null), nodes };
}

/** The categories from the top level down to `categoryId` (for breadcrumbs); empty if it is not in the tree. */
export function getCatalogPath(tree: CatalogTree, categoryId: string): CatalogCategory[] {
  const path: CatalogCategory[] = [];
  for (let node = tree.nodes.get(categoryId) ?? null; node; node = node.parent) path.unshift(node.category);
  return path;
}

/** The ids of `categoryId` and all categories below it in the tree. */
export function getCatalogDescendantIds(tree: CatalogTree, categoryId: string): string[] {
  const start = tree.nodes.get(categoryId);
  if (!start) return [];
  const ids: string[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const node = stack.pop() as CatalogTreeNode;
    ids.push(node.category.id);
    stack.push(...node.children);
  }
  return ids;
}

/**
 * The categories of `tree` an item is shown in at `at`: none unless the item is valid and `at`
 * lies inside its publish window; otherwise its categories that are placed in the tree (valid,
 * with a valid path to the root).
 */
export function getVisibleCategoryIds(item: CatalogItem, tree: CatalogTree, at: Date = new Date()): string[] {
  if (!isShownAt(item, at)) return [];
  return item.categoryIds.filter((id) => tree.nodes.has(id));
}
