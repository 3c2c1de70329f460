import '../jsdomLayout.js';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogItemAdmin, type NavigationBlocker } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { screen, within } from '../CustomPages/editorHarness.js';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { makeCategory, makeItem, setupCatalog } from './fixtures.js';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => sessionStorage.clear());

function renderAdmin(props: Partial<Parameters<typeof CatalogItemAdmin>[0]> = {}, render = renderPortal) {
  const store = setupCatalog();
  const user = userEvent.setup();
  const view = render(<CatalogItemAdmin filterDebounceMs={0} {...props} />, { provider: { adapters: store.adapters } });
  return { ...store, user, ...view };
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const titles = () => bodyRows().map((row) => within(row).getByRole('rowheader').textContent);
const rowOf = (title: string) => bodyRows().find((row) => within(row).getByRole('rowheader').textContent === title) as HTMLElement;

describe('CatalogItemAdmin', () => {
  it('lists items with validity, categories and whether (and why not) the portal shows them', async () => {
    const { container } = renderAdmin();
    await screen.findByRole('table', { name: 'Catalog items' });
    expect(titles()).toEqual(['Laptop', 'Mouse', 'Office', 'Retired']);
    await waitFor(() => expect(within(rowOf('Laptop')).getByText('Visible in 1 of 2 categories')).toBeVisible());
    expect(within(rowOf('Laptop')).getByText('Laptops, Licences')).toBeVisible();
    expect(within(rowOf('Office')).getByText('Hidden: none of its categories is visible')).toBeVisible();
    expect(within(rowOf('Retired')).getByText('Hidden: not valid')).toBeVisible();
    expect(within(rowOf('Mouse')).getByText('Visible')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('filters by name through the adapter: internal title or a title in any language', async () => {
    const { user, adapters } = renderAdmin();
    await screen.findByRole('table', { name: 'Catalog items' });
    await user.type(screen.getByLabelText('Filter by name'), 'Geschäftslaptop');
    await waitFor(() => expect(titles()).toEqual(['Laptop']));
    const calls = adapters.control.calls.filter((call) => call.domain === 'catalog' && call.method === 'listItems');
    expect(JSON.stringify(calls.at(-1))).toContain('Geschäftslaptop');
    await user.clear(screen.getByLabelText('Filter by name'));
    await user.type(screen.getByLabelText('Filter by name'), 'mouse');
    await waitFor(() => expect(titles()).toEqual(['Mouse']));
  });

  it('filters by category', async () => {
    const { user } = renderAdmin();
    await screen.findByRole('table', { name: 'Catalog items' });
    await waitFor(() => expect(within(screen.getByLabelText('Category')).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(screen.getByLabelText('Category'), 'Licences');
    await waitFor(() => expect(titles()).toEqual(['Laptop', 'Office']));
  });

  it('creates an item in several categories, which then shows in each', async () => {
    const { user, catalog } = renderAdmin();
    await screen.findByRole('table', { name: 'Catalog items' });
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    const form = await screen.findByRole('form', { name: 'New item' });
    await user.type(within(form).getByLabelText(/Internal title/), 'Docking station');
    await user.selectOptions(within(form).getByLabelText(/Validity/), 'valid');
    const categories = within(form).getByRole('group', { name: /Categories/ });
    await waitFor(() => expect(within(categories).getByRole('checkbox', { name: 'Rugged' })).toBeVisible());
    await user.click(within(categories).getByRole('checkbox', { name: 'Rugged' }));
    await user.click(within(categories).getByRole('checkbox', { name: 'Hardware' }));
    expect(within(categories).getByText('Categories chosen: 2')).toBeVisible();
    await user.type(within(form).getByLabelText(/^Title/), 'Docking station');
    await user.click(within(form).getByRole('button', { name: 'Add link' }));
    await user.type(within(form).getByLabelText(/Link text/), 'Order');
    await user.type(within(form).getByLabelText(/Address/), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // An unsafe link is refused with a message, and nothing is stored.
    expect(await within(form).findByText(/Use an http, https, mailto or tel address/)).toBeVisible();
    expect((await catalog.listItems({ filter: { query: 'Docking' } })).total).toBe(0);
    await user.clear(within(form).getByLabelText(/Address/));
    await user.type(within(form).getByLabelText(/Address/), 'https://forms.example.com/dock');
    await user.click(screen.getByRole('button', { name: 'Save and close' }));
    await screen.findByRole('table', { name: 'Catalog items' });
    const stored = (await catalog.listItems({ filter: { query: 'Docking' } })).data[0];
    expect(stored).toMatchObject({ validity: 'valid', content: { en: { title: 'Docking station', links: [{ label: 'Order', url: 'https://forms.example.com/dock' }] } } });
    expect([...(stored?.categoryIds ?? [])].sort()).toEqual(['Hardware', 'Rugged']);
    for (const categoryId of ['Hardware', 'Rugged']) {
      expect((await catalog.listItems({ filter: { categoryId } })).data.map((item) => item.id)).toContain(stored?.id);
    }
    await waitFor(() => expect(titles()).toContain('Docking station'));
  });

  it('refuses to save an item without a category and says why', async () => {
    const { user } = renderAdmin();
    await screen.findByRole('table', { name: 'Catalog items' });
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    const form = await screen.findByRole('form', { name: 'New item' });
    await user.type(within(form).getByLabelText(/Internal title/), 'Nowhere');
    await user.type(within(form).getByLabelText(/^Title/), 'Nowhere');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Choose at least one category.')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    await expectNoAxeViolations(form);
  });

  it('deletes an item after "Confirm"', async () => {
    const { user, catalog } = renderAdmin();
    await screen.findByRole('table', { name: 'Catalog items' });
    await user.click(screen.getByRole('button', { name: 'Delete Mouse' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Mouse?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(titles()).not.toContain('Mouse'));
    await expect(catalog.getItem({ id: 'Mouse' })).rejects.toMatchObject({ kind: 'not_found' });
  });

  describe('through the admin kit', () => {
    async function openLaptop(props: Partial<Parameters<typeof CatalogItemAdmin>[0]> = {}) {
      const view = renderAdmin({ defaultView: { mode: 'edit', itemId: 'Laptop' }, ...props });
      const form = await screen.findByRole('form', { name: 'Edit item' });
      await view.user.clear(within(form).getByLabelText(/Internal title/));
      await view.user.type(within(form).getByLabelText(/Internal title/), 'Mine');
      return { ...view, form };
    }

    it('a save against a newer version opens the conflict dialog and keeps the input', async () => {
      const { user, catalog, form } = await openLaptop();
      const stored = await catalog.getItem({ id: 'Laptop' });
      const { id: _id, version, updatedAt: _updatedAt, ...input } = stored;
      await catalog.updateItem({ id: 'Laptop', data: { ...input, internalTitle: 'Theirs' }, previousVersion: version });
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const dialog = await screen.findByRole('dialog', { name: 'This item was changed elsewhere' });
      const row = within(dialog).getAllByRole('row').find((candidate) => within(candidate).queryByRole('rowheader', { name: /Internal title/ }));
      expect(within(row as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Mine', 'Theirs']);
      await user.click(within(dialog).getByRole('button', { name: 'Keep mine (overwrite)' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(await catalog.getItem({ id: 'Laptop' })).toMatchObject({ internalTitle: 'Mine', version: 3 });
      expect(within(form).getByLabelText(/Internal title/)).toHaveValue('Mine');
    });

    it('asks before leaving with unsaved changes ("Close") and has the host router block navigation meanwhile', async () => {
      const blocker: NavigationBlocker = { state: 'unblocked' };
      const useBlocker = vi.fn((shouldBlock: boolean) => (shouldBlock ? { ...blocker } : blocker));
      const { user } = await openLaptop({ useBlocker });
      expect(useBlocker).toHaveBeenLastCalledWith(true);
      await user.click(screen.getByRole('button', { name: 'Close' }));
      const dialog = await screen.findByRole('dialog', { name: /Leave without saving/ });
      await user.click(within(dialog).getByRole('button', { name: /Stay/ }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(screen.getByRole('form', { name: 'Edit item' })).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Close' }));
      await user.click(within(await screen.findByRole('dialog', { name: /Leave without saving/ })).getByRole('button', { name: /Leave/ }));
      await screen.findByRole('table', { name: 'Catalog items' });
      expect(useBlocker).toHaveBeenLastCalledWith(false);
    });
  });

  it('stays fast with 10,000 items: one page rendered, paging and the name filter run in the adapter', async () => {
    const items = Array.from({ length: 10_000 }, (_, index) =>
      makeItem(`item-${index}`, [index % 2 === 0 ? 'Hardware' : 'Software'], {
        internalTitle: `Service ${String(index + 1).padStart(5, '0')}`,
        content: { en: { title: `Service ${index + 1}`, text: '', links: [] }, de: { title: `Dienst ${index + 1}`, text: '', links: [] } },
      }),
    );
    const adapters = createMemoryAdapters({ seed: { catalogCategories: [makeCategory('Hardware', null), makeCategory('Software', null)], catalogItems: items } });
    const user = userEvent.setup();
    renderPortal(<CatalogItemAdmin filterDebounceMs={0} />, { provider: { adapters } });
    await screen.findByRole('table', { name: 'Catalog items' });
    await waitFor(() => expect(screen.getByText('1–25 of 10,000')).toBeVisible());
    expect(titles()).toHaveLength(25);
    expect(titles()[0]).toBe('Service 00001');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(titles()[0]).toBe('Service 00026'));
    expect(titles()).toHaveLength(25);
    await user.click(screen.getByLabelText('Filter by name'));
    await user.paste('Dienst 9999');
    await waitFor(() => expect(titles()).toEqual(['Service 09999']));
    // Every request asked the adapter for one page; none read the whole catalog.
    const requests = adapters.control.calls.filter((call) => call.domain === 'catalog' && call.method === 'listItems').map((call) => call.params as { page?: number; perPage?: number; filter?: { query?: string } });
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.every((params) => params.perPage === 25)).toBe(true);
    expect(requests.some((params) => params.page === 2)).toBe(true);
    expect(requests.at(-1)?.filter?.query).toBe('Dienst 9999');
  });

  it('works right to left in Arabic', async () => {
    const { container } = renderAdmin({}, renderRtl);
    await screen.findByRole('table', { name: 'عناصر الكتالوج' });
    expect(screen.getByLabelText('تصفية حسب الاسم')).toBeVisible();
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
