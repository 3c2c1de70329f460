import { useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { useControllableState } from '../../internal/useControllableState.js';
import { useDeleteCatalogCategory, useRequiredAdapter, useSaveCatalogCategory } from '../../data/index.js';
import type { CatalogCategory, CatalogItem, CatalogTreeNode, LanguageTag } from '../../model/index.js';
import { useFormatters } from '../../portal/PortalProvider/index.js';
import { EmptyState, ErrorState, LoadingState } from '../../portal/states/index.js';
import { AdminDialog } from '../kit/Dialog/AdminDialog.js';
import { ConfirmDialog } from '../kit/Dialog/ConfirmDialog.js';
import { Field } from '../kit/Field/Field.js';
import { Button, ButtonRow, Notice, Select } from '../kit/primitives.styles.js';
import type { UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { ValidityBadge } from '../kit/ValiditySelect/ValiditySelect.js';
import { AdminRoot, HiddenReason, Toolbar, TreeList, TreeRow, TreeTitle } from './CatalogAdmin.styles.js';
import { CatalogCategoryEditor, useCategoryOptions } from './CatalogCategoryEditor.js';
import { useCatalogAdminTranslation } from './i18n.js';
import { useCatalogAnalysis } from './useCatalogAdminData.js';
import { canMoveCategory, getCategoryVisibility, getDescendantIds, VISIBILITY_LABEL_KEYS, type CatalogVisibility } from './visibility.js';
import { toCatalogCategoryInput, toCategoryFormValues } from './categoryForm.js';
import { decideCategoryDrop, planCategoryWrites, type CategoryDropDecision, type CategoryDropTarget } from './categoryDrop.js';
import { CategoryDragProvider, CategoryDropZones, useCategoryDraggable } from './CategoryDrag.js';

const NAME = 'CatalogCategoryAdmin';

/** What the category admin shows: the tree, or the editor of one category (`new` with an optional parent). */
export type CatalogCategoryAdminView = { mode: 'tree' } | { mode: 'edit'; categoryId: string } | { mode: 'new'; parentId: string | null };

export interface CatalogCategoryAdminProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** The view shown (controlled), e.g. from the host's URL. */
  view?: CatalogCategoryAdminView | undefined;
  /** The view at first (uncontrolled). @default { mode: 'tree' } */
  defaultView?: CatalogCategoryAdminView | undefined;
  /** Called when the admin opens the editor or goes back to the tree. */
  onViewChange?: ((view: CatalogCategoryAdminView) => void) | undefined;
  /** Languages a new category starts with. @default the portal's default language */
  initialLanguages?: readonly LanguageTag[] | undefined;
  /** Languages offered by "Add language". */
  availableLanguages?: readonly LanguageTag[] | undefined;
  /** The host router's navigation blocker hook, passed to the editor. */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where the editor keeps drafts. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
}

/** How many items of a category are shared with other categories, and which are only there. */
interface CategoryContents {
  /** The category these contents belong to. */
  categoryId: string;
  children: number;
  shared: number;
  only: CatalogItem[];
}

/**
 * The category tree of the service catalog, with add, edit, delete and moving. A row is dragged
 * by its handle: onto the top or bottom edge of another row to place it before or after that
 * one (among that row's siblings), onto the middle of a row to make it a sub-category, or onto
 * the "top level" zone. A drop under the category itself or one of its descendants is refused
 * with a message and writes nothing. The buttons do the same without dragging: "Move up" /
 * "Move down" among siblings and "Move…" to another parent, which never offers the category
 * itself or its descendants. Each row says whether the portal shows the category, and if not why.
 *
 * Delete rule: sub-categories move up to the deleted category's parent; items that are also
 * in other categories stay there; items that are only in this category move to its parent.
 * A top-level category that holds such items cannot be deleted until they get another
 * category, so no item is ever left without a category silently.
 */
export function CatalogCategoryAdmin({
  view: viewProp,
  defaultView = { mode: 'tree' },
  onViewChange,
  initialLanguages,
  availableLanguages,
  useBlocker,
  draftStorage,
  ...rest
}: CatalogCategoryAdminProps) {
  const { t } = useCatalogAdminTranslation();
  const { formatNumber } = useFormatters();
  const [view, setView] = useControllableState<CatalogCategoryAdminView>({ value: viewProp, defaultValue: defaultView, onChange: onViewChange });
  const categories = useCatalogAnalysis();
  const { adapter } = useRequiredAdapter('catalog', NAME);
  const { mutate: saveCategory } = useSaveCatalogCategory();
  const { mutate: deleteCategory } = useDeleteCatalogCategory();
  const [deleting, setDeleting] = useState<CatalogCategory | null>(null);
  const [contents, setContents] = useState<CategoryContents | null>(null);
  // Counts the delete dialogs opened: an answer for an earlier one is dropped.
  const deleteRequest = useRef(0);
  const [moving, setMoving] = useState<CatalogCategory | null>(null);
  const [moveTarget, setMoveTarget] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const options = useCategoryOptions(categories.data);
  const back = () => setView({ mode: 'tree' });

  if (view.mode !== 'tree') {
    return (
      <CatalogCategoryEditor
        key={view.mode === 'edit' ? view.categoryId : `new:${view.parentId ?? ''}`}
        categoryId={view.mode === 'edit' ? view.categoryId : null}
        defaultParentId={view.mode === 'new' ? view.parentId : null}
        initialLanguages={initialLanguages}
        availableLanguages={availableLanguages}
        useBlocker={useBlocker}
        draftStorage={draftStorage}
        onSaved={(saved, { created, close }) => {
          if (created && !close) setView({ mode: 'edit', categoryId: saved.id });
        }}
        onClose={back}
        {...rest}
      />
    );
  }

  const all = categories.data ?? [];
  const analysis = categories.analysis;
  const titleOf = (id: string | null) => (id === null ? t('catalogAdmin.categoryDeleteTopLevel') : (analysis?.byId.get(id)?.internalTitle ?? id));

  const write = async (category: CatalogCategory, change: { parentId?: string | null; order?: number }) => {
    const data = { ...toCatalogCategoryInput(toCategoryFormValues(category)), ...change };
    await saveCategory({ id: category.id, data, previousVersion: category.version });
  };

  /** Saves a move (new parent and/or position among the new siblings, renumbered so equal orders cannot tie). */
  const applyMove = async (decision: Extract<CategoryDropDecision, { kind: 'move' }>) => {
    const title = titleOf(decision.categoryId);
    setMessage(null);
    try {
      for (const { category, change } of planCategoryWrites(all, decision)) await write(category, change);
      setMessage({ tone: 'success', text: t('catalogAdmin.categoryMoved', { title }) });
    } catch {
      setMessage({ tone: 'danger', text: t('catalogAdmin.categoryMoveFailed') });
    }
    categories.retry();
  };

  /** "Move up" / "Move down", and every drop: refused with the cycle message, ignored when nothing changes, or saved. */
  const moveCategory = (categoryId: string, target: CategoryDropTarget) => {
    const decision = decideCategoryDrop(all, categoryId, target);
    if (decision.kind === 'refused') setMessage({ tone: 'danger', text: t('catalogAdmin.errorsCycle') });
    else if (decision.kind === 'move') void applyMove(decision);
  };

  /** Swaps a category with its neighbour among its siblings. */
  const moveAmong = (node: CatalogTreeNode, siblings: CatalogTreeNode[], step: -1 | 1) => {
    const neighbour = siblings[siblings.indexOf(node) + step];
    if (!neighbour) return;
    moveCategory(node.category.id, { kind: step === -1 ? 'before' : 'after', categoryId: neighbour.category.id });
  };

  const openDelete = async (category: CatalogCategory) => {
    const request = ++deleteRequest.current;
    setDeleting(category);
    setContents(null);
    const items: CatalogItem[] = [];
    try {
      for (let page = 1; page <= 100; page += 1) {
        const result = await adapter.listItems({ page, perPage: 500, filter: { categoryId: category.id } });
        if (request !== deleteRequest.current) return;
        items.push(...result.data);
        if (result.data.length === 0 || items.length >= result.total) break;
      }
    } catch {
      // Unknown contents: "Delete" then reports the failure instead of deleting blindly.
      return;
    }
    // The dialog was closed (or another opened) meanwhile: these contents belong to no open dialog.
    if (request !== deleteRequest.current) return;
    const only = items.filter((item) => item.categoryIds.length === 1);
    setContents({ categoryId: category.id, children: all.filter((other) => other.parentId === category.id).length, shared: items.length - only.length, only });
  };

  const confirmDelete = async () => {
    // Still checking what the category holds: nothing is deleted blindly.
    if (!deleting || contents?.categoryId !== deleting.id) throw new Error('The contents of the category are not known yet');
    if (deleting.parentId === null && contents.only.length > 0) return;
    // Items only in this category move to its parent first: the adapter would otherwise leave them with no category.
    for (const item of contents.only) {
      const { id, version, updatedAt: _updatedAt, ...input } = item;
      await adapter.updateItem({ id, data: { ...input, categoryIds: [deleting.parentId as string] }, previousVersion: version });
    }
    await deleteCategory({ id: deleting.id, previousVersion: deleting.version });
  };

  const renderNodes = (nodes: CatalogTreeNode[]) => (
    <TreeList role="list">
      {nodes.map((node) => (
        <CategoryRow
          key={node.category.id}
          category={node.category}
          analysis={analysis}
          onEdit={() => setView({ mode: 'edit', categoryId: node.category.id })}
          onAddChild={() => setView({ mode: 'new', parentId: node.category.id })}
          onDelete={() => void openDelete(node.category)}
          onMoveTo={() => {
            setMoving(node.category);
            setMoveTarget(node.category.parentId ?? '');
          }}
          placed
          onMoveUp={nodes.indexOf(node) > 0 ? () => moveAmong(node, nodes, -1) : undefined}
          onMoveDown={nodes.indexOf(node) < nodes.length - 1 ? () => moveAmong(node, nodes, 1) : undefined}
        >
          {node.children.length > 0 && renderNodes(node.children)}
        </CategoryRow>
      ))}
    </TreeList>
  );

  const unplaced = analysis ? all.filter((category) => !analysis.adminTree.nodes.has(category.id)) : [];
  const blocked = deleting !== null && contents !== null && deleting.parentId === null && contents.only.length > 0;

  return (
    <AdminRoot data-slot="catalog-category-admin" aria-labelledby="catalog-category-admin-heading" {...rest}>
      <h2 id="catalog-category-admin-heading">{t('catalogAdmin.categoriesTitle')}</h2>
      <Toolbar>
        <Button type="button" $variant="primary" onClick={() => setView({ mode: 'new', parentId: null })} data-slot="catalog-category-add">
          {t('catalogAdmin.categoriesAdd')}
        </Button>
      </Toolbar>
      <div role="status" data-slot="catalog-category-message">{message && <Notice $tone={message.tone}>{message.text}</Notice>}</div>
      {categories.status === 'error' && !categories.data ? (
        <ErrorState error={categories.error} onRetry={categories.retry} />
      ) : !analysis ? (
        <LoadingState variant="list" />
      ) : all.length === 0 ? (
        <EmptyState title={t('catalogAdmin.categoriesEmpty')} />
      ) : (
        <nav aria-label={t('catalogAdmin.categoriesTreeLabel')} data-slot="catalog-category-tree" aria-busy={categories.isFetching || undefined}>
          <CategoryDragProvider categories={all} onDrop={moveCategory}>
            {renderNodes(analysis.adminTree.roots)}
            {unplaced.length > 0 && (
              <section aria-labelledby="catalog-category-unplaced">
                <h3 id="catalog-category-unplaced">{t('catalogAdmin.categoriesUnplaced')}</h3>
                <TreeList role="list">
                  {unplaced.map((category) => (
                    <CategoryRow
                      key={category.id}
                      category={category}
                      analysis={analysis}
                      onEdit={() => setView({ mode: 'edit', categoryId: category.id })}
                      onAddChild={() => setView({ mode: 'new', parentId: category.id })}
                      onDelete={() => void openDelete(category)}
                      onMoveTo={() => {
                        setMoving(category);
                        setMoveTarget('');
                      }}
                    />
                  ))}
                </TreeList>
              </section>
            )}
          </CategoryDragProvider>
        </nav>
      )}

      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (open) return;
          deleteRequest.current += 1;
          setDeleting(null);
        }}
        tone="danger"
        title={t('catalogAdmin.categoryDeleteTitle', { title: deleting?.internalTitle ?? '' })}
        confirmLabel={blocked ? t('common.close') : t('catalogAdmin.categoryDeleteConfirm')}
        errorMessage={t('catalogAdmin.categoryDeleteFailed')}
        onConfirm={blocked ? () => undefined : confirmDelete}
      >
        <div data-slot="catalog-category-delete-summary">
          {!contents ? (
            <p>{t('catalogAdmin.categoryDeleteChecking')}</p>
          ) : contents.children === 0 && contents.shared === 0 && contents.only.length === 0 ? (
            <p>{t('catalogAdmin.categoryDeleteEmpty')}</p>
          ) : (
            <ul>
              {contents.children > 0 && <li>{t('catalogAdmin.categoryDeleteChildren', { count: formatNumber(contents.children), parent: titleOf(deleting?.parentId ?? null) })}</li>}
              {contents.shared > 0 && <li>{t('catalogAdmin.categoryDeleteSharedItems', { count: formatNumber(contents.shared) })}</li>}
              {contents.only.length > 0 &&
                (blocked ? (
                  <li>
                    <strong>{t('catalogAdmin.categoryDeleteBlocked', { count: formatNumber(contents.only.length) })}</strong>
                    <ul>
                      {contents.only.slice(0, 20).map((item) => (
                        <li key={item.id}>{item.internalTitle}</li>
                      ))}
                    </ul>
                  </li>
                ) : (
                  <li>{t('catalogAdmin.categoryDeleteOnlyItems', { count: formatNumber(contents.only.length), parent: titleOf(deleting?.parentId ?? null) })}</li>
                ))}
            </ul>
          )}
        </div>
      </ConfirmDialog>

      <AdminDialog
        open={moving !== null}
        onOpenChange={(open) => {
          if (!open) setMoving(null);
        }}
        title={t('catalogAdmin.categoryMoveTitle', { title: moving?.internalTitle ?? '' })}
        description={t('catalogAdmin.categoryMoveDescription')}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!moving) return;
            const parentId = moveTarget === '' ? null : moveTarget;
            // Checked again on submit: the tree may have changed since the dialog opened.
            if (!canMoveCategory(all, moving.id, parentId)) {
              setMessage({ tone: 'danger', text: t('catalogAdmin.errorsCycle') });
              setMoving(null);
              return;
            }
            const target = moving;
            setMoving(null);
            write(target, { parentId }).then(
              () => setMessage({ tone: 'success', text: t('catalogAdmin.categoryMoved', { title: target.internalTitle }) }),
              () => setMessage({ tone: 'danger', text: t('catalogAdmin.categoryMoveFailed') }),
            );
          }}
        >
          <Field label={t('catalogAdmin.categoryParent')}>
            {(controlProps) => (
              <Select {...controlProps} value={moveTarget} onChange={(event) => setMoveTarget(event.target.value)} data-slot="category-move-target">
                <option value="">{t('catalogAdmin.categoryParentNone')}</option>
                {moving &&
                  options
                    .filter(({ category }) => !getDescendantIds(all, moving.id).has(category.id))
                    .map(({ category, depth }) => (
                      <option key={category.id} value={category.id}>
                        {`${'\u2003'.repeat(depth)}${category.internalTitle}`}
                      </option>
                    ))}
              </Select>
            )}
          </Field>
          <ButtonRow>
            <Button type="submit" $variant="primary">
              {t('catalogAdmin.categoryMoveConfirm')}
            </Button>
            <Button type="button" onClick={() => setMoving(null)}>
              {t('common.cancel')}
            </Button>
          </ButtonRow>
        </form>
      </AdminDialog>
    </AdminRoot>
  );
}
CatalogCategoryAdmin.displayName = NAME;

