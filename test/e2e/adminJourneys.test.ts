// The admin's journeys through the built demo, under its strict CSP, and what the portal shows
// after each. The list, and where each step is driven end to end:
//
// - create, edit, invalidate and delete a custom page: here (the menu entry and the home page's
//   search-driven link come and go with it; not-found once it is invalid or deleted);
// - edit a page in two tabs, the conflict dialog, "Keep mine": adminPages.test.ts (with the
//   page written in German and French, read by its slug in both, and the leave guard);
// - change the home page's blocks (hero title, order by keyboard and by mouse) and see the
//   portal tab follow: adminHome.test.ts;
// - set the brand colours and custom CSS (the hostile lines refused), the portal tab applies
//   them: adminLayout.test.ts;
// - allow a script's origin and add the script, which then loads in the portal while one from
//   another origin is refused: demoBackend.test.ts (the script settings need the demo's server
//   to send the admin's policy, which it does against the reference backend);
// - create categories and items, found in the portal by search and by both category paths:
//   adminCatalog.test.ts; move categories by dragging: adminCatalogDrag.test.ts.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemo } from './support/demo.js';

const demo = useDemo();

const PAGE = {
  internalTitle: 'Monitor calibration',
  slug: 'monitor-calibration',
  en: 'Monitor calibration for designers',
  enEdited: 'Monitor calibration for designers and photographers',
  de: 'Monitor-Kalibrierung für Gestalter',
  body: 'Book a colorimeter from the service desk.',
};

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const editorForm = (page: Page) => page.locator('[data-slot="custom-page-editor"]').getByRole('form');
const languageTab = (page: Page, language: string) => editorForm(page).getByRole('tab', { name: new RegExp(`^${language}`) });
const saved = (page: Page) => page.locator('[data-slot="save-status"]').filter({ hasText: 'All changes saved.' });
const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });
/** The home page's search-driven link list ("monitor"), which finds valid custom pages too. */
const monitorLinks = (page: Page) => page.locator('[data-slot="link-list"][data-source="search"]').filter({ hasText: 'Monitors and screens' });

async function expectValue(locator: Locator, value: string) {
  await expect.poll(() => locator.inputValue(), { timeout: 15_000 }).toBe(value);
}

/** The link texts of `list`'s items, once it has some. */
async function linkTexts(list: Locator): Promise<string[]> {
  await list.locator('[data-slot="link-list-item"]').first().waitFor();
  return list.locator('[data-slot="link-list-item"] a').allTextContents();
}

