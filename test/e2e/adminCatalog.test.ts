import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useDemo } from './support/demo.js';

const demo = useDemo();

const SUB_CATEGORY = { internalTitle: 'Wearables', en: 'Wearables', de: 'Tragbare Geräte' };
const ITEM = { internalTitle: 'Smartwatch (on-call)', en: 'Smartwatch for on-call staff', de: 'Smartwatch für den Bereitschaftsdienst' };

/** The category row (the list item) whose internal title is `title`. */
const categoryRow = (page: Page, title: string) =>
  page.locator('[data-slot="catalog-category-node"]').filter({ has: page.locator(':scope > div > span', { hasText: new RegExp(`^${title}$`) }) });

/** Fills a field of the language tab `tab` ("English", "German"). */
async function inTab(form: Locator, tab: string, fill: () => Promise<void>) {
  await form.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
  await fill();
}

/** The texts of the breadcrumb trail, "All services" first. */
const breadcrumbs = (page: Page) => page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').allInnerTexts();

describe('the catalog admin of the demo', () => {
  it('creates a sub-category and an item in two categories, which the portal then finds by search and by both category paths', async () => {
    const admin = await demo.openPage('/admin/catalog', { bypassCSP: true });
    await admin.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    const tree = admin.getByRole('navigation', { name: 'Category tree' });
    await tree.waitFor();

    // A sub-category under an existing category (Hardware › Mobile devices).
    await admin.getByRole('button', { name: 'Add sub-category to Mobile devices' }).click();
    const categoryForm = admin.getByRole('form', { name: 'New category' });
    await categoryForm.waitFor();
    expect(await categoryForm.getByLabel('Parent category').inputValue()).toBe('cat-mobile');
    await categoryForm.getByLabel(/^Internal title/).fill(SUB_CATEGORY.internalTitle);
    await categoryForm.getByLabel(/^Validity/).selectOption('valid');
    await inTab(categoryForm, 'English', () => categoryForm.getByLabel(/^Name/).fill(SUB_CATEGORY.en));
    await inTab(categoryForm, 'German', () => categoryForm.getByLabel(/^Name/).fill(SUB_CATEGORY.de));
    expect(await axeViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Save and close' }).click();
    await tree.waitFor();
    const wearables = categoryRow(admin, SUB_CATEGORY.internalTitle);
    await wearables.waitFor();
    // Nested under Mobile devices, and shown in the portal.
    expect(await categoryRow(admin, 'Mobile devices').locator('[data-slot="catalog-category-node"]').filter({ hasText: SUB_CATEGORY.internalTitle }).count()).toBe(1);
    expect(await wearables.locator('[data-slot="catalog-visibility"]').first().innerText()).toBe('Visible');

    // An item, valid, in the new sub-category and in Software › Collaboration, titled in English and German.
    await admin.getByRole('button', { name: 'Add item' }).click();
    const itemForm = admin.getByRole('form', { name: 'New item' });
    await itemForm.waitFor();
    await itemForm.getByLabel(/^Internal title/).fill(ITEM.internalTitle);
    await itemForm.getByLabel(/^Validity/).selectOption('valid');
    const categories = itemForm.getByRole('group', { name: /^Categories/ });
    await categories.getByRole('checkbox', { name: SUB_CATEGORY.internalTitle, exact: true }).check();
    await categories.getByRole('checkbox', { name: 'Collaboration', exact: true }).check();
    await categories.getByText('Categories chosen: 2').waitFor();
    await inTab(itemForm, 'English', () => itemForm.getByLabel(/^Title/).fill(ITEM.en));
    await inTab(itemForm, 'German', () => itemForm.getByLabel(/^Title/).fill(ITEM.de));
    // The item editor, filled in, has no axe violations either.
    expect(await axeViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Save and close' }).click();
    const items = admin.getByRole('table', { name: 'Catalog items' });
    await items.waitFor();
    await admin.getByLabel('Filter by name').fill(ITEM.de);
    const row = items.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: ITEM.internalTitle }) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).innerText()).toBe(`${SUB_CATEGORY.internalTitle}, Collaboration`);
    expect(await row.locator('[data-slot="catalog-visibility"]').innerText()).toBe('Visible');
    expect(await axeViolations(admin)).toEqual([]);

    // The portal, in a new tab on the same storage.
    const portal = await demo.openPage('/catalog', { context: admin.context() });
    await portal.getByRole('heading', { level: 1, name: 'All services' }).waitFor();

    // 1. Through the search box.
    await portal.getByRole('searchbox', { name: 'Search services' }).fill('smartwatch');
    await portal.getByRole('heading', { level: 1, name: 'Search results' }).waitFor();
    const hit = portal.locator('[data-slot="catalog-main"]').getByRole('link', { name: ITEM.en });
    await hit.first().waitFor();
    await hit.first().click();
    await portal.getByRole('heading', { level: 1, name: ITEM.en }).waitFor();

    // 2. Through the category cards: All services › Hardware › Mobile devices › Wearables.
    await portal.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'All services' }).click();
    await portal.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    const main = portal.locator('[data-slot="catalog-main"]');
    for (const name of ['Hardware', 'Mobile devices', SUB_CATEGORY.en]) {
      await main.locator('[data-slot="catalog-category-card"]').getByRole('link', { name: new RegExp(`^${name}`) }).click();
      await portal.getByRole('heading', { level: 1, name }).waitFor();
    }
    await main.getByRole('link', { name: ITEM.en }).click();
    await portal.getByRole('heading', { level: 1, name: ITEM.en }).waitFor();
    expect(await breadcrumbs(portal)).toEqual(['All services', 'Hardware', 'Mobile devices', SUB_CATEGORY.en, ITEM.en]);

    // 3. Through the category tree: Software › Collaboration.
    const categoryTree = portal.getByRole('tree', { name: 'Categories' });
    const software = categoryTree.getByRole('treeitem', { name: 'Software', exact: true });
    await software.click();
    await portal.getByRole('heading', { level: 1, name: 'Software' }).waitFor();
    if ((await software.getAttribute('aria-expanded')) !== 'true') await software.locator('[data-slot="catalog-tree-toggle"]').click();
    await categoryTree.getByRole('treeitem', { name: 'Collaboration', exact: true }).click();
    await portal.getByRole('heading', { level: 1, name: 'Collaboration' }).waitFor();
    await main.getByRole('link', { name: ITEM.en }).click();
    await portal.getByRole('heading', { level: 1, name: ITEM.en }).waitFor();
    expect(await breadcrumbs(portal)).toEqual(['All services', 'Software', 'Collaboration', ITEM.en]);

    // The localized title: the same item in German.
    await portal.goto(`${new URL(portal.url()).origin}/catalog?lang=de&q=${encodeURIComponent('Bereitschaftsdienst')}`);
    await portal.locator('[data-slot="catalog-main"]').getByRole('link', { name: ITEM.de }).first().waitFor();
  });
});
