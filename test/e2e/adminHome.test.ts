import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useDemo } from './support/demo.js';

const demo = useDemo();

// What an anonymous visitor (the portal tab, the preview's default) sees; the editor also lists
// the last block, a content-cards block for signed-in customers only (its audience).
const SEEDED_ORDER = ['hero-unit', 'ticket-list', 'image-teasers', 'link-lists', 'content-cards'];
const withSignedInBlock = (order: string[]) => [...order, 'content-cards'];

/** The block types in the order their blocks stand in the DOM under `root`. */
const blockOrder = (root: Locator) =>
  root.locator('[data-slot="home-page-block"]').evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-block-type')));

/** The block types in the order of the editor's list. */
const listOrder = (editor: Page) =>
  editor.locator('[data-slot="block-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-block-type')));

/** Waits until `read` gives `expected` (the UI updates asynchronously); fails with the last value. */
async function until<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const start = Date.now();
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() - start < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** The home page of the portal route (the blocks renderer under the name `home-page`). */
const portalBlocks = (page: Page) => page.locator('main [data-slot="home-page"]');

describe('the home page editor of the demo admin', () => {
  it('changes the hero title and the block order, previews them before saving, and the portal tab follows without reload', async () => {
    const portal = await demo.openPage('/');
    const portalHero = portal.getByRole('heading', { level: 1 });
    await portalHero.filter({ hasText: 'How can we help?' }).waitFor();
    await until(() => blockOrder(portalBlocks(portal)), SEEDED_ORDER);
    await portal.evaluate(() => Object.assign(window, { portalMarker: true }));

    // A second tab of the same browser: the same IndexedDB, kept in step through BroadcastChannel.
    const editor = await demo.openPage('/admin/home', { context: portal.context() });
    await editor.locator('[data-slot="home-page-editor"][data-state="clean"]').waitFor();
    expect(await listOrder(editor)).toEqual(withSignedInBlock(SEEDED_ORDER));
    const preview = editor.locator('[data-slot="home-page-preview"]');
    await until(() => blockOrder(preview), SEEDED_ORDER);

    // The hero's English title.
    await editor.getByRole('button', { name: 'Edit: Hero unit' }).click();
    const form = editor.locator('[data-slot="block-form"][data-block-type="hero-unit"]');
    const title = form.getByRole('textbox', { name: /^Title/ });
    expect(await title.inputValue()).toBe('How can we help?');
    await title.fill('Welcome to the Acme help centre');
    await preview.getByRole('heading', { name: 'Welcome to the Acme help centre' }).waitFor();

    // Keyboard: pick up "Image teasers" with its drag handle, move it one place up, drop it.
    const teasersHandle = editor.getByRole('button', { name: 'Reorder Image teasers' });
    await teasersHandle.focus();
    await editor.keyboard.press('Space');
    await editor.locator('[data-slot="block-row"][data-block-type="image-teasers"][data-state~="dragging"]').waitFor();
    await editor.keyboard.press('ArrowUp');
    await editor.getByText('Image teasers is over position 2 of 6.').waitFor({ state: 'attached' });
    await editor.keyboard.press('Space');
    await editor.getByText('Image teasers dropped at position 2 of 6.').waitFor({ state: 'attached' });
    const afterKeyboard = ['hero-unit', 'image-teasers', 'ticket-list', 'link-lists', 'content-cards'];
    await until(() => listOrder(editor), withSignedInBlock(afterKeyboard));

    // Pointer: drag "Content cards" by its handle onto the row of "Link lists".
    const cardsHandle = editor.getByRole('button', { name: 'Reorder Content cards' }).first();
    const linksRow = editor.locator('[data-slot="block-row"][data-block-type="link-lists"]');
    // The mouse reaches only what is in the viewport (the open block form can push the list's end below it).
    await cardsHandle.scrollIntoViewIfNeeded();
    const from = await cardsHandle.boundingBox();
    const to = await linksRow.boundingBox();
    if (!from || !to) throw new Error('the drag handle or the target row is not on screen');
    await editor.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await editor.mouse.down();
    await editor.mouse.move(from.x + from.width / 2, to.y + to.height / 4, { steps: 12 });
    await editor.locator('[data-slot="block-row"][data-block-type="content-cards"][data-state~="dragging"]').waitFor();
    await editor.mouse.up();
    const edited = ['hero-unit', 'image-teasers', 'ticket-list', 'content-cards', 'link-lists'];
    await until(() => listOrder(editor), withSignedInBlock(edited));
    // dnd-kit swallows every click for 50 ms after a drop (a page timer ends it): a page timer
    // set now fires after that one, so the "Save" click below is not the one swallowed.
    await editor.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));

    // The preview shows the unsaved order; the portal still shows the stored one.
    await until(() => blockOrder(preview), edited);
    expect(await editor.locator('[data-slot="home-page-editor"]').getAttribute('data-state')).toBe('dirty');
    expect(await blockOrder(portalBlocks(portal))).toEqual(SEEDED_ORDER);
    expect(await portalHero.textContent()).toBe('How can we help?');

    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();

    // The portal tab follows without a reload.
    await portalHero.filter({ hasText: 'Welcome to the Acme help centre' }).waitFor();
    await until(() => blockOrder(portalBlocks(portal)), edited);
    // What a visitor reads: the cards now come before the link lists.
    const headings = await portalBlocks(portal).getByRole('heading').allTextContents();
    expect(headings).toContain('Sign in safely');
    expect(headings).toContain('Popular pages');
    expect(headings.indexOf('Sign in safely')).toBeLessThan(headings.indexOf('Popular pages'));
    expect(await portal.evaluate(() => 'portalMarker' in window)).toBe(true);

    // And the editor, reloaded, reads what was stored.
    await editor.reload();
    await editor.locator('[data-slot="home-page-editor"][data-state="clean"]').waitFor();
    expect(await listOrder(editor)).toEqual(withSignedInBlock(edited));

    // And the portal, reloaded, shows what was stored: never the seed's home page that the build
    // rendered into index.html, which stays hidden while the page renders from the store.
    await portal.context().addInitScript(() => {
      new MutationObserver((_, observer) => {
        const root = document.getElementById('root');
        if (!root?.firstElementChild) return;
        observer.disconnect();
        Object.assign(window, { prerenderShown: getComputedStyle(root).visibility !== 'hidden' });
      }).observe(document, { childList: true, subtree: true });
    });
    await portal.reload();
    await portalHero.filter({ hasText: 'Welcome to the Acme help centre' }).waitFor();
    await until(() => blockOrder(portalBlocks(portal)), edited);
    expect(await portal.evaluate(() => (window as { prerenderShown?: boolean }).prerenderShown)).toBe(false);
  });

  it('has no axe violations on the editor, with a block form open', async () => {
    // axe is injected as an inline script, which the demo's policy (rightly) blocks.
    const editor = await demo.openPage('/admin/home', { bypassCSP: true });
    await editor.locator('[data-slot="home-page-editor"][data-state="clean"]').waitFor();
    await editor.getByRole('button', { name: 'Edit: Hero unit' }).click();
    await editor.locator('[data-slot="block-form"][data-block-type="hero-unit"]').waitFor();
    await editor.locator('[data-slot="home-page-preview"] [data-slot="hero-unit"]').waitFor();
    expect(await axeViolations(editor)).toEqual([]);
  });
});