describe('the admin journey of a custom page', () => {
  it('creates, edits, invalidates and deletes a page; the portal menu, the home page and its address follow each step', async () => {
    const admin = await demo.openPage('/admin/pages');
    const portal = await demo.openPage('/', { context: admin.context() });
    await heading(portal).filter({ hasText: 'How can we help?' }).waitFor();
    // Before: the seeded "monitor" results, the services overview among them.
    expect(await linkTexts(monitorLinks(portal))).toContain('Our services at a glance');

    // Create: English and German (a new page's languages in the demo), valid.
    await admin.bringToFront();
    await admin.getByRole('button', { name: 'Add page' }).click();
    await editorForm(admin).waitFor();
    await editorForm(admin).getByLabel(/^Internal title/).fill(PAGE.internalTitle);
    await editorForm(admin).getByLabel(/^Slug/).fill(PAGE.slug);
    await editorForm(admin).getByLabel(/^Validity/).selectOption('valid');
    await languageTab(admin, 'English').click();
    await editorForm(admin).getByLabel(/^Page title/).fill(PAGE.en);
    await editorForm(admin).getByRole('textbox', { name: 'Text' }).click();
    await admin.keyboard.type(PAGE.body);
    await languageTab(admin, 'German').click();
    await editorForm(admin).getByLabel(/^Page title/).fill(PAGE.de);
    await editorForm(admin).getByRole('button', { name: 'Save', exact: true }).click();
    await admin.waitForURL((url) => /^\/admin\/pages\/(?!new$)[^/]+$/.test(url.pathname));
    const editorPath = new URL(admin.url()).pathname;

    // Edit: a longer English title, saved over the first version.
    await languageTab(admin, 'English').click();
    await expectValue(editorForm(admin).getByLabel(/^Page title/), PAGE.en);
    await editorForm(admin).getByLabel(/^Page title/).fill(PAGE.enEdited);
    await editorForm(admin).getByRole('button', { name: 'Save', exact: true }).click();
    await saved(admin).waitFor();

    // Into the menu, through the layout editor.
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Layout', exact: true }).click();
    await admin.locator('[data-slot="layout-editor"][data-state="clean"]').waitFor();
    await admin.getByLabel('Custom page to add').selectOption({ label: PAGE.internalTitle });
    await admin.getByRole('button', { name: 'Add to the menu' }).click();
    await admin.locator(`[data-slot="layout-menu-page"][data-menu-page="${PAGE.slug}"]`).waitFor();
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await saved(admin).waitFor();

    // The portal tab (brought to the front: a hidden tab hardly renders), without a reload: the page in the menu, after the seeded ones, and among
    // the home page's "monitor" links (its title matches, so it displaces the overview).
    await portal.bringToFront();
    const menuLink = mainNavigation(portal).getByRole('link', { name: PAGE.enEdited, exact: true });
    await menuLink.waitFor();
    await expect.poll(() => linkTexts(monitorLinks(portal))).toContain(PAGE.enEdited);
    expect(await linkTexts(monitorLinks(portal))).not.toContain('Our services at a glance');
    await menuLink.click();
    await heading(portal).filter({ hasText: PAGE.enEdited }).waitFor();
    await portal.getByRole('main').getByText(PAGE.body).waitFor();
    expect(new URL(portal.url()).pathname).toBe(`/page/${PAGE.slug}`);
    // German visitors get the German title, in the menu and on the page.
    await portal.getByLabel('Language').selectOption('de');
    await heading(portal).filter({ hasText: PAGE.de }).waitFor();
    await portal.locator('[data-slot="portal-navigation"]').getByRole('link', { name: PAGE.de, exact: true }).waitFor();
    await portal.getByLabel('Sprache').selectOption('en');
    await heading(portal).filter({ hasText: PAGE.enEdited }).waitFor();

    // Invalidate.
    await admin.bringToFront();
    await admin.goto(`${demo.url}${editorPath}`);
    await expectValue(editorForm(admin).getByLabel(/^Internal title/), PAGE.internalTitle);
    await editorForm(admin).getByLabel(/^Validity/).selectOption('invalid');
    await editorForm(admin).getByRole('button', { name: 'Save', exact: true }).click();
    await saved(admin).waitFor();

    // The open portal tab turns to not-found and drops the menu entry; so does a fresh visit.
    await portal.bringToFront();
    await heading(portal).filter({ hasText: 'Page not found' }).waitFor();
    expect(await portal.getByText(PAGE.body).count()).toBe(0);
    await menuLink.waitFor({ state: 'detached' });
    await portal.goto(`${demo.url}/page/${PAGE.slug}`);
    await heading(portal).filter({ hasText: 'Page not found' }).waitFor();
    await mainNavigation(portal).getByRole('link', { name: 'Opening hours' }).waitFor();
    expect(await mainNavigation(portal).getByRole('link', { name: PAGE.enEdited }).count()).toBe(0);
    await mainNavigation(portal).getByRole('link', { name: 'Home', exact: true }).click();
    // The home page's links no longer lead to it: the overview is back in its place.
    await expect.poll(() => linkTexts(monitorLinks(portal))).toContain('Our services at a glance');
    expect(await linkTexts(monitorLinks(portal))).not.toContain(PAGE.enEdited);
    expect(await portal.locator(`a[href="/page/${PAGE.slug}"]`).count()).toBe(0);
    // The admin still lists it, marked invalid.
    await admin.bringToFront();
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Custom pages', exact: true }).click();
    const list = admin.getByRole('table', { name: 'Custom pages' });
    const row = list.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: PAGE.internalTitle, exact: true }) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).innerText()).toBe('Invalid');

    // Delete, after the confirmation.
    await row.getByRole('button', { name: `Delete “${PAGE.internalTitle}”` }).click();
    const confirm = admin.getByRole('dialog', { name: `Delete “${PAGE.internalTitle}”?` });
    await confirm.getByRole('button', { name: 'Delete page' }).click();
    await confirm.waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    await list.getByRole('rowheader', { name: 'Opening hours' }).waitFor();
    await admin.getByLabel('Filter by internal title or slug').fill(PAGE.slug);
    await admin.locator('[data-slot="list-no-matches"]').filter({ hasText: `Nothing matches “${PAGE.slug}”.` }).waitFor();

    // Gone from the portal: not-found at its address, nowhere in the menu; the layout editor
    // keeps the menu entry but says no page has that address.
    await portal.bringToFront();
    await portal.goto(`${demo.url}/page/${PAGE.slug}`);
    await heading(portal).filter({ hasText: 'Page not found' }).waitFor();
    expect(await mainNavigation(portal).getByRole('link', { name: PAGE.enEdited }).count()).toBe(0);
    await admin.bringToFront();
    await admin.goto(`${demo.url}/admin/layout`);
    await admin.locator(`[data-slot="layout-menu-page"][data-menu-page="${PAGE.slug}"] [data-slot="layout-menu-page-missing"]`).waitFor();
  });
});
