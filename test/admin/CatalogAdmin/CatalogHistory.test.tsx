import '../jsdomLayout.js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogCategoryEditor, CatalogItemEditor } from '../../../src/admin/index.js';
import type { CatalogCategory } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal } from '../../render.js';
import { setupCatalog } from './fixtures.js';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => sessionStorage.clear());

const ana = { id: 'u-ana', name: 'Ana Müller' };

const inputOf = <Stored extends { id: string; version: number; updatedAt: string }>({ id: _id, version: _version, updatedAt: _updatedAt, ...input }: Stored) => input;

/** The seeded laptop item (version 1, before the history) and two saves by Ana: versions 2 and 3. */
async function itemWithHistory() {
  const store = setupCatalog();
  const v1 = await store.catalog.getItem({ id: 'Laptop' });
  const v2 = await store.catalog.updateItem({
    id: 'Laptop',
    data: { ...inputOf(v1), content: { ...v1.content, en: { title: 'Business laptop', text: '<p>A <strong>fast</strong> laptop</p>', links: [] } } },
    previousVersion: 1,
    author: ana,
  });
  const v3 = await store.catalog.updateItem({ id: 'Laptop', data: { ...inputOf(v2), order: 5 }, previousVersion: 2, author: ana });
  return { ...store, v2, v3 };
}

async function openHistory(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'History' }));
  return screen.findByRole('dialog', { name: 'History' });
}
const versionItem = (dialog: HTMLElement, version: number) => dialog.querySelector<HTMLElement>(`[data-slot="revision"][data-version="${version}"]`)!;

describe('CatalogItemEditor history', () => {
  it('lists the versions, compares two as the portal draws the item and as a field diff, and restores one as a new revision', async () => {
    const { adapters, catalog } = await itemWithHistory();
    const user = userEvent.setup();
    renderPortal(<CatalogItemEditor itemId="Laptop" />, { provider: { adapters } });
    const dialog = await openHistory(user);
    await within(dialog).findByText(/Version 3 \(current\)/);
    expect(versionItem(dialog, 2)).toHaveTextContent('Changed: Text (English)');
    expect(versionItem(dialog, 3)).toHaveTextContent('Changed: Order');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 3' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 3' }));
    // Versions 2 and 3 share the text: the rendered side shows it sanitized, as markup.
    const rendered = dialog.querySelector<HTMLElement>('[data-slot="revision-compare-rendered"]')!;
    await waitFor(() => expect(within(rendered).getAllByText('fast', { selector: 'strong' })).toHaveLength(2));
    const row = within(within(dialog).getByRole('table')).getByRole('row', { name: /Order/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '5']);
    await expectNoAxeViolations(dialog);

    await user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Restore version 2?' })).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByText('Version 2 was restored as version 4.')).toBeVisible();
    const [latest] = (await adapters.revisions.list({ recordKind: 'catalogItem', recordId: 'Laptop', perPage: 1 })).data;
    expect(latest).toMatchObject({ version: 4, action: 'restore', restoredFrom: { version: 2 }, changes: ['order'] });
    expect((await catalog.getItem({ id: 'Laptop' })).order).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('textbox', { name: /^Order/ })).toHaveValue('0');
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('names the item’s categories in the field diff by their internal titles, not their ids', async () => {
    const { adapters, catalog } = setupCatalog();
    const rugged = await catalog.getCategory({ id: 'Rugged' });
    await catalog.updateCategory({ id: 'Rugged', data: { ...inputOf(rugged), internalTitle: 'Rugged field laptops' }, previousVersion: 1 });
    const v1 = await catalog.getItem({ id: 'Laptop' });
    const v2 = await catalog.updateItem({ id: 'Laptop', data: { ...inputOf(v1), order: 1 }, previousVersion: 1, author: ana });
    await catalog.updateItem({ id: 'Laptop', data: { ...inputOf(v2), categoryIds: ['Rugged', 'Orphan'] }, previousVersion: 2, author: ana });
    const user = userEvent.setup();
    renderPortal(<CatalogItemEditor itemId="Laptop" />, { provider: { adapters } });
    const dialog = await openHistory(user);
    await within(dialog).findByText(/Version 3 \(current\)/);
    // The two newest versions are compared from the start.
    const row = within(await within(dialog).findByRole('table')).getByRole('row', { name: /Categories/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Laptops, Licences', 'Rugged field laptops, Orphan']);
  });

  it('refuses a restore when the item changed elsewhere', async () => {
    const { adapters, catalog, v3 } = await itemWithHistory();
    const user = userEvent.setup();
    renderPortal(<CatalogItemEditor itemId="Laptop" />, { provider: { adapters } });
    const dialog = await openHistory(user);
    await within(dialog).findByText(/Version 3 \(current\)/);
    await catalog.updateItem({ id: 'Laptop', data: { ...inputOf(v3), order: 9 }, previousVersion: 3 });
    await user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Restore version 2?' })).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByText(/changed in the meantime/)).toBeVisible();
    expect((await catalog.getItem({ id: 'Laptop' })).order).toBe(9);
  });

  it('shows an error with a retry, and says so when the item has no versions yet', async () => {
    const { adapters } = setupCatalog();
    adapters.control.failNext(Infinity, 'unavailable', { domains: ['revisions'] });
    const user = userEvent.setup();
    renderPortal(<CatalogItemEditor itemId="Office" />, { provider: { adapters } });
    const dialog = await openHistory(user);
    expect(await within(dialog).findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
    adapters.control.clearFaults();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText(/No versions yet/)).toBeVisible();
  });

  it('offers no history for an item not saved yet', async () => {
    const { adapters } = setupCatalog();
    renderPortal(<CatalogItemEditor />, { provider: { adapters } });
    await screen.findByRole('heading', { name: 'New item' });
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
  });

  it('works right to left in Arabic', async () => {
    const { adapters } = await itemWithHistory();
    const user = userEvent.setup();
    renderPortal(<CatalogItemEditor itemId="Laptop" />, { provider: { adapters, language: 'ar' } });
    await user.click(await screen.findByRole('button', { name: 'السجل' }));
    const dialog = await screen.findByRole('dialog', { name: 'السجل' });
    await within(dialog).findByText(/النسخة 3 \(الحالية\)/);
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(dialog);
  });
});

