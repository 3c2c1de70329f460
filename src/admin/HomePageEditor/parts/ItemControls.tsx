import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../kit/Dialog/index.js';
import { Button, ButtonRow } from '../../kit/primitives.styles.js';
import { useHomeEditorTranslation } from '../i18n.js';

/** `items` with the item at `from` moved to `to`. */
export function moveItem<Item>(items: readonly Item[], from: number, to: number): Item[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as Item);
  return next;
}

export interface ItemControlsProps {
  /** The item's name as the admin reads it ("Teaser 2"). */
  name: string;
  /** Its position. */
  index: number;
  /** How many items there are. */
  count: number;
  /** Moves the item. */
  onMove: (from: number, to: number) => void;
  /** Removes the item (after the admin confirmed). */
  onRemove?: (() => void) | undefined;
}

/**
 * The "Move up" / "Move down" buttons' refs and action. The item re-renders at its new place
 * after a move: the focus follows it, to the other button when the one pressed is disabled at an
 * end (a disabled button drops the focus).
 */
export function useMoveButtons(index: number, onMove: (from: number, to: number) => void) {
  const moveFocus = useRef<'up' | 'down' | null>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const direction = moveFocus.current;
    if (!direction) return;
    moveFocus.current = null;
    const [preferred, other] = direction === 'up' ? [upRef.current, downRef.current] : [downRef.current, upRef.current];
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  });
  const moveBy = (direction: 'up' | 'down') => {
    moveFocus.current = direction;
    onMove(index, direction === 'up' ? index - 1 : index + 1);
  };
  return { upRef, downRef, moveBy };
}

/** Move up, move down and remove (with a confirmation) for one item of a block's list. */
export function ItemControls({ name, index, count, onMove, onRemove }: ItemControlsProps) {
  const { t } = useHomeEditorTranslation();
  const [confirming, setConfirming] = useState(false);
  const { upRef, downRef, moveBy } = useMoveButtons(index, onMove);
  return (
    <ButtonRow data-slot="item-controls">
      <Button ref={upRef} type="button" $variant="ghost" disabled={index === 0} onClick={() => moveBy('up')}>
        {t('homeEditor.moveUp', { name })}
      </Button>
      <Button ref={downRef} type="button" $variant="ghost" disabled={index === count - 1} onClick={() => moveBy('down')}>
        {t('homeEditor.moveDown', { name })}
      </Button>
      {onRemove && (
        <>
          <Button type="button" $variant="ghost" onClick={() => setConfirming(true)} data-slot="item-remove">
            {t('homeEditor.remove', { name })}
          </Button>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            tone="danger"
            title={t('homeEditor.removeTitle', { name })}
            description={t('homeEditor.removeDescription', { name })}
            confirmLabel={t('homeEditor.removeConfirm')}
            onConfirm={onRemove}
          />
        </>
      )}
    </ButtonRow>
  );
}
