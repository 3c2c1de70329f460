import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { MenuPagesField } from '../../../src/admin/LayoutEditor/MenuPagesField.js';
import { createPortalQueryClient } from '../../../src/data/index.js';
import { MAX_MENU_PAGES, type CustomPage } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { makePage } from '../fixtures.js';

const pages: CustomPage[] = [
  makePage({ id: 'p1', internalTitle: 'Opening hours', slug: 'opening-hours' }),
  makePage({ id: 'p2', internalTitle: 'Holiday closure', slug: 'holiday-closure', validity: 'invalid-temporarily' }),
  makePage({ id: 'p3', internalTitle: 'Terms of use', slug: 'terms-of-use' }),
];

/** The field holding the menu as the layout editor's form does. */
function Field({ initial, onValueChange }: { initial: string[]; onValueChange?: (slugs: string[]) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <MenuPagesField
      value={value}
      onValueChange={(next) => {
        setValue(next);
        onValueChange?.(next);
      }}
    />
  );
}

function setup(initial: string[], { seed = pages, rtl = false, prepare }: { seed?: CustomPage[]; rtl?: boolean; prepare?: (adapters: ReturnType<typeof createMemoryAdapters>) => void } = {}) {
  const adapters = createMemoryAdapters({ seed: { customPages: seed } });
  prepare?.(adapters);
  const onValueChange = vi.fn();
  const queryClient = createPortalQueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = (rtl ? renderRtl : renderPortal)(<Field initial={initial} onValueChange={onValueChange} />, { provider: { adapters, queryClient } });
  return { user: userEvent.setup(), onValueChange, adapters, ...result };
}

const slugsIn = (list: HTMLElement) => within(list).getAllByRole('listitem').map((row) => row.querySelector('code')?.textContent);

describe('MenuPagesField', () => {
  it('says so when the menu holds no page and offers every stored page', async () => {
    const { container } = setup([]);
    const group = screen.getByRole('group', { name: 'Pages in the menu' });
    expect(group).toHaveAccessibleDescription(/Customers see these custom pages in the main navigation/);
    expect(within(group).getByText('No custom page is in the menu.')).toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: 'Custom page to add' });
    // A page customers cannot see says so in the picker.
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['Holiday closure (Temporarily invalid)', 'Opening hours', 'Terms of use']);
    await expectNoAxeViolations(container);
  });

  it('adds the chosen page and announces it', async () => {
    const { user, onValueChange } = setup([]);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Custom page to add' }), 'terms-of-use');
    await user.click(screen.getByRole('button', { name: 'Add to the menu' }));
    expect(onValueChange).toHaveBeenLastCalledWith(['terms-of-use']);
    expect(slugsIn(screen.getByRole('list', { name: 'Pages in the menu' }))).toEqual(['terms-of-use']);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Terms of use was added to the menu.');
  });

  it('moves a page down by keyboard, keeps the focus on the moved page and announces where it is', async () => {
    const { user, onValueChange } = setup(['opening-hours', 'terms-of-use']);
    const down = await screen.findByRole('button', { name: 'Move Opening hours down' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith(['terms-of-use', 'opening-hours']);
    // At the end "down" is disabled, so the focus stays on the same page's "up".
    expect(screen.getByRole('button', { name: 'Move Opening hours down' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Opening hours up' })).toHaveFocus();
    expect(screen.getByText('Opening hours is now number 2 of 2.')).toBeInTheDocument();
  });

  it('moves the focus to the picker after the last page is removed', async () => {
    const { user, onValueChange } = setup(['opening-hours']);
    await user.click(await screen.findByRole('button', { name: 'Remove Opening hours from the menu' }));
    expect(onValueChange).toHaveBeenLastCalledWith([]);
    expect(screen.getByText('No custom page is in the menu.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Custom page to add' })).toHaveFocus();
    expect(screen.getByText('Opening hours was removed from the menu.')).toBeInTheDocument();
  });

  it('marks a page that is not valid, and one whose address no page has any more, as not shown', async () => {
    setup(['holiday-closure', 'old-page']);
    const list = screen.getByRole('list', { name: 'Pages in the menu' });
    const closure = list.querySelector<HTMLElement>('[data-menu-page="holiday-closure"]')!;
    expect(await within(closure).findByText('Not shown in the portal')).toBeInTheDocument();
    expect(within(closure).getByText('Temporarily invalid')).toBeInTheDocument();
    const gone = list.querySelector<HTMLElement>('[data-menu-page="old-page"]')!;
    expect(within(gone).getByText('No page has this address any more: not shown.')).toBeInTheDocument();
  });

  it('says when every page is in the menu, and when the menu is full', async () => {
    const { unmount } = setup(['opening-hours', 'holiday-closure', 'terms-of-use']);
    expect(await screen.findByText('Every custom page is in the menu.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    unmount();
    const many = Array.from({ length: MAX_MENU_PAGES + 1 }, (_, index) => makePage({ id: `m${index}`, slug: `page-${index}` }));
    setup(many.slice(0, MAX_MENU_PAGES).map((page) => page.slug), { seed: many });
    expect(await screen.findByText(`The menu holds at most ${MAX_MENU_PAGES} pages. Remove one to add another.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to the menu' })).toBeNull();
  });

  it('shows a failed load with "Try again", which loads the pages', async () => {
    const { user } = setup([], { prepare: (adapters) => adapters.control.failNext(1, 'unavailable', { domains: ['customPages'] }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The custom pages could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('combobox', { name: 'Custom page to add' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('works right to left in Arabic', async () => {
    const { container } = setup(['opening-hours', 'terms-of-use'], { rtl: true });
    const list = await screen.findByRole('list', { name: 'الصفحات في القائمة' });
    expect(list.closest('[dir="rtl"]')).not.toBeNull();
    // The slug stays left to right inside the right-to-left row.
    expect(list.querySelector('code')).toHaveAttribute('dir', 'ltr');
    await screen.findByRole('combobox');
    await expectNoAxeViolations(container);
  });
});
