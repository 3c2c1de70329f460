// The custom pages admin of the built demo in Chromium: a page written in German and French,
// read in the portal by its slug, edited in two tabs at once, and the guard against leaving
// with unsaved changes through the app's own links.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useDemo } from './support/demo.js';

const demo = useDemo();

const SLUG = 'oeffnungszeiten-feiertage';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const editorForm = (page: Page) => page.locator('[data-slot="custom-page-editor"]').getByRole('form');
const languageTab = (page: Page, language: string) => page.getByRole('tab', { name: new RegExp(`^${language}`) });
const pageTitle = (page: Page) => editorForm(page).getByLabel(/^Page title/);
/** The rich text editor's editable area (Tiptap's contenteditable), named by the "Text" label. */
const bodyEditor = (page: Page) => editorForm(page).getByRole('textbox', { name: 'Text' });
const saveButton = (page: Page) => editorForm(page).getByRole('button', { name: 'Save', exact: true });
const saveStatus = (page: Page) => editorForm(page).locator('[data-slot="save-status"]');
const tool = (page: Page, name: string) => editorForm(page).getByRole('toolbar', { name: 'Text formatting' }).getByRole('button', { name });

/** Opens the editor of a stored page and waits until its form holds the page. */
async function openEditor(page: Page, id: string) {
  await page.goto(`${demo.url}/admin/pages/${encodeURIComponent(id)}`);
  await expectValue(editorForm(page).getByLabel(/^Internal title/), 'Feiertage');
  await bodyEditor(page).waitFor();
}

async function expectValue(locator: Locator, value: string) {
  await expect.poll(() => locator.inputValue(), { timeout: 15_000 }).toBe(value);
}

/** Types into the body of the active language through the rich text editor. */
async function typeBody(page: Page, parts: Array<string | { bold: string }>) {
  await bodyEditor(page).click();
  for (const part of parts) {
    if (typeof part === 'string') {
      await page.keyboard.type(part);
    } else {
      await tool(page, 'Bold').click();
      await page.keyboard.type(part.bold);
      await tool(page, 'Bold').click();
    }
  }
}

/**
 * Creates the German and French page in the admin of `page`'s context and returns its id:
 * English (a new page's first language in the demo) is removed, French added, both bodies
 * written in the rich text editor.
 */
async function createPage(page: Page): Promise<string> {
  await page.goto(`${demo.url}/admin/pages`);
  await page.getByRole('button', { name: 'Add page' }).click();
  await heading(page).filter({ hasText: 'Custom pages' }).waitFor();
  await editorForm(page).waitFor();
  expect(new URL(page.url()).pathname).toBe('/admin/pages/new');

  await editorForm(page).getByLabel(/^Internal title/).fill('Feiertage');
  await editorForm(page).getByLabel(/^Slug/).fill(SLUG);
  await editorForm(page).getByLabel(/^Validity/).selectOption('valid');

  // Languages through the tabs: drop English (asks first), add French.
  await languageTab(page, 'English').click();
  await editorForm(page).getByRole('button', { name: 'Remove English' }).click();
  const removeDialog = page.getByRole('dialog', { name: 'Remove English?' });
  await removeDialog.getByRole('button', { name: 'Remove language' }).click();
  await removeDialog.waitFor({ state: 'detached' });
  await editorForm(page).getByRole('button', { name: 'Add language' }).click();
  await editorForm(page).getByLabel('Language to add').selectOption('fr');
  await editorForm(page).getByRole('button', { name: 'Add', exact: true }).click();
  expect(await page.getByRole('tab').allTextContents()).toEqual([expect.stringMatching(/^German/), expect.stringMatching(/^French/)]);

  await languageTab(page, 'German').click();
  await pageTitle(page).fill('Öffnungszeiten an Feiertagen');
  await typeBody(page, ['An Feiertagen ist der Service ', { bold: 'geschlossen' }, '.']);
  await languageTab(page, 'French').click();
  expect(await languageTab(page, 'French').getAttribute('aria-selected')).toBe('true');
  await pageTitle(page).fill('Horaires les jours fériés');
  await typeBody(page, ['Le service est ', { bold: 'fermé' }, ' les jours fériés.']);
  // The live preview shows the active language through the portal's own rendering.
  const preview = page.getByRole('region', { name: 'Preview in French' });
  await preview.getByRole('heading', { name: 'Horaires les jours fériés' }).waitFor();
  expect((await preview.locator('strong').textContent())?.trim()).toBe('fermé');

  await saveButton(page).click();
  // The first save gives the page its id, and the address follows without asking to leave.
  await page.waitForURL((url) => /^\/admin\/pages\/(?!new$)[^/]+$/.test(url.pathname));
  await page.locator('[data-slot="custom-page-editor"]').getByRole('heading', { name: 'Edit page' }).waitFor();
  await expectValue(editorForm(page).getByLabel(/^Internal title/), 'Feiertage');
  expect(await saveStatus(page).textContent()).not.toBe('Unsaved changes');
  expect(await page.getByRole('dialog').count()).toBe(0);
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
}

/** Opens the portal's page by slug in `language` and waits for `title` as its heading. */
async function openPortalPage(page: Page, language: string, title: string) {
  await page.goto(`${demo.url}/page/${SLUG}?lang=${language}`);
  await page.locator(`[data-slot="portal-root"][lang="${language}"]`).first().waitFor();
  await heading(page).filter({ hasText: title }).waitFor();
  return page.getByRole('main');
}

