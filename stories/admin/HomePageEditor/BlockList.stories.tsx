import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { BlockList, type BlockOutline } from '../../../src/admin/HomePageEditor/BlockList.js';
import { moveItem } from '../../../src/admin/HomePageEditor/parts/ItemControls.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

interface Args {
  blocks: BlockOutline[];
  names: Record<string, string>;
  invalid: string[];
  selected: string | null;
  onMove: (from: number, to: number) => void;
  onSelect: (id: string) => void;
  onHiddenChange: (id: string, hidden: boolean) => void;
}

const outline: BlockOutline[] = [
  { id: 'hero', type: 'hero-unit', hidden: false },
  { id: 'tickets', type: 'ticket-list', hidden: false },
  { id: 'teasers', type: 'image-teasers', hidden: false },
  { id: 'links', type: 'link-lists', hidden: false },
  { id: 'cards', type: 'content-cards', hidden: false },
];
const names = { hero: 'Hero unit', tickets: 'Ticket list', teasers: 'Image teasers', links: 'Link lists', cards: 'Content cards' };

/** The home page editor's list of blocks (rendered there; here on its own): order, hide, select. */
const meta = {
  title: 'Admin/HomePageEditor/BlockList',
  args: { blocks: outline, names, invalid: [], selected: null, onMove: fn(), onSelect: fn(), onHiddenChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render({ blocks: initial, names: nameMap, invalid, selected: initialSelected, onMove, onSelect, onHiddenChange }: Args) {
    const [blocks, setBlocks] = useState(initial);
    const [selected, setSelected] = useState(initialSelected);
    return (
      <>
        <BlockList
          blocks={blocks}
          nameOf={(block) => nameMap[block.id] ?? block.id}
          selectedId={selected}
          onSelect={(id) => {
            setSelected(id);
            onSelect(id);
          }}
          onMove={(from, to) => {
            setBlocks((current) => moveItem(current, from, to));
            onMove(from, to);
          }}
          onHiddenChange={(id, hidden) => {
            setBlocks((current) => current.map((block) => (block.id === id ? { ...block, hidden } : block)));
            onHiddenChange(id, hidden);
          }}
          invalidIds={new Set(invalid)}
          formId="story-block-form"
          groupNames={new Map([['gold', 'Gold']])}
        />
        <div id="story-block-form" />
      </>
    );
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

/** One block of each type, none chosen yet. */
export const Default: Story = {};

/** A block chosen for editing: its "Edit" is pressed. */
export const Selected: Story = {
  args: { selected: 'teasers' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Edit: Image teasers' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** Every badge: hidden, scheduled, for one group, and a block with problems to fix. */
export const Badges: Story = {
  args: {
    blocks: [
      { id: 'hero', type: 'hero-unit', hidden: true },
      { id: 'tickets', type: 'ticket-list', hidden: false, visibleFrom: '2099-12-01T00:00:00.000Z' },
      { id: 'cards', type: 'content-cards', hidden: false, audience: { kind: 'groups', groups: ['gold'] } },
    ],
    invalid: ['cards'],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Hidden')).toBeVisible();
    await expect(canvas.getByText('Needs attention')).toBeVisible();
  },
};

/** "Move down" by keyboard: the focus stays with the block, and the move is announced. */
export const MoveByKeyboard: Story = {
  play: async ({ canvas, canvasElement }) => {
    canvas.getByRole('button', { name: 'Move Link lists down' }).focus();
    await userEvent.keyboard('{Enter}');
    // At the end "down" is disabled: the focus moves to the same block's "up".
    await expect(canvas.getByRole('button', { name: 'Move Link lists up' })).toHaveFocus();
    await expect(canvasElement.querySelector('[data-slot="block-moved"]')).toHaveTextContent('Link lists moved to position 5 of 5.');
  },
};

/** Dragging by keyboard: Space picks the block up, an arrow key moves it, Space drops it; each step is announced. */
export const DragByKeyboard: Story = {
  play: async ({ canvas, canvasElement }) => {
    const live = () => canvasElement.querySelector('[id^="DndLiveRegion"]');
    canvas.getByRole('button', { name: 'Reorder Hero unit' }).focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(live()).toHaveTextContent('Picked up Hero unit at position 1 of 5.'));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(live()).toHaveTextContent('Hero unit is over position 2 of 5.'));
    await userEvent.keyboard(' ');
    await waitFor(() => expect(live()).toHaveTextContent('Hero unit dropped at position 2 of 5.'));
    await waitFor(() => expect([...canvasElement.querySelectorAll<HTMLElement>('[data-slot="block-row"]')].map((row) => row.dataset.blockId)).toEqual(['tickets', 'hero', 'teasers', 'links', 'cards']));
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('[data-slot="block-list"]') as HTMLElement;
    await expect(getComputedStyle(list).direction).toBe('rtl');
  },
};

/** Long block names in a phone-wide column, with every badge. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    names: { hero: longTitle('Hero unit'), tickets: LONG_WORD, teasers: `${LONG_WORD} ${LONG_WORD}`, links: 'Link lists', cards: 'Content cards' },
    blocks: [
      { id: 'hero', type: 'hero-unit', hidden: true },
      { id: 'tickets', type: 'ticket-list', hidden: false, visibleFrom: '2099-12-01T00:00:00.000Z' },
      { id: 'teasers', type: 'image-teasers', hidden: false, audience: { kind: 'groups', groups: ['gold'] } },
    ],
    invalid: ['teasers'],
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
