import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ItemControls, moveItem } from '../../../src/admin/HomePageEditor/parts/ItemControls.js';
import { expectLayoutHolds, inColumn, LONG_WORD } from '../../fixtures/longContent.js';

interface Args {
  names: string[];
  removable: boolean;
  onMove: (from: number, to: number) => void;
}

/** Move up, move down and remove for the items of a block's form (teasers, cards, lists, links). */
const meta = {
  title: 'Admin/HomePageEditor/ItemControls',
  args: { names: ['Teaser 1', 'Teaser 2', 'Teaser 3'], removable: true, onMove: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render({ names, removable, onMove }: Args) {
    const [items, setItems] = useState(names);
    return (
      <ol>
        {items.map((name, index) => (
          <li key={name} data-item={name}>
            <strong>{name}</strong>
            <ItemControls
              name={name}
              index={index}
              count={items.length}
              onMove={(from, to) => {
                setItems((current) => moveItem(current, from, to));
                onMove(from, to);
              }}
              onRemove={removable ? () => setItems((current) => current.filter((other) => other !== name)) : undefined}
            />
          </li>
        ))}
      </ol>
    );
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Three items: the first cannot move up, the last not down. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Move Teaser 1 up' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Move Teaser 3 down' })).toBeDisabled();
  },
};

/** The only list of a block: it may move, not be removed. */
export const NotRemovable: Story = {
  args: { names: ['List 1'], removable: false },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: /^Remove/ })).toBeNull();
  },
};

/** Moving by keyboard: the focus stays with the item, on "up" once it reaches the end. */
export const MoveByKeyboard: Story = {
  play: async ({ canvas }) => {
    canvas.getByRole('button', { name: 'Move Teaser 2 down' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Move Teaser 2 up' })).toHaveFocus();
  },
};

/** "Remove" asks first. */
export const ConfirmRemoval: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Teaser 2' }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Remove Teaser 2?' });
    await expect(dialog).toHaveAccessibleDescription('Teaser 2 is removed from the home page when you save.');
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { names: ['إعلان 1', 'إعلان 2'] },
  play: async ({ canvasElement }) => {
    const controls = canvasElement.querySelector('[data-slot="item-controls"]') as HTMLElement;
    await expect(getComputedStyle(controls).direction).toBe('rtl');
  },
};

/** Long item names in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { names: [LONG_WORD, `Link 2 of ${LONG_WORD}`] },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