describe('the custom pages admin of the demo', () => {
  it('creates a page in German and French that the portal shows by its slug in both languages', async () => {
    const page = await demo.openPage('/admin/pages');
    await createPage(page);

    const main = await openPortalPage(page, 'de', 'Öffnungszeiten an Feiertagen');
    await main.getByText('An Feiertagen ist der Service geschlossen.').waitFor();
    expect(await main.locator('strong').filter({ hasText: 'geschlossen' }).count()).toBe(1);
    expect(await page.title()).toBe('Öffnungszeiten an Feiertagen · Acme Servicedesk');

    // Switching the language in the header shows the French version of the same page.
    await page.getByLabel('Sprache').selectOption('fr');
    await heading(page).filter({ hasText: 'Horaires les jours fériés' }).waitFor();
    await main.getByText('Le service est fermé les jours fériés.').waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');

    // Read by slug in French directly, too.
    await openPortalPage(page, 'fr', 'Horaires les jours fériés');
    expect(await main.locator('strong').textContent()).toBe('fermé');
  });

  it('shows the conflict dialog in the second of two tabs, keeps mine on request, and the portal shows it', async () => {
    // axe is injected as an inline script, which the demo's policy (rightly) blocks.
    const tabA = await demo.openPage('/admin/pages', { bypassCSP: true });
    const id = await createPage(tabA);
    const context: BrowserContext = tabA.context();
    const tabB = await demo.openPage(`/admin/pages/${encodeURIComponent(id)}`, { context });
    await openEditor(tabA, id);
    await openEditor(tabB, id);
    expect(await axeViolations(tabB)).toEqual([]);

    // Tab A saves first. (Each tab is brought to the front before it is used: a hidden tab
    // hardly renders, and every click would wait for it.)
    await tabA.bringToFront();
    await languageTab(tabA, 'German').click();
    await pageTitle(tabA).fill('Feiertage: geschlossen');
    await saveButton(tabA).click();
    await saveStatus(tabA).filter({ hasText: 'All changes saved.' }).waitFor();

    // Tab B still has the version it opened, and saves a different change on top of it.
    await tabB.bringToFront();
    await languageTab(tabB, 'German').click();
    await expectValue(pageTitle(tabB), 'Öffnungszeiten an Feiertagen');
    await pageTitle(tabB).fill('Feiertage: Notdienst erreichbar');
    await saveButton(tabB).click();

    const dialog = tabB.getByRole('dialog', { name: 'This page was changed elsewhere' });
    await dialog.waitFor();
    const titleRow = dialog.getByRole('row', { name: /^Page title \(German\)/ });
    expect(await titleRow.locator('[data-slot="conflict-mine"]').textContent()).toBe('Feiertage: Notdienst erreichbar');
    expect(await titleRow.locator('[data-slot="conflict-theirs"]').textContent()).toBe('Feiertage: geschlossen');
    expect(await titleRow.getAttribute('data-differs')).toBe('true');
    // What neither tab changed is the same on both sides.
    const frenchRow = dialog.getByRole('row', { name: /^Page title \(French\)/ });
    expect(await frenchRow.getAttribute('data-differs')).toBe('false');
    expect(await frenchRow.locator('[data-slot="conflict-theirs"]').textContent()).toBe('Horaires les jours fériés');
    expect(await axeViolations(tabB)).toEqual([]);

    await dialog.getByRole('button', { name: 'Keep mine (overwrite)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await saveStatus(tabB).filter({ hasText: 'All changes saved.' }).waitFor();
    await expectValue(pageTitle(tabB), 'Feiertage: Notdienst erreichbar');

    // The portal (in tab A, same storage) shows the version tab B kept.
    await tabA.bringToFront();
    const german = await openPortalPage(tabA, 'de', 'Feiertage: Notdienst erreichbar');
    expect(await heading(tabA).allTextContents()).toEqual(['Feiertage: Notdienst erreichbar']);
    await german.getByText('An Feiertagen ist der Service geschlossen.').waitFor();
    await openPortalPage(tabA, 'fr', 'Horaires les jours fériés');
  });

  it('asks before an in-app link leaves the editor with unsaved changes; "Stay" keeps the input', async () => {
    const page = await demo.openPage('/admin/pages', { bypassCSP: true });
    await createPage(page);
    const sideNavigation = page.getByRole('navigation', { name: 'Administration' });
    const editorPath = new URL(page.url()).pathname;

    await languageTab(page, 'German').click();
    await typeBody(page, [' Bitte vorher anrufen.']);
    await saveStatus(page).filter({ hasText: 'Unsaved changes' }).waitFor();

    await sideNavigation.getByRole('link', { name: 'Home page', exact: true }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await leave.getByRole('button', { name: 'Stay' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(editorPath);
    expect(await bodyEditor(page).textContent()).toBe('An Feiertagen ist der Service geschlossen. Bitte vorher anrufen.');
    await saveStatus(page).filter({ hasText: 'Unsaved changes' }).waitFor();

    // The portal's own menu is guarded the same way; "Leave" goes.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Leave' }).click();
    await heading(page).filter({ hasText: 'How can we help?' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // A saved editor lets the admin go without asking.
    await page.goBack();
    await bodyEditor(page).waitFor();
    await sideNavigation.getByRole('link', { name: 'Custom pages', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/admin/pages');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('has no axe violations in the editor of a new page', async () => {
    const page = await demo.openPage('/admin/pages/new', { bypassCSP: true });
    await bodyEditor(page).waitFor();
    await page.locator('[data-slot="rich-text-editor"][data-state="ready"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
