import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useRef, useState } from 'react';
import type { HomePageBlock } from '../../blocks/registry.js';
import { Button, VisuallyHidden } from '../kit/primitives.styles.js';
import { AudienceBadge } from '../kit/AudienceField/AudienceField.js';
import { ScheduleBadge } from '../kit/PublishWindowField/PublishWindowField.js';
import { BlockRow, BlockRowActions, BlockRowName, BlockRows, DragHandle, HiddenBadge, IssueBadge } from './HomePageEditor.styles.js';
import { useHomeEditorTranslation } from './i18n.js';
import { useMoveButtons } from './parts/ItemControls.js';

/** What the list shows of a block. */
export type BlockOutline = Pick<HomePageBlock, 'id' | 'type' | 'hidden' | 'visibleFrom' | 'visibleUntil' | 'audience'>;

export interface BlockListProps {
  blocks: readonly BlockOutline[];
  /** The name of a block as the admin reads it. */
  nameOf: (block: BlockOutline) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (from: number, to: number) => void;
  onHiddenChange: (id: string, hidden: boolean) => void;
  /** Blocks with problems to fix before saving. */
  invalidIds: ReadonlySet<string>;
  /** Id of the form the "Edit" buttons control. */
  formId: string;
  /** Names of the customer groups by id, for the audience badges. */
  groupNames?: ReadonlyMap<string, string> | undefined;
}

interface RowProps extends Omit<BlockListProps, 'blocks' | 'invalidIds'> {
  block: BlockOutline;
  index: number;
  count: number;
  invalid: boolean;
}

function SortableBlockRow({ block, index, count, nameOf, selectedId, onSelect, onMove, onHiddenChange, invalid, formId, groupNames }: RowProps) {
  const { t } = useHomeEditorTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: block.id });
  const name = nameOf(block);
  const selected = selectedId === block.id;
  // After a move by button the row re-renders at its new place, and the focus with it.
  const { upRef, downRef, moveBy } = useMoveButtons(index, onMove);
  return (
    <BlockRow
      ref={setNodeRef}
      // Set through the DOM while dragging only; server HTML never carries a style attribute.
      style={transform ? { transform: CSS.Transform.toString(transform), transition } : undefined}
      data-slot="block-row"
      data-block-id={block.id}
      data-block-type={block.type}
      data-state={[block.hidden ? 'hidden' : 'shown', selected ? 'selected' : '', isDragging ? 'dragging' : ''].filter(Boolean).join(' ')}
      $selected={selected}
    >
      <DragHandle
        ref={setActivatorNodeRef}
        type="button"
        {...attributes}
        {...listeners}
        aria-label={t('homeEditor.dragHandle', { block: name })}
        data-slot="block-drag-handle"
      >
        <span aria-hidden="true">⠿</span>
      </DragHandle>
      <BlockRowName>
        <span>{name}</span>
        {block.hidden && <HiddenBadge data-slot="block-hidden-badge">{t('homeEditor.hiddenBadge')}</HiddenBadge>}
        <ScheduleBadge window={block} />
        <AudienceBadge audience={block.audience} groupNames={groupNames} />
        {invalid && <IssueBadge>{t('homeEditor.hasProblems')}</IssueBadge>}
      </BlockRowName>
      <BlockRowActions>
        <Button type="button" $variant={selected ? 'primary' : 'secondary'} aria-pressed={selected}
          aria-controls={formId}
          aria-label={t('homeEditor.blockForm', { block: name })}
          onClick={() => onSelect(block.id)}
          data-slot="block-edit"
        >
          {t('homeEditor.edit')}
        </Button>
        <Button ref={upRef} type="button" $variant="ghost" disabled={index === 0} onClick={() => moveBy('up')} data-slot="block-move-up">
          {t('homeEditor.moveUp', { name })}
        </Button>
        <Button ref={downRef} type="button" $variant="ghost" disabled={index === count - 1} onClick={() => moveBy('down')} data-slot="block-move-down">
          {t('homeEditor.moveDown', { name })}
        </Button>
        <Button type="button" $variant="ghost" onClick={() => onHiddenChange(block.id, !block.hidden)} data-slot="block-visibility">
          {t(block.hidden ? 'homeEditor.show' : 'homeEditor.hide', { name })}
        </Button>
      </BlockRowActions>
    </BlockRow>
  );
}

/**
 * The blocks in order (memoized: typing a text changes neither the outline nor the other props
 * the editor passes, so the list does not render per keystroke), each with a drag handle (dnd-kit: pointer, or keyboard — Space picks
 * up, arrow keys move, Space drops, Escape cancels, each step announced), "Move up" / "Move
 * down" buttons as a plain keyboard alternative, "Edit" and "Hide" / "Show".
 */
export const BlockList = memo(function BlockList({ blocks, invalidIds, ...rowProps }: BlockListProps) {
  const { t } = useHomeEditorTranslation();
  const [moved, setMoved] = useState('');
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const nameById = (id: UniqueIdentifier) => {
    const block = blocks.find((candidate) => candidate.id === id);
    return block ? rowProps.nameOf(block) : '';
  };
  const position = (id: UniqueIdentifier | undefined) => blocks.findIndex((block) => block.id === id) + 1;
  // dnd-kit reports the row over its own place right after the pick-up; announcing that would
  // replace "Picked up …" in the live region before a screen reader reads it.
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return t('homeEditor.dragStart', { block: nameById(active.id), position: position(active.id), count: blocks.length });
    },
    onDragOver: ({ active, over }) => {
      if (!over || over.id === lastOver.current) return undefined;
      lastOver.current = over.id;
      return t('homeEditor.dragOver', { block: nameById(active.id), position: position(over.id), count: blocks.length });
    },
    onDragEnd: ({ active, over }) => (over ? t('homeEditor.dragEnd', { block: nameById(active.id), position: position(over.id), count: blocks.length }) : undefined),
    onDragCancel: ({ active }) => t('homeEditor.dragCancel', { block: nameById(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    rowProps.onMove(position(active.id) - 1, position(over.id) - 1);
  };
  const move = (from: number, to: number) => {
    const block = blocks[from];
    rowProps.onMove(from, to);
    if (block) setMoved(t('homeEditor.moved', { block: rowProps.nameOf(block), position: to + 1, count: blocks.length }));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('homeEditor.dragInstructions') } }}
    >
      <SortableContext items={blocks.map((block) => block.id)} strategy={verticalListSortingStrategy}>
        <BlockRows data-slot="block-list" aria-label={t('homeEditor.blocksLabel')}>
          {blocks.map((block, index) => (
            <SortableBlockRow key={block.id} {...rowProps} onMove={move} block={block} index={index} count={blocks.length} invalid={invalidIds.has(block.id)} />
          ))}
        </BlockRows>
      </SortableContext>
      <VisuallyHidden role="status" data-slot="block-moved">
        {moved}
      </VisuallyHidden>
    </DndContext>
  );
});
