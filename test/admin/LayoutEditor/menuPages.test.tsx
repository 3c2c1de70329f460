import '../jsdomLayout.js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemoSeed, createMemoryAdapters } from '../../../src/adapters/index.js';
import { LayoutEditor } from '../../../src/admin/index.js';
import { PortalLayout } from '../../../src/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => sessionStorage.clear());

// The demo seed's layout puts four pages in the menu; "Holiday closure" is temporarily invalid.
function setup(language?: 'ar') {
  const adapters = createMemoryAdapters({ seed: createDemoSeed() });
  const user = userEvent.setup();
  const render = language === 'ar' ? renderRtl : renderPortal;
  const result = render(<LayoutEditor previewHomePage={{ blocks: [] }} />, { provider: { adapters } });
  return { adapters, user, ...result };
}

const menuList = () => screen.findByRole('list', { name: 'Pages in the menu' });
const rowNames = (list: HTMLElement) => within(list).getAllByRole('listitem').map((row) => row.querySelector('code')?.textContent);

describe('LayoutEditor: pages in the menu', () => {
  it('lists the chosen pages in menu order and marks the one customers cannot see', async () => {
    const { container } = setup();
    const list = await menuList();
    expect(rowNames(list)).toEqual(['opening-hours', 'service-overview', 'holiday-closure', 'terms-of-use']);
    const closure = list.querySelector<HTMLElement>('[data-menu-page="holiday-closure"]')!;
    await waitFor(() => expect(within(closure).getByText('Not shown in the portal')).toBeVisible());
    expect(within(closure).getByText('Temporarily invalid')).toBeVisible();
    expect(list.querySelector('[data-menu-page="opening-hours"] [data-slot="layout-menu-page-hidden"]')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('moves a page with the keyboard, keeps the focus on it and announces the new position', async () => {
    const { user } = setup();
    const list = await menuList();
    // The first page cannot go further up.
    expect(await within(list).findByRole('button', { name: 'Move Opening hours (service desk) up' })).toBeDisabled();
    within(list).getByRole('button', { name: 'Move Terms of use up' }).focus();
    await user.keyboard('{Enter}');
    expect(rowNames(list)).toEqual(['opening-hours', 'service-overview', 'terms-of-use', 'holiday-closure']);
    expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'Move Terms of use up' }));
    expect(screen.getByText(/is now number 3 of 4/)).toBeInTheDocument();
  });

  it('adds and removes pages, refuses a page twice, and saves the order the portal then shows', async () => {
    const { adapters, user } = setup();
    const list = await menuList();
    // Remove "Opening hours": the focus moves to the next page's remove button.
    await user.click(await within(list).findByRole('button', { name: 'Remove Opening hours (service desk) from the menu' }));
    expect(rowNames(list)).not.toContain('opening-hours');
    expect(document.activeElement).toBe(list.querySelector('[data-menu-page="service-overview"] [data-action="remove"]'));
    // It is offered again in the picker (and chosen pages are not).
    const picker = screen.getByRole('combobox', { name: 'Custom page to add' });
    const offered = within(picker).getAllByRole('option').map((option) => (option as HTMLOptionElement).value);
    expect(offered).toContain('opening-hours');
    expect(offered).not.toContain('terms-of-use');
    await user.selectOptions(picker, 'opening-hours');
    await user.click(screen.getByRole('button', { name: 'Add to the menu' }));
    expect(rowNames(list)).toEqual(['service-overview', 'holiday-closure', 'terms-of-use', 'opening-hours']);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await adapters.layout.get({}))?.menuPages).toEqual(['service-overview', 'holiday-closure', 'terms-of-use', 'opening-hours']));

    // The portal's navigation follows the stored order and leaves the invalid page out.
    const portal = renderPortal(<PortalLayout>page</PortalLayout>, { provider: { adapters } });
    const navigation = within(portal.container).getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(navigation).getByRole('link', { name: 'Opening hours' })).toBeInTheDocument());
    const labels = within(navigation)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels.slice(-3)).toEqual(['Our services at a glance', 'Terms of use', 'Opening hours']);
    expect(within(navigation).queryByRole('link', { name: /Holiday/ })).toBeNull();
  });

  it('works right to left in Arabic', async () => {
    const { container } = setup('ar');
    const list = await screen.findByRole('list', { name: 'الصفحات في القائمة' });
    expect(list.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(within(list).getAllByRole('button', { name: /إلى الأسفل$/ })[0]).toBeEnabled();
    await expectNoAxeViolations(container);
  });

  it('is left out when the host gives no custom pages adapter', async () => {
    const { customPages: _customPages, ...adapters } = createMemoryAdapters({ seed: createDemoSeed() });
    renderPortal(<LayoutEditor previewHomePage={{ blocks: [] }} />, { provider: { adapters } });
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    expect(screen.queryByRole('group', { name: 'Pages in the menu' })).toBeNull();
  });
});