interface CategoryRowProps {
  category: CatalogCategory;
  analysis: CatalogVisibility | undefined;
  onEdit: () => void;
  onAddChild: () => void;
  onDelete: () => void;
  onMoveTo: () => void;
  /** Whether the category has a path to the top level (and so siblings to be placed among). */
  placed?: boolean;
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
  children?: ReactNode;
}

function CategoryRow({ category, analysis, onEdit, onAddChild, onDelete, onMoveTo, placed = false, onMoveUp, onMoveDown, children }: CategoryRowProps) {
  const { t } = useCatalogAdminTranslation();
  const { setNodeRef, handle, isDragging } = useCategoryDraggable(category);
  const visibility = analysis ? getCategoryVisibility(analysis, category.id) : 'visible';
  const title = category.internalTitle;
  return (
    <li data-slot="catalog-category-node" data-state={visibility} data-id={category.id} data-dragging={isDragging || undefined}>
      <TreeRow ref={setNodeRef}>
        <CategoryDropZones categoryId={category.id} placed={placed} />
        {handle}
        <TreeTitle>{title}</TreeTitle>
        <ValidityBadge validity={category.validity} />
        <HiddenReason $hidden={visibility !== 'visible'} data-slot="catalog-visibility">
          {t(VISIBILITY_LABEL_KEYS[visibility])}
        </HiddenReason>
        <ButtonRow>
          <Button type="button" $variant="ghost" onClick={onMoveUp} disabled={!onMoveUp} aria-label={t('catalogAdmin.categoryMoveUp', { title })}>
            ↑
          </Button>
          <Button type="button" $variant="ghost" onClick={onMoveDown} disabled={!onMoveDown} aria-label={t('catalogAdmin.categoryMoveDown', { title })}>
            ↓
          </Button>
          <Button type="button" $variant="ghost" onClick={onMoveTo} aria-label={t('catalogAdmin.categoryMoveTo', { title })}>
            {t('catalogAdmin.categoryMoveToShort')}
          </Button>
          <Button type="button" onClick={onAddChild} aria-label={t('catalogAdmin.categoriesAddChild', { title })} data-slot="catalog-category-add-child">
            +
          </Button>
          <Button type="button" onClick={onEdit} aria-label={t('catalogAdmin.categoryEditNamed', { title })}>
            {t('catalogAdmin.categoryEdit')}
          </Button>
          <Button type="button" $variant="ghost" onClick={onDelete} aria-label={t('catalogAdmin.categoryDeleteNamed', { title })}>
            {t('catalogAdmin.categoryDelete')}
          </Button>
        </ButtonRow>
      </TreeRow>
      {children}
    </li>
  );
}
