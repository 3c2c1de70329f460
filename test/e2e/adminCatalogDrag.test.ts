import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useDemo } from './support/demo.js';

const demo = useDemo();

/** The category row (the list item) whose internal title is `title`. */
const categoryRow = (page: Page, title: string) =>
  page.locator('[data-slot="catalog-category-node"]').filter({ has: page.locator(':scope > div > span', { hasText: new RegExp(`^${title}$`) }) });

/** The internal titles of the sub-categories shown directly under `title` (`null`: the top level). */
async function childrenOf(page: Page, title: string | null) {
  const list = title === null ? page.getByRole('navigation', { name: 'Category tree' }).locator(':scope > ul') : categoryRow(page, title).locator(':scope > ul');
  return list.locator(':scope > li > div > span:first-of-type').allInnerTexts();
}

type Point = { x: number; y: number };

/**
 * Drags with real mouse events: press on `from`, move in steps (dnd-kit starts a drag after a
 * few pixels), then to `to`, release there. `to` is read again once the drag runs and the
 * pointer is over it, so a tree still settling from the previous move cannot put the release
 * on a neighbouring drop area.
 */
async function drag(page: Page, from: Point, to: Point | (() => Promise<Point>)) {
  const target = typeof to === 'function' ? to : async () => to;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  const first = await target();
  await page.mouse.move(first.x, first.y, { steps: 12 });
  const settled = await target();
  await page.mouse.move(settled.x, settled.y, { steps: 2 });
  await page.mouse.up();
}

/** The centre of an element on screen, and its box. */
async function centreOf(element: Locator) {
  const box = await element.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

describe('dragging categories in the demo admin', () => {
  it('re-parents a category by dragging it onto another, and reorders the top level by dragging onto a row edge; the portal shows both', async () => {
    // The handles (named, 24px or larger) pass axe, target-size included (axe needs the policy bypassed).
    const checked = await demo.openPage('/admin/catalog', { bypassCSP: true });
    await checked.getByRole('button', { name: 'Drag Printing' }).waitFor();
    expect(await axeViolations(checked)).toEqual([]);

    // The drags run under the demo's strict CSP: a blocked inline style would be a console error and fail the test.
    // Tall enough for the whole tree: mouse events only reach what is inside the viewport.
    const admin = await demo.openPage('/admin/catalog', { viewport: { width: 1200, height: 1600 } });
    await admin.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await admin.getByRole('navigation', { name: 'Category tree' }).waitFor();
    expect(await childrenOf(admin, 'Hardware')).toEqual(['Laptops & desktops', 'Mobile devices', 'Printing']);
    expect(await childrenOf(admin, 'Software')).toEqual(['Licences', 'Collaboration']);

    // 1. "Printing" dropped onto the middle of the "Software" row: it becomes Software's last sub-category.
    const handle = admin.getByRole('button', { name: 'Drag Printing' });
    const from = await centreOf(handle);
    expect(from.box.width).toBeGreaterThanOrEqual(24);
    expect(from.box.height).toBeGreaterThanOrEqual(24);
    const software = await centreOf(categoryRow(admin, 'Software').locator(':scope > div'));
    await drag(admin, from, software);
    await admin.locator('[data-slot="catalog-category-message"]').getByText('Printing moved.').waitFor();
    await expect.poll(() => childrenOf(admin, 'Software')).toEqual(['Licences', 'Collaboration', 'Printing']);
    expect(await childrenOf(admin, 'Hardware')).toEqual(['Laptops & desktops', 'Mobile devices']);

    // 2. "Access & accounts" dropped onto the top edge of the "Hardware" row: first at the top level.
    const access = await centreOf(admin.getByRole('button', { name: 'Drag Access & accounts' }));
    const hardwareTopEdge = async () => {
      const { box } = await centreOf(categoryRow(admin, 'Hardware').locator(':scope > div'));
      return { x: box.x + box.width / 2, y: box.y + 3 };
    };
    await drag(admin, access, hardwareTopEdge);
    await admin.locator('[data-slot="catalog-category-message"]').getByText('Access & accounts moved.').waitFor();
    await expect.poll(() => childrenOf(admin, null)).toEqual(['Access & accounts', 'Hardware', 'Software', 'Facilities', 'Legacy services']);

    // 3. Dropping "Software" onto its own sub-category is refused, and nothing changes.
    const softwareHandle = await centreOf(admin.getByRole('button', { name: 'Drag Software' }));
    await drag(admin, softwareHandle, await centreOf(categoryRow(admin, 'Licences').locator(':scope > div')));
    await admin.locator('[data-slot="catalog-category-message"]').getByText('A category cannot be placed inside itself or one of its own sub-categories.').waitFor();
    expect(await childrenOf(admin, 'Software')).toEqual(['Licences', 'Collaboration', 'Printing']);

    // Stored: a reload shows the same tree.
    await admin.reload();
    await admin.getByRole('navigation', { name: 'Category tree' }).waitFor();
    await expect.poll(() => childrenOf(admin, null)).toEqual(['Access & accounts', 'Hardware', 'Software', 'Facilities', 'Legacy services']);
    expect(await childrenOf(admin, 'Software')).toEqual(['Licences', 'Collaboration', 'Printing']);

    // The portal, in a new tab on the same storage: the new top-level order, and Printing under Software.
    const portal = await demo.openPage('/catalog', { context: admin.context() });
    await portal.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    const main = portal.locator('[data-slot="catalog-main"]');
    const cards = main.locator('[data-slot="catalog-category-card"]');
    await cards.first().waitFor();
    expect((await cards.allInnerTexts()).map((text) => text.split('\n')[0])).toEqual(['Access & accounts', 'Hardware', 'Software']);
    await cards.getByRole('link', { name: /^Software/ }).click();
    await portal.getByRole('heading', { level: 1, name: 'Software' }).waitFor();
    await expect.poll(async () => (await cards.allInnerTexts()).map((text) => text.split('\n')[0])).toEqual(['Licences', 'Collaboration', 'Printing']);
    await cards.getByRole('link', { name: /^Printing/ }).click();
    await portal.getByRole('heading', { level: 1, name: 'Printing' }).waitFor();
    expect(await portal.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').allInnerTexts()).toEqual(['All services', 'Software', 'Printing']);
  });
});
