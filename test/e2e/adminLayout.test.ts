import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, type OpenPageOptions, useDemo } from './support/demo.js';

const demo = useDemo();

/** One computed style property of the element. */
const computed = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

/** Waits until the element's computed `property` is `expected` (styles apply asynchronously); fails with the last value. */
async function styleBecomes(locator: Locator, property: string, expected: string, timeout = 10_000): Promise<void> {
  const start = Date.now();
  let last = await computed(locator, property);
  while (last !== expected && Date.now() - start < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await computed(locator, property);
  }
  expect(last).toBe(expected);
}

/** The admin's CSS as typed: one rule for the portal, then two lines the sanitizer must stop. */
const CUSTOM_CSS = [
  'h1 { letter-spacing: 4px; }',
  '@import url(https://evil.example/x.css);',
  'h1 { background-image: url(https://evil.example/x.png); }',
  'body { background-color: rgb(255, 0, 0); }',
];

/** Replaces the CodeMirror document by typing, line by line, as an admin would. */
async function typeCss(page: Page, lines: readonly string[]) {
  const content = page.locator('[data-field="customCss"] .cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

/** The editor's page, opened on its layout screen, ready to edit. */
async function openEditor(path: string, options: OpenPageOptions = {}) {
  const editor = await demo.openPage(path, options);
  await editor.locator('[data-slot="layout-editor"][data-state="clean"]').waitFor();
  return editor;
}

describe('the layout editor of the demo admin', () => {
  it('sets a primary colour and custom CSS; the portal tab applies them without reload, and the hostile part nowhere', async () => {
    const portal = await demo.openPage('/');
    await portal.locator('[data-slot="portal-layout"][data-state="ready"]').waitFor();
    const header = portal.getByRole('banner');
    const portalTitle = portal.locator('[data-slot="portal-layout-root"] h1');
    await portalTitle.filter({ hasText: 'How can we help?' }).waitFor();
    expect(await computed(header, 'background-color')).toBe('rgb(31, 95, 191)');
    expect(await computed(portalTitle, 'letter-spacing')).toBe('normal');
    // The host's own page around the portal: a heading of its own outside the portal's root.
    await portal.evaluate(() => {
      const note = document.createElement('h1');
      note.id = 'host-heading';
      note.textContent = 'Host page';
      document.body.append(note);
      Object.assign(window, { portalMarker: true });
    });
    const hostHeading = portal.locator('#host-heading');
    const hostBefore = {
      body: await computed(portal.locator('body'), 'background-color'),
      html: await computed(portal.locator('html'), 'background-color'),
      heading: await computed(hostHeading, 'letter-spacing'),
    };
    const evilRequests: string[] = [];
    portal.on('request', (request) => {
      if (request.url().includes('evil.example')) evilRequests.push(request.url());
    });

    // A second tab of the same browser: the same IndexedDB, kept in step through BroadcastChannel.
    const editor = await openEditor('/admin/layout', { context: portal.context() });
    editor.on('request', (request) => {
      if (request.url().includes('evil.example')) evilRequests.push(request.url());
    });
    const primary = editor.getByRole('textbox', { name: 'Primary colour', exact: true });
    expect(await primary.inputValue()).toBe('#1f5fbf');
    await primary.fill('rebeccapurple');
    const previewPanel = editor.locator('[data-slot="layout-preview-panel"][data-direction="ltr"]');
    const previewHeader = previewPanel.locator('[data-slot="portal-header"]');
    await styleBecomes(previewHeader, 'background-color', 'rgb(102, 51, 153)');

    await typeCss(editor, CUSTOM_CSS);
    // The removal report, line by line: the import and the foreign image address.
    const report = editor.locator('[data-slot="layout-css-report"][data-state="removed"]');
    await report.waitFor();
    expect(await report.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))).toEqual(['import', 'url-origin']);
    expect(await report.locator('li[data-code="import"]').textContent()).toMatch(/^Line 2: @import url\(https:\/\/evil\.example\/x\.css\);/);
    expect(await report.locator('li[data-code="import"]').textContent()).toContain('@import loads a whole stylesheet');
    expect(await report.locator('li[data-code="url-origin"]').textContent()).toMatch(/^Line 3: /);
    // The preview applies the kept rule before saving; the portal tab does not yet.
    const previewTitle = previewPanel.locator('[data-slot="hero-unit-title"]');
    await styleBecomes(previewTitle, 'letter-spacing', '4px');
    expect(await computed(previewTitle, 'background-image')).toBe('none');
    expect(await computed(header, 'background-color')).toBe('rgb(31, 95, 191)');
    expect(await computed(portalTitle, 'letter-spacing')).toBe('normal');

    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();

    // The portal tab, without reload: the new primary on the header and the admin's rule applied…
    await styleBecomes(header, 'background-color', 'rgb(102, 51, 153)');
    await styleBecomes(portalTitle, 'letter-spacing', '4px');
    expect(await portal.evaluate(() => 'portalMarker' in window)).toBe(true);
    // …the hostile lines not: no import, no foreign image, in the stylesheet or on screen…
    const applied = await portal.locator('style[data-slot="portal-custom-css"]').textContent();
    expect(applied).toContain('letter-spacing: 4px');
    expect(applied).not.toContain('evil.example');
    expect(applied).not.toMatch(/@import/);
    expect(await computed(portalTitle, 'background-image')).toBe('none');
    // …and the host's page outside the portal's root is as it was (`body` means the portal's root).
    expect({
      body: await computed(portal.locator('body'), 'background-color'),
      html: await computed(portal.locator('html'), 'background-color'),
      heading: await computed(hostHeading, 'letter-spacing'),
    }).toEqual(hostBefore);
    expect(hostBefore.heading).toBe('normal');
    expect(evilRequests).toEqual([]);
  });

  it('previews a stored custom page in both directions, and has no axe violations with a removal report shown', async () => {
    // axe is injected as an inline script, which the demo's policy (rightly) blocks.
    const editor = await openEditor('/admin/layout', { bypassCSP: true });
    await typeCss(editor, CUSTOM_CSS.slice(0, 2));
    await editor.locator('[data-slot="layout-css-report"][data-state="removed"] li[data-code="import"]').waitFor();
    await editor.locator('[data-slot="layout-preview-panel"] [data-slot="hero-unit-title"]').first().waitFor();
    await editor.getByRole('combobox', { name: 'Page shown' }).selectOption({ label: 'Opening hours' });
    const panels = editor.locator('[data-slot="layout-preview-panel"]');
    await panels.nth(0).getByRole('heading', { level: 1, name: 'Opening hours' }).waitFor();
    await panels.nth(1).getByRole('heading', { level: 1, name: 'ساعات العمل' }).waitFor();
    // The kept rule of the unsaved CSS applies to the custom page's title too.
    expect(await computed(panels.nth(0).locator('[data-slot="custom-page-title"]'), 'letter-spacing')).toBe('4px');
    // The preview is a picture of the look: its links take no focus and cannot lead out of the editor.
    const previewLink = panels.nth(0).locator('[data-slot="portal-navigation"] a').first();
    expect(await previewLink.evaluate((link: HTMLElement) => (link.focus(), document.activeElement === link))).toBe(false);
    expect(await axeViolations(editor)).toEqual([]);
  });
});
