import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  pointerWithin,
  type ClientRect,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { createContext } from '../../internal/createContext.js';
import type { CatalogCategory } from '../../model/index.js';
import { DragHandle, DragPreview, DropZone, TopLevelDropZone } from './CatalogAdmin.styles.js';
import { decideCategoryDrop, parseDropId, toDropId, type CategoryDropTarget } from './categoryDrop.js';
import { useCatalogAdminTranslation } from './i18n.js';

const PROVIDER_NAME = 'CategoryDragProvider';

interface CategoryDragContextValue {
  categories: readonly CatalogCategory[];
  /** The category being dragged, if any. */
  activeId: string | null;
}

const [CategoryDragContextProvider, useCategoryDragContext] = createContext<CategoryDragContextValue>(PROVIDER_NAME);

// A pointer drag is where the pointer is; a keyboard drag (no pointer) is where the dragged row's centre is.
const collisionDetection: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args));

/**
 * Arrow keys during a keyboard drag step through the drop zones in reading order (before, into,
 * after each row, then the top level), instead of dnd-kit's default fixed 25px steps, which can
 * jump over the thin "before" / "after" zones.
 */
const dropZoneCoordinates: KeyboardCoordinateGetter = (event, { context: { collisionRect, droppableRects, droppableContainers } }) => {
  const step = event.code === 'ArrowDown' ? 1 : event.code === 'ArrowUp' ? -1 : 0;
  if (step === 0 || !collisionRect) return undefined;
  event.preventDefault();
  const centre = collisionRect.top + collisionRect.height / 2;
  const zones = droppableContainers
    .getEnabled()
    .map((container) => droppableRects.get(container.id))
    .filter((rect): rect is ClientRect => rect !== undefined && rect.height > 0)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const middle = (rect: ClientRect) => rect.top + rect.height / 2;
  const next = step === 1 ? zones.find((rect) => middle(rect) > centre + 1) : zones.findLast((rect) => middle(rect) < centre - 1);
  if (!next) return undefined;
  return { x: next.left + next.width / 2 - collisionRect.width / 2, y: middle(next) - collisionRect.height / 2 };
};

export interface CategoryDragProviderProps {
  /** Every category (also those without a path to the top level). */
  categories: readonly CatalogCategory[];
  /** Called when a category is dropped on a drop zone; the caller decides and saves. */
  onDrop: (categoryId: string, target: CategoryDropTarget) => void;
  children: ReactNode;
}

/**
 * Dragging categories of the tree (dnd-kit): a pointer drag, or a keyboard drag from the handle
 * (Space or Enter picks up, arrow keys step through the drop zones, Space or Enter drops, Escape
 * cancels). Each step is announced in the admin's language, and a drop the "Move…" rules refuse
 * is announced as refused.
 */
export function CategoryDragProvider({ categories, onDrop, children }: CategoryDragProviderProps) {
  const { t } = useCatalogAdminTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  // A small distance first, so a click on the handle is a click and not a drag.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: dropZoneCoordinates }));
  const titleOf = (id: UniqueIdentifier) => categories.find((category) => category.id === id)?.internalTitle ?? String(id);

  const describe = (active: UniqueIdentifier, over: UniqueIdentifier, stage: 'over' | 'end') => {
    const target = parseDropId(over);
    if (!target) return undefined;
    const title = titleOf(active);
    const decision = decideCategoryDrop(categories, String(active), target);
    if (decision.kind === 'refused') return t('catalogAdmin.errorsCycle');
    if (stage === 'end') return decision.kind === 'none' ? t('catalogAdmin.dragEndUnchanged', { title }) : t('catalogAdmin.dragEnd', { title });
    if (target.kind === 'top-level') return t('catalogAdmin.dragOverTopLevel', { title });
    const other = titleOf(target.categoryId);
    if (target.kind === 'inside') return t('catalogAdmin.dragOverInside', { title, target: other });
    return t(target.kind === 'before' ? 'catalogAdmin.dragOverBefore' : 'catalogAdmin.dragOverAfter', { title, target: other });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('catalogAdmin.dragStart', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? describe(active.id, over.id, 'over') : undefined),
    onDragEnd: ({ active, over }) => (over ? describe(active.id, over.id, 'end') : t('catalogAdmin.dragCancel', { title: titleOf(active.id) })),
    onDragCancel: ({ active }) => t('catalogAdmin.dragCancel', { title: titleOf(active.id) }),
  };

  const onDragStart = ({ active }: DragStartEvent) => setActiveId(String(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const target = over ? parseDropId(over.id) : null;
    if (target) onDrop(String(active.id), target);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('catalogAdmin.dragInstructions') } }}
    >
      <CategoryDragContextProvider value={{ categories, activeId }}>
        {children}
        <CategoryTopLevelDropZone />
      </CategoryDragContextProvider>
      <DragOverlay dropAnimation={null}>
        {activeId !== null && (
          <DragPreview data-slot="catalog-category-drag-preview">
            <span aria-hidden="true">⠿</span>
            {titleOf(activeId)}
          </DragPreview>
        )}
      </DragOverlay>
    </DndContext>
  );
}

/** What a row needs to be dragged: its node (measured for the preview) and the handle's props. */
export function useCategoryDraggable(category: CatalogCategory) {
  const { t } = useCatalogAdminTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: category.id,
    attributes: { roleDescription: t('catalogAdmin.dragRoleDescription') },
  });
  const handle = (
    <DragHandle
      ref={setActivatorNodeRef}
      type="button"
      {...attributes}
      {...listeners}
      aria-label={t('catalogAdmin.dragHandle', { title: category.internalTitle })}
      data-slot="catalog-category-drag-handle"
    >
      <span aria-hidden="true">⠿</span>
    </DragHandle>
  );
  return { setNodeRef, handle, isDragging };
}

interface ZoneProps {
  target: CategoryDropTarget;
  position: 'before' | 'inside' | 'after' | 'whole';
}

function Zone({ target, position }: ZoneProps) {
  const { categories, activeId } = useCategoryDragContext('CategoryDropZones');
  const { setNodeRef, isOver } = useDroppable({ id: toDropId(target) });
  const state = !isOver || activeId === null ? undefined : decideCategoryDrop(categories, activeId, target).kind === 'refused' ? 'refused' : 'over';
  return <DropZone ref={setNodeRef} $position={position} data-slot="catalog-category-drop-zone" data-position={position} data-state={state} aria-hidden="true" />;
}

/**
 * The drop zones of one row: before, into and after it; only "into" for a category without a
 * path to the top level (it has no siblings in the tree to be placed among).
 */
export function CategoryDropZones({ categoryId, placed }: { categoryId: string; placed: boolean }) {
  if (!placed) return <Zone target={{ kind: 'inside', categoryId }} position="whole" />;
  return (
    <>
      <Zone target={{ kind: 'before', categoryId }} position="before" />
      <Zone target={{ kind: 'inside', categoryId }} position="inside" />
      <Zone target={{ kind: 'after', categoryId }} position="after" />
    </>
  );
}

function CategoryTopLevelDropZone() {
  const { t } = useCatalogAdminTranslation();
  const { activeId } = useCategoryDragContext('CategoryTopLevelDropZone');
  const { setNodeRef, isOver } = useDroppable({ id: toDropId({ kind: 'top-level' }) });
  return (
    <TopLevelDropZone ref={setNodeRef} data-slot="catalog-category-top-level-drop" data-state={activeId === null ? 'idle' : 'dragging'} data-over={isOver || undefined}>
      {t('catalogAdmin.dropTopLevel')}
    </TopLevelDropZone>
  );
}
