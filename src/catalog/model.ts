import {
  buildCatalogTree,
  getCatalogPath,
  getVisibleCategoryIds,
  type CatalogCategory,
  type CatalogCategoryContent,
  type CatalogItem,
  type CatalogItemContent,
  type CatalogTree,
  type CatalogTreeNode,
} from '../model/catalog.js';
import { hasContent, resolveLocalizedEntry } from '../model/localized.js';
import { isForViewer, type Viewer } from '../model/audience.js';

/**
 * What the portal may show of a catalog: the valid categories with a valid path to the root
 * (as a tree) and the valid items placed in at least one of them. Everything else is absent
 * from every lookup here, so no view, search or deep link can reach it.
 */
export interface CatalogModel {
  /** Valid categories with a valid path to the root, in display order. */
  tree: CatalogTree;
  /** Visible items in display order: depth-first through the tree, each at its first category. */
  items: readonly CatalogItem[];
  /** Visible items by id. */
  itemsById: ReadonlyMap<string, CatalogItem>;
  /** The visible categories of each visible item, in tree order. */
  categoriesOfItem: ReadonlyMap<string, readonly string[]>;
  /** The visible items directly in each category, in display order (an item in two categories is in both). */
  itemsOfCategory: ReadonlyMap<string, readonly CatalogItem[]>;
  /** How many distinct visible items each category holds, its sub-categories included. */
  itemCountOfCategory: ReadonlyMap<string, number>;
}

const byItemOrder = (a: CatalogItem, b: CatalogItem) =>
  a.order - b.order || a.internalTitle.localeCompare(b.internalTitle) || a.id.localeCompare(b.id);

/** Every category node of `tree`, depth-first in display order. */
export function walkCatalogTree(tree: CatalogTree): CatalogTreeNode[] {
  const nodes: CatalogTreeNode[] = [];
  const stack = [...tree.roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as CatalogTreeNode;
    nodes.push(node);
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as CatalogTreeNode);
  }
  return nodes;
}

/**
 * Applies the portal's visibility rules to raw catalog records at `at` for `viewer` (validity,
 * publish windows, audiences, placement in the tree): see {@link CatalogModel}. Records of any
 * validity may be passed; duplicates (same id) keep the first. An item not for `viewer` is
 * absent from every lookup, count and search built on the model.
 * @param viewer who looks (`null`: an anonymous visitor; see `viewerOf`) @default null
 */
