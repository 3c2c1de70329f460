import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CustomPageList } from '../../../src/admin/index.js';
import type { CustomPage } from '../../../src/model/index.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { makePage, setupPages } from '../fixtures.js';
import { screen, within } from './editorHarness.js';

vi.setConfig({ testTimeout: 20_000 });

const pages = [
  makePage({ id: 'a', internalTitle: 'Opening hours', slug: 'opening-hours', validity: 'valid' }),
  makePage({ id: 'b', internalTitle: 'Terms of service', slug: 'terms', validity: 'invalid' }),
  makePage({ id: 'c', internalTitle: 'Holiday notice', slug: 'holidays-2026', validity: 'invalid-temporarily' }),
];

function renderList(seed: CustomPage[] = pages, props: Partial<Parameters<typeof CustomPageList>[0]> = {}) {
  const store = setupPages(seed);
  const onAdd = vi.fn();
  const onEdit = vi.fn();
  const user = userEvent.setup();
  const view = renderPortal(<CustomPageList onAdd={onAdd} onEdit={onEdit} filterDebounceMs={0} {...props} />, {
    provider: { adapters: store.adapters },
  });
  return { store, onAdd, onEdit, user, ...view };
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const titles = () => bodyRows().map((row) => within(row).getByRole('rowheader').textContent);

describe('CustomPageList', () => {
  it('shows loading, then every page with its slug and validity, sorted by internal title', async () => {
    renderList();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await expectNoAxeViolations(document.body);
    await screen.findByRole('table', { name: 'Custom pages' });
    expect(titles()).toEqual(['Holiday notice', 'Opening hours', 'Terms of service']);
    const terms = bodyRows()[2] as HTMLElement;
    expect(within(terms).getByText('terms')).toBeVisible();
    expect(within(terms).getByText('Invalid')).toHaveAttribute('data-state', 'invalid');
    expect(within(bodyRows()[0] as HTMLElement).getByText('Temporarily invalid')).toBeVisible();
    expect(screen.getByRole('columnheader', { name: /Internal title/ })).toHaveAttribute('aria-sort', 'ascending');
    await expectNoAxeViolations(document.body);
  });

  it('filters by internal title or slug', async () => {
    const { user } = renderList();
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Filter by internal title or slug' }), 'holidays');
    await waitFor(() => expect(titles()).toEqual(['Holiday notice']));
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'TERMS');
    await waitFor(() => expect(titles()).toEqual(['Terms of service']));
    await user.type(screen.getByRole('searchbox'), 'xyz');
    expect(await screen.findByText('Nothing matches “TERMSxyz”.')).toBeVisible();
    await expectNoAxeViolations(document.body);
  });

  it('sorts by a column and reverses on a second click', async () => {
    const { user } = renderList();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: /Slug/ }));
    await waitFor(() => expect(titles()).toEqual(['Holiday notice', 'Opening hours', 'Terms of service']));
    expect(screen.getByRole('columnheader', { name: /Slug/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Slug/ }));
    await waitFor(() => expect(titles()).toEqual(['Terms of service', 'Opening hours', 'Holiday notice']));
    expect(screen.getByRole('columnheader', { name: /Slug/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('opens the editor from "Add page" and "Edit", and moves between rows with the arrow keys', async () => {
    const { user, onAdd, onEdit } = renderList();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Add page' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    const edit = screen.getByRole('button', { name: 'Edit “Holiday notice”' });
    edit.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Edit “Opening hours”' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
    await user.keyboard('{ArrowUp}');
    expect(edit).toHaveFocus();
  });

  it('deletes a page only after confirmation, and returns focus when cancelled', async () => {
    const { user, store } = renderList();
    await screen.findByRole('table');
    const deleteTerms = screen.getByRole('button', { name: 'Delete “Terms of service”' });
    await user.click(deleteTerms);
    let dialog = await screen.findByRole('dialog', { name: 'Delete “Terms of service”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expectNoAxeViolations(dialog);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(deleteTerms).toHaveFocus();
    expect(store.callsOf('delete')).toHaveLength(0);

    await user.click(deleteTerms);
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete page' }));
    await waitFor(() => expect(titles()).toEqual(['Holiday notice', 'Opening hours']));
    await expect(store.customPages.get({ id: 'b' })).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('keeps the dialog open with a message when deleting fails', async () => {
    const { user, store } = renderList();
    await screen.findByRole('table');
    store.adapters.control.failNext(1, 'unavailable', { methods: ['delete'] });
    await user.click(screen.getByRole('button', { name: 'Delete “Terms of service”' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete page' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The page could not be deleted.');
    expect(await store.customPages.get({ id: 'b' })).toMatchObject({ internalTitle: 'Terms of service' });
  });

  it('shows an empty state, and an error with retry', async () => {
    const empty = renderList([]);
    expect(await screen.findByText('There are no pages yet.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add page' })).toBeVisible();
    await expectNoAxeViolations(document.body);
    empty.unmount();

    const store = setupPages(pages);
    // Not retried by the data layer on its own (an unavailable store would be, after a delay).
    store.adapters.control.failNext(1, 'unauthorized', { domains: ['customPages'], methods: ['list'] });
    const user = userEvent.setup();
    renderPortal(<CustomPageList onEdit={() => {}} />, { provider: { adapters: store.adapters } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please sign in to see this.');
    await expectNoAxeViolations(document.body);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeVisible();
  });

  it('pages through thousands of pages, rendering one page of rows at a time', async () => {
    const many = Array.from({ length: 2500 }, (_, index) =>
      makePage({ id: `m${index}`, internalTitle: `Page ${String(index).padStart(4, '0')}`, slug: `page-${index}` }),
    );
    const { user } = renderList(many, { pageSize: 50 });
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByText('1–50 of 2,500')).toBeVisible();
    expect(screen.getByText('Page 1 of 50')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(titles()[0]).toBe('Page 0050'));
    expect(screen.getByText('51–100 of 2,500')).toBeVisible();
  });

  it('works in Arabic, right to left', async () => {
    const store = setupPages(pages);
    renderRtl(<CustomPageList onEdit={() => {}} onAdd={() => {}} />, { provider: { adapters: store.adapters } });
    const table = await screen.findByRole('table', { name: 'الصفحات المخصصة' });
    expect(table.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'إضافة صفحة' })).toBeVisible();
    expect(screen.getAllByText('صالح')[0]).toBeVisible();
    await expectNoAxeViolations(document.body);
  });

  it('renders on the server in its loading state, without inline styles', () => {
    const store = setupPages(pages);
    const html = renderToString(
      <PortalProvider adapters={store.adapters}>
        <CustomPageList onEdit={() => {}} />
      </PortalProvider>,
    );
    expect(html).toContain('Loading…');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
