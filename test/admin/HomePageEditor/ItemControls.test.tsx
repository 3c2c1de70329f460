import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ItemControls, moveItem } from '../../../src/admin/HomePageEditor/parts/ItemControls.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

/** Three teasers in a list, each with its controls, as a block's form has them. */
function Teasers({ removable = true, onRemove = vi.fn() }: { removable?: boolean; onRemove?: (id: string) => void }) {
  const [items, setItems] = useState(['a', 'b', 'c']);
  return (
    <ol>
      {items.map((item, index) => (
        <li key={item} data-item={item}>
          <ItemControls
            name={`Teaser ${item.toUpperCase()}`}
            index={index}
            count={items.length}
            onMove={(from, to) => setItems((current) => moveItem(current, from, to))}
            onRemove={
              removable
                ? () => {
                    setItems((current) => current.filter((other) => other !== item));
                    onRemove(item);
                  }
                : undefined
            }
          />
        </li>
      ))}
    </ol>
  );
}

const order = () => [...document.querySelectorAll<HTMLElement>('[data-item]')].map((item) => item.dataset.item);

describe('moveItem', () => {
  it('moves one item and leaves the list alone for positions outside it', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, 3)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], -1, 0)).toEqual(['a', 'b', 'c']);
  });
});

describe('ItemControls', () => {
  it('names each button after its item and disables the moves at the ends', async () => {
    const { container } = renderPortal(<Teasers />);
    expect(screen.getByRole('button', { name: 'Move Teaser A up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Teaser A down' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Move Teaser C down' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove Teaser B' })).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('offers no "Remove" when the item may not be removed', () => {
    renderPortal(<Teasers removable={false} />);
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  // Bug: an item moved to an end kept the focus on its now disabled button, so the keyboard lost its place.
  it('moves an item by keyboard and keeps the focus on it', async () => {
    const user = userEvent.setup();
    renderPortal(<Teasers />);
    screen.getByRole('button', { name: 'Move Teaser A down' }).focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['b', 'a', 'c']);
    expect(screen.getByRole('button', { name: 'Move Teaser A down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['b', 'c', 'a']);
    expect(screen.getByRole('button', { name: 'Move Teaser A up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['b', 'a', 'c']);
  });

  it('removes an item only after the admin confirms', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    renderPortal(<Teasers onRemove={onRemove} />);
    await user.click(screen.getByRole('button', { name: 'Remove Teaser B' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Teaser B?' });
    expect(dialog).toHaveAccessibleDescription('Teaser B is removed from the home page when you save.');
    await expectNoAxeViolations(document.body);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onRemove).not.toHaveBeenCalled();
    expect(order()).toEqual(['a', 'b', 'c']);

    await user.click(screen.getByRole('button', { name: 'Remove Teaser B' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(order()).toEqual(['a', 'c']));
    expect(onRemove).toHaveBeenCalledWith('b');
  });

  it('asks in Arabic, right to left', async () => {
    const user = userEvent.setup();
    const { container } = renderRtl(<Teasers />);
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    const remove = container.querySelectorAll<HTMLButtonElement>('[data-slot="item-remove"]')[0] as HTMLButtonElement;
    await user.click(remove);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/[\u0600-\u06FF]/);
    await expectNoAxeViolations(document.body);
  });
});
