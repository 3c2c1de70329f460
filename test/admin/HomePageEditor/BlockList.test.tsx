import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockList, type BlockOutline } from '../../../src/admin/HomePageEditor/BlockList.js';
import { moveItem } from '../../../src/admin/HomePageEditor/parts/ItemControls.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const NAMES: Record<string, string> = { hero: 'Hero unit', tickets: 'Ticket list', cards: 'Content cards' };

const outline = (): BlockOutline[] => [
  { id: 'hero', type: 'hero-unit', hidden: false },
  { id: 'tickets', type: 'ticket-list', hidden: true },
  { id: 'cards', type: 'content-cards', hidden: false, audience: { kind: 'groups', groups: ['vip'] } },
];

/** The list holding its blocks as the editor does, reporting each call. */
function Harness({ initial = outline(), invalid = [], onMove = vi.fn(), onSelect = vi.fn(), onHiddenChange = vi.fn() }: {
  initial?: BlockOutline[];
  invalid?: string[];
  onMove?: (from: number, to: number) => void;
  onSelect?: (id: string) => void;
  onHiddenChange?: (id: string, hidden: boolean) => void;
}) {
  const [blocks, setBlocks] = useState(initial);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <>
      <BlockList
        blocks={blocks}
        nameOf={(block) => NAMES[block.id] ?? block.id}
        selectedId={selectedId}
        onSelect={(id) => {
          setSelectedId(id);
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
        formId="block-form"
        groupNames={new Map([['vip', 'VIP customers']])}
      />
      <div id="block-form" />
    </>
  );
}

const order = () => screen.getAllByRole('listitem').filter((row) => row.dataset.slot === 'block-row').map((row) => row.dataset.blockId);
const row = (id: string) => document.querySelector<HTMLElement>(`[data-slot="block-row"][data-block-id="${id}"]`) as HTMLElement;

describe('BlockList', () => {
  afterEach(() => vi.restoreAllMocks());

  describe('given three blocks, one hidden and one limited to a group', () => {
    it('lists them in order, labelled, with their badges, and passes axe', async () => {
      const { container } = renderPortal(<Harness invalid={['cards']} />);
      expect(screen.getByRole('list', { name: 'Blocks' })).toBeVisible();
      expect(order()).toEqual(['hero', 'tickets', 'cards']);
      expect(within(row('tickets')).getByText('Hidden')).toBeVisible();
      expect(row('tickets')).toHaveAttribute('data-state', 'hidden');
      expect(within(row('cards')).getByText('Needs attention')).toBeVisible();
      expect(row('cards')).toHaveTextContent('VIP customers');
      // The ends cannot move further.
      expect(screen.getByRole('button', { name: 'Move Hero unit up' })).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Move Content cards down' })).toBeDisabled();
      await expectNoAxeViolations(container);
    });

    it('selects a block for editing: its button is pressed and controls the form', async () => {
      const user = userEvent.setup();
      const onSelect = vi.fn();
      renderPortal(<Harness onSelect={onSelect} />);
      const edit = screen.getByRole('button', { name: 'Edit: Ticket list' });
      expect(edit).toHaveAttribute('aria-pressed', 'false');
      expect(edit).toHaveAttribute('aria-controls', 'block-form');
      await user.click(edit);
      expect(onSelect).toHaveBeenCalledWith('tickets');
      expect(edit).toHaveAttribute('aria-pressed', 'true');
      expect(row('tickets')).toHaveAttribute('data-state', 'hidden selected');
      expect(screen.getByRole('button', { name: 'Edit: Hero unit' })).toHaveAttribute('aria-pressed', 'false');
    });

    it('hides and shows a block', async () => {
      const user = userEvent.setup();
      const onHiddenChange = vi.fn();
      renderPortal(<Harness onHiddenChange={onHiddenChange} />);
      await user.click(screen.getByRole('button', { name: 'Hide Hero unit' }));
      expect(onHiddenChange).toHaveBeenLastCalledWith('hero', true);
      expect(within(row('hero')).getByText('Hidden')).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Show Ticket list' }));
      expect(onHiddenChange).toHaveBeenLastCalledWith('tickets', false);
      expect(within(row('tickets')).queryByText('Hidden')).toBeNull();
      expect(screen.getByRole('button', { name: 'Hide Ticket list' })).toBeVisible();
    });
  });

  describe('when moving with the buttons', () => {
    it('moves a block and announces its new position', async () => {
      const user = userEvent.setup();
      const onMove = vi.fn();
      renderPortal(<Harness onMove={onMove} />);
      screen.getByRole('button', { name: 'Move Ticket list up' }).focus();
      await user.keyboard('{Enter}');
      expect(onMove).toHaveBeenCalledWith(1, 0);
      expect(order()).toEqual(['tickets', 'hero', 'cards']);
      expect(document.querySelector('[data-slot="block-moved"]')).toHaveTextContent('Ticket list moved to position 1 of 3.');
    });

    // Bug: a block moved to an end kept the focus on its now disabled button, so the keyboard lost its place.
    it('keeps the focus on the moved block, on the other button once it reaches an end', async () => {
      const user = userEvent.setup();
      renderPortal(<Harness />);
      screen.getByRole('button', { name: 'Move Hero unit down' }).focus();
      await user.keyboard('{Enter}');
      expect(order()).toEqual(['tickets', 'hero', 'cards']);
      expect(screen.getByRole('button', { name: 'Move Hero unit down' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(order()).toEqual(['tickets', 'cards', 'hero']);
      expect(screen.getByRole('button', { name: 'Move Hero unit up' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(order()).toEqual(['tickets', 'hero', 'cards']);
      expect(screen.getByRole('button', { name: 'Move Hero unit up' })).toHaveFocus();
    });
  });

  describe('when dragging with the keyboard', () => {
    /** jsdom has no layout: the rows stand 60 px apart, as in a browser. */
    function layOutRows() {
      // dnd-kit scrolls the picked-up row into view; jsdom cannot scroll.
      Element.prototype.scrollIntoView ??= () => undefined;
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
        const rowElement = this.closest<HTMLElement>('[data-slot="block-row"]');
        const index = rowElement ? [...document.querySelectorAll('[data-slot="block-row"]')].indexOf(rowElement) : 0;
        const top = index * 60;
        return { x: 0, y: top, top, left: 0, right: 400, bottom: top + 50, width: 400, height: 50, toJSON: () => ({}) } as DOMRect;
      });
    }

    // Bug: the pick-up announcement was replaced at once by "over position 1", the row's own place.
    it('tells how to pick a block up, announces each step and moves it on drop', async () => {
      layOutRows();
      const user = userEvent.setup();
      const onMove = vi.fn();
      renderPortal(<Harness onMove={onMove} />);
      const handle = screen.getByRole('button', { name: 'Reorder Hero unit' });
      expect(handle).toHaveAccessibleDescription(/To pick up a block, press Space or Enter/);
      handle.focus();
      await user.keyboard(' ');
      expect(await screen.findByText('Picked up Hero unit at position 1 of 3.')).toBeInTheDocument();
      await user.keyboard('{ArrowDown}');
      expect(await screen.findByText('Hero unit is over position 2 of 3.')).toBeInTheDocument();
      await user.keyboard(' ');
      expect(await screen.findByText('Hero unit dropped at position 2 of 3.')).toBeInTheDocument();
      expect(onMove).toHaveBeenCalledWith(0, 1);
      expect(order()).toEqual(['tickets', 'hero', 'cards']);
    });

    it('cancels with Escape, announcing it and leaving the order', async () => {
      layOutRows();
      const user = userEvent.setup();
      const onMove = vi.fn();
      renderPortal(<Harness onMove={onMove} />);
      screen.getByRole('button', { name: 'Reorder Ticket list' }).focus();
      await user.keyboard(' ');
      await screen.findByText('Picked up Ticket list at position 2 of 3.');
      await user.keyboard('{ArrowDown}');
      await user.keyboard('{Escape}');
      expect(await screen.findByText('Moving Ticket list was cancelled.')).toBeInTheDocument();
      expect(onMove).not.toHaveBeenCalled();
      expect(order()).toEqual(['hero', 'tickets', 'cards']);
    });
  });

  it('works in Arabic, right to left, with Arabic names for the buttons', async () => {
    const { container } = renderRtl(<Harness />);
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    expect(screen.getByRole('list', { name: 'الأقسام' })).toBeVisible();
    await expectNoAxeViolations(container);
  });
});