export function createCatalogModel(categories: readonly CatalogCategory[], items: readonly CatalogItem[], at: Date = new Date(), viewer: Viewer = null): CatalogModel {
  const tree = buildCatalogTree(categories, { validOnly: true });
  const order = new Map<string, number>();
  const walked = walkCatalogTree(tree);
  walked.forEach((node, index) => order.set(node.category.id, index));

  const itemsOfCategory = new Map<string, CatalogItem[]>();
  const categoriesOfItem = new Map<string, string[]>();
  const itemsById = new Map<string, CatalogItem>();
  for (const item of items) {
    if (itemsById.has(item.id) || !isForViewer(item, viewer)) continue;
    const visible = getVisibleCategoryIds(item, tree, at);
    if (visible.length === 0) continue;
    const sorted = [...new Set(visible)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    itemsById.set(item.id, item);
    categoriesOfItem.set(item.id, sorted);
    for (const categoryId of sorted) {
      const list = itemsOfCategory.get(categoryId);
      if (list) list.push(item);
      else itemsOfCategory.set(categoryId, [item]);
    }
  }
  for (const list of itemsOfCategory.values()) list.sort(byItemOrder);

  const ordered: CatalogItem[] = [];
  const seen = new Set<string>();
  for (const node of walked) {
    for (const item of itemsOfCategory.get(node.category.id) ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      ordered.push(item);
    }
  }

  // Counted bottom-up with sets, because an item in two sub-categories counts once above them.
  const itemCountOfCategory = new Map<string, number>();
  const below = new Map<string, Set<string>>();
  for (let index = walked.length - 1; index >= 0; index -= 1) {
    const node = walked[index] as CatalogTreeNode;
    const ids = new Set<string>((itemsOfCategory.get(node.category.id) ?? []).map((item) => item.id));
    for (const child of node.children) for (const id of below.get(child.category.id) ?? []) ids.add(id);
    below.set(node.category.id, ids);
    itemCountOfCategory.set(node.category.id, ids.size);
  }

  return { tree, items: ordered, itemsById, categoriesOfItem, itemsOfCategory, itemCountOfCategory };
}

/** A remembered model and the span of time in which it stays true (no item's window starts or ends). */
interface RememberedModel {
  model: CatalogModel;
  from: number;
  until: number;
}

const models = new WeakMap<readonly CatalogCategory[], WeakMap<readonly CatalogItem[], Map<string, RememberedModel>>>();

/** One text per viewer, for remembering a model per viewer. */
const viewerText = (viewer: Viewer) => (viewer === null ? '' : `signed-in:${[...new Set(viewer.groups)].sort().join('\u0000')}`);

/** The window boundaries of `items` closest to `time` on either side: the span in which their visibility cannot change. */
function stableSpan(items: readonly CatalogItem[], time: number): { from: number; until: number } {
  let from = Number.NEGATIVE_INFINITY;
  let until = Number.POSITIVE_INFINITY;
  for (const item of items) {
    for (const boundary of [item.visibleFrom, item.visibleUntil]) {
      if (!boundary) continue;
      const instant = Date.parse(boundary);
      if (instant <= time) from = Math.max(from, instant);
      else until = Math.min(until, instant);
    }
  }
  return { from, until };
}

/**
 * {@link createCatalogModel}, remembered for the same two arrays and viewer (so remounting a view
 * does not redo it) as long as no item's publish window starts or ends between the two instants.
 */
export function getCatalogModel(categories: readonly CatalogCategory[], items: readonly CatalogItem[], at: Date = new Date(), viewer: Viewer = null): CatalogModel {
  let byItems = models.get(categories);
  if (!byItems) {
    byItems = new WeakMap();
    models.set(categories, byItems);
  }
  let byViewer = byItems.get(items);
  if (!byViewer) {
    byViewer = new Map();
    byItems.set(items, byViewer);
  }
  const time = at.getTime();
  const key = viewerText(viewer);
  const remembered = byViewer.get(key);
  if (remembered && time >= remembered.from && time < remembered.until) return remembered.model;
  const model = createCatalogModel(categories, items, at, viewer);
  byViewer.set(key, { model, ...stableSpan(items, time) });
  return model;
}

/** A category's name and description in the customer's language; see `resolveLocalizedEntry` for the fallback. */
export interface LocalizedCategory {
  /** The name; empty when no language has one. */
  name: string;
  /** The description, if any. */
  description: string | undefined;
  /** The language the text is in (for a `lang` attribute when it differs from the page's). */
  language: string | undefined;
}

/** The category's text to show in `language`, falling back to `defaultLanguage`, then to the first language with content. */
export function localizeCategory(category: CatalogCategory, language: string, defaultLanguage?: string): LocalizedCategory {
  const entry = resolveLocalizedEntry<CatalogCategoryContent>(category.content, language, defaultLanguage);
  return { name: entry?.value.name ?? '', description: entry?.value.description || undefined, language: entry?.language };
}

/** An item's content in the customer's language, chosen as a whole (title, text and links in one language). */
export interface LocalizedItem {
  title: string;
  /** Rich text (HTML, unsanitized: render it only through `SafeHtml`). */
  text: string;
  links: CatalogItemContent['links'];
  imageAlt: string | undefined;
  /** The language the content is in. */
  language: string | undefined;
}

/** The stored content of `item` that {@link localizeItem} shows, with its language; `undefined` when no language has content. */
export function resolveItemContent(item: CatalogItem, language: string, defaultLanguage?: string): { language: string; value: CatalogItemContent } | undefined {
  // The common case first (the exact language has content), as `resolveLocalizedEntry` would
  // pick it too: indexing ten thousand items calls this ten thousand times.
  const exact = item.content[language];
  return exact && (exact.title !== '' || hasContent(exact)) ? { language, value: exact } : resolveLocalizedEntry<CatalogItemContent>(item.content, language, defaultLanguage);
}

/** The item's content to show in `language`, falling back to `defaultLanguage`, then to the first language with content. */
export function localizeItem(item: CatalogItem, language: string, defaultLanguage?: string): LocalizedItem {
  const entry = resolveItemContent(item, language, defaultLanguage);
  const value = entry?.value;
  return {
    title: value?.title ?? '',
    text: value?.text ?? '',
    links: value?.links ?? [],
    imageAlt: value?.imageAlt,
    language: entry?.language,
  };
}

/** The categories from the top down to `categoryId` in the model's tree; empty when it is not shown. */
export function getCategoryPath(model: CatalogModel, categoryId: string): CatalogCategory[] {
  return getCatalogPath(model.tree, categoryId);
}
