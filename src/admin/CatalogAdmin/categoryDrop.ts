import type { CatalogCategory } from '../../model/catalog.js';
import { canMoveCategory } from './visibility.js';

/**
 * Where a dragged category is dropped: before or after another category (among that one's
 * siblings), into another category (as its last sub-category), or onto the top level zone.
 */
export type CategoryDropTarget = { kind: 'before' | 'after' | 'inside'; categoryId: string } | { kind: 'top-level' };

/** What a drop does: nothing (it lands where it already is), refused (a cycle), or a move. */
export type CategoryDropDecision =
  | { kind: 'none' }
  | { kind: 'refused'; reason: 'cycle' }
  | {
      kind: 'move';
      /** The dropped category. */
      categoryId: string;
      /** Its parent after the drop (`null`: the top level). */
      parentId: string | null;
      /** The new parent's sub-categories in their new order, the dropped one included. */
      siblingIds: string[];
    };

/** One save the drop needs: the category as stored, and what changes. */
export interface CategoryWrite {
  category: CatalogCategory;
  change: { parentId?: string | null; order?: number };
}

const TOP_LEVEL_ID = 'catalog-drop:top-level';
const PREFIX = 'catalog-drop:';

/** The dnd-kit droppable id of a target (ids of categories may contain any character, so the kind comes first). */
export function toDropId(target: CategoryDropTarget): string {
  return target.kind === 'top-level' ? TOP_LEVEL_ID : `${PREFIX}${target.kind}:${target.categoryId}`;
}

/** The target behind a droppable id made by `toDropId`; `null` for any other id. */
export function parseDropId(id: string | number): CategoryDropTarget | null {
  if (typeof id !== 'string' || !id.startsWith(PREFIX)) return null;
  if (id === TOP_LEVEL_ID) return { kind: 'top-level' };
  const rest = id.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  const kind = rest.slice(0, colon);
  const categoryId = rest.slice(colon + 1);
  if (colon < 1 || categoryId === '' || (kind !== 'before' && kind !== 'after' && kind !== 'inside')) return null;
  return { kind, categoryId };
}

// The same order as the tree shows (`buildCatalogTree`): order, then internal title, then id.
const byOrder = (a: CatalogCategory, b: CatalogCategory) => a.order - b.order || a.internalTitle.localeCompare(b.internalTitle) || a.id.localeCompare(b.id);

/** The sub-categories of `parentId` (`null`: the top level) in the order the tree shows them. */
export function childrenInOrder(categories: readonly CatalogCategory[], parentId: string | null): CatalogCategory[] {
  return categories.filter((category) => category.parentId === parentId).sort(byOrder);
}

/**
 * Decides what dropping `categoryId` on `target` does. A drop whose new parent would be the
 * category itself or one of its descendants is refused (the same rule as "Move…"); a drop that
 * changes neither parent nor order does nothing.
 */
export function decideCategoryDrop(categories: readonly CatalogCategory[], categoryId: string, target: CategoryDropTarget): CategoryDropDecision {
  const dragged = categories.find((category) => category.id === categoryId);
  if (!dragged) return { kind: 'none' };
  let parentId: string | null;
  let anchorId: string | null = null;
  if (target.kind === 'top-level') {
    parentId = null;
  } else if (target.kind === 'inside') {
    parentId = target.categoryId;
  } else {
    if (target.categoryId === categoryId) return { kind: 'none' };
    const anchor = categories.find((category) => category.id === target.categoryId);
    if (!anchor) return { kind: 'none' };
    parentId = anchor.parentId;
    anchorId = anchor.id;
  }
  if (parentId !== null && !categories.some((category) => category.id === parentId)) return { kind: 'none' };
  if (!canMoveCategory(categories, categoryId, parentId)) return { kind: 'refused', reason: 'cycle' };

  const before = childrenInOrder(categories, parentId).map((category) => category.id);
  const siblingIds = before.filter((id) => id !== categoryId);
  const anchorIndex = anchorId === null ? -1 : siblingIds.indexOf(anchorId);
  const at = anchorIndex === -1 ? siblingIds.length : target.kind === 'after' ? anchorIndex + 1 : anchorIndex;
  siblingIds.splice(at, 0, categoryId);
  // Into the parent it already has: kept where it is (dropping a row on its own parent is no reorder).
  if (target.kind !== 'before' && target.kind !== 'after' && dragged.parentId === parentId) return { kind: 'none' };
  if (dragged.parentId === parentId && siblingIds.every((id, index) => before[index] === id)) return { kind: 'none' };
  return { kind: 'move', categoryId, parentId, siblingIds };
}

/**
 * The saves a move needs: the dropped category gets its new parent, and the new siblings are
 * numbered 0, 10, 20… (so equal orders cannot tie); a category already right is not written.
 */
export function planCategoryWrites(categories: readonly CatalogCategory[], decision: Extract<CategoryDropDecision, { kind: 'move' }>): CategoryWrite[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const writes: CategoryWrite[] = [];
  for (const [position, id] of decision.siblingIds.entries()) {
    const category = byId.get(id);
    if (!category) continue;
    const change: CategoryWrite['change'] = {};
    if (id === decision.categoryId && category.parentId !== decision.parentId) change.parentId = decision.parentId;
    if (category.order !== position * 10) change.order = position * 10;
    if (Object.keys(change).length > 0) writes.push({ category, change });
  }
  return writes;
}
