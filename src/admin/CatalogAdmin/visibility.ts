import { buildCatalogTree, type CatalogCategory, type CatalogItem, type CatalogTree } from '../../model/catalog.js';

/** Whether a category is shown in the portal, and if not, why. */
export type CategoryVisibility = 'visible' | 'invalid' | 'parent-invalid' | 'no-path';

/** Whether an item is shown in the portal, and if not, why. */
export type ItemVisibility = 'visible' | 'partly' | 'invalid' | 'no-category' | 'categories-hidden';

/** Everything the admin screens need to explain the portal's visibility rules. */
export interface CatalogVisibility {
  /** Every category placed under the top level, valid or not (what the admin tree shows). */
  adminTree: CatalogTree;
  /** What the portal shows (valid categories with a valid path to the top). */
  portalTree: CatalogTree;
  /** Categories by id. */
  byId: ReadonlyMap<string, CatalogCategory>;
}

/** Builds both trees once, with the model's own rules (the portal's `buildCatalogTree`). */
export function analyzeCatalog(categories: readonly CatalogCategory[]): CatalogVisibility {
  return {
    adminTree: buildCatalogTree(categories, { validOnly: false }),
    portalTree: buildCatalogTree(categories, { validOnly: true }),
    byId: new Map(categories.map((category) => [category.id, category])),
  };
}

/**
 * Why a category is (not) in the portal: not valid itself; valid but under a category that is
 * not; or with no path to the top level at all (its parent is missing, or parents form a cycle).
 */
export function getCategoryVisibility(analysis: CatalogVisibility, categoryId: string): CategoryVisibility {
  if (analysis.portalTree.nodes.has(categoryId)) return 'visible';
  const category = analysis.byId.get(categoryId);
  if (!category) return 'no-path';
  if (category.validity !== 'valid') return 'invalid';
  return analysis.adminTree.nodes.has(categoryId) ? 'parent-invalid' : 'no-path';
}

/** Why an item is (not) in the portal; `partly` when only some of its categories are shown. */
export function getItemVisibility(analysis: CatalogVisibility, item: Pick<CatalogItem, 'validity' | 'categoryIds'>): ItemVisibility {
  if (item.validity !== 'valid') return 'invalid';
  if (item.categoryIds.length === 0) return 'no-category';
  const shown = item.categoryIds.filter((id) => analysis.portalTree.nodes.has(id)).length;
  if (shown === 0) return 'categories-hidden';
  return shown < item.categoryIds.length ? 'partly' : 'visible';
}

/**
 * The ids of `categoryId` and every category below it, following `parentId` links over all
 * categories (also those without a path to the top), so no cycle can be created through them.
 */
export function getDescendantIds(categories: readonly CatalogCategory[], categoryId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const category of categories) {
    if (category.parentId === null) continue;
    const siblings = childrenOf.get(category.parentId) ?? [];
    siblings.push(category.id);
    childrenOf.set(category.parentId, siblings);
  }
  const found = new Set<string>([categoryId]);
  const stack = [categoryId];
  while (stack.length > 0) {
    for (const child of childrenOf.get(stack.pop() as string) ?? []) {
      if (found.has(child)) continue;
      found.add(child);
      stack.push(child);
    }
  }
  return found;
}

/** Whether `categoryId` may be placed under `parentId` (`null`: the top level) without a cycle. */
export function canMoveCategory(categories: readonly CatalogCategory[], categoryId: string, parentId: string | null): boolean {
  if (parentId === null) return true;
  if (!categories.some((category) => category.id === parentId)) return false;
  return !getDescendantIds(categories, categoryId).has(parentId);
}

/** The i18n key of each visibility. */
export const VISIBILITY_LABEL_KEYS: Record<Exclude<CategoryVisibility | ItemVisibility, 'partly'>, string> = {
  visible: 'catalogAdmin.visibilityVisible',
  invalid: 'catalogAdmin.visibilityInvalid',
  'parent-invalid': 'catalogAdmin.visibilityParentInvalid',
  'no-path': 'catalogAdmin.visibilityNoPath',
  'no-category': 'catalogAdmin.visibilityNoCategory',
  'categories-hidden': 'catalogAdmin.visibilityCategoriesHidden',
};
