import { useState } from 'react';
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

/** Move up, move down and remove (with a confirmation) for one item of a block's list. */
export function ItemControls({ name, index, count, onMove, onRemove }: ItemControlsProps) {
  const { t } = useHomeEditorTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <ButtonRow data-slot="item-controls">
      <Button type="button" $variant="ghost" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        {t('homeEditor.moveUp', { name })}
      </Button>
      <Button type="button" $variant="ghost" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
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