describe('CatalogCategoryEditor history', () => {
  it('lists a category’s versions as a field diff and restores one, the editor then showing it', async () => {
    const { adapters, catalog } = setupCatalog();
    const v1: CatalogCategory = await catalog.getCategory({ id: 'Rugged' });
    await catalog.updateCategory({ id: 'Rugged', data: { ...inputOf(v1), content: { en: { name: 'Rugged devices' } } }, previousVersion: 1, author: ana });
    const user = userEvent.setup();
    renderPortal(<CatalogCategoryEditor categoryId="Rugged" />, { provider: { adapters } });
    const dialog = await openHistory(user);
    await within(dialog).findByText(/Version 2 \(current\)/);
    expect(versionItem(dialog, 2)).toHaveTextContent('Changed: Name (English)');
    expect(dialog.querySelector('[data-slot="revision-compare-rendered"]')).toBeNull();
    await expectNoAxeViolations(dialog);
    // Version 1 was the seeded one, never kept: nothing older to restore.
    expect(within(dialog).queryByRole('button', { name: /Restore/ })).toBeNull();

    await catalog.updateCategory({ id: 'Rugged', data: { ...inputOf(v1), order: 3 }, previousVersion: 2 });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The editor still stands on version 2; the restore is refused until it knows the newer one.
    const reopened = await openHistory(user);
    await within(reopened).findByText(/Version 3 \(current\)/);
    await user.click(within(reopened).getByRole('button', { name: 'Restore version 2' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Restore version 2?' })).getByRole('button', { name: 'Restore' }));
    expect(await within(reopened).findByText(/changed in the meantime/)).toBeVisible();
    await user.click(within(reopened).getByRole('button', { name: 'Restore version 2' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Restore version 2?' })).getByRole('button', { name: 'Restore' }));
    expect(await within(reopened).findByText('Version 2 was restored as version 4.')).toBeVisible();
    const stored = await catalog.getCategory({ id: 'Rugged' });
    expect(stored).toMatchObject({ version: 4, order: 0, content: { en: { name: 'Rugged devices' } } });
    await user.click(within(reopened).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Rugged devices');
  });
});

