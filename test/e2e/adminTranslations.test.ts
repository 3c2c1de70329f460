import { describe, expect, it } from 'vitest';
import { axeViolations, useDemo } from './support/demo.js';

const demo = useDemo();

describe('the translation status of the demo admin', () => {
  it('counts the seeded content per language and opens a custom page in its editor', async () => {
    const page = await demo.openPage('/admin/translations', { bypassCSP: true });
    const summary = page.getByRole('table', { name: 'Records per language' });
    await summary.waitFor();
    expect(await summary.getByRole('rowheader').allTextContents()).toEqual(['English', 'German', 'French', 'Arabic']);
    expect(await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Translations' }).getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    const firstPage = page.locator('[data-slot="list-row"]').filter({ hasText: 'Custom page' }).first();
    await firstPage.getByRole('link', { name: /^Open / }).click();
    await page.waitForURL(/\/admin\/pages\/[^/]+$/);
    await page.getByRole('tablist').first().waitFor();
    // The editor's tabs show each language's status too.
    expect(await page.getByRole('tab').first().textContent()).toMatch(/\((complete|incomplete|missing)\)$/);
  });

  it('offers the pseudo-locale with ?pseudo=1 only, left to right and with every string bracketed', async () => {
    const plain = await demo.openPage('/');
    await plain.locator('[data-slot="portal-layout"][data-state="ready"]').waitFor();
    expect(await plain.locator('select option[value="en-XA"]').count()).toBe(0);

    const page = await demo.openPage('/?pseudo=1&lang=en-XA');
    await page.locator('[data-slot="portal-layout"][data-state="ready"]').waitFor();
    expect(await page.locator('select option[value="en-XA"]').count()).toBe(1);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en-XA', 'ltr']);
    const label = await page.getByRole('link', { name: /^\[.+ ~+\]$/ }).first().textContent();
    expect(label).toMatch(/^\[.+ ~+\]$/);
  });
});
