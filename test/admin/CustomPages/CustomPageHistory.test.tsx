import '../jsdomLayout.js';
import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import type { CustomPage } from '../../../src/model/index.js';
import { expectNoAxeViolations } from '../../render.js';
import { openingHours } from '../fixtures.js';
import { findDialog, findForm, renderEditor, screen, within } from './editorHarness.js';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  sessionStorage.clear();
});

const ana = { id: 'u-ana', name: 'Ana Müller' };
const karim = { id: 'u-karim', name: 'Karim Haddad' };

/** The opening hours page with three saves after the seed: versions 2 (Ana), 3 and 4 (Karim). */
async function pageWithHistory() {
  const adapters = createMemoryAdapters({ seed: { customPages: [openingHours] } });
  const { id, version: _version, updatedAt: _updatedAt, ...input } = openingHours;
  const save = async (previous: CustomPage, change: Partial<typeof input>, author: typeof ana) =>
    adapters.customPages.update({ id, data: { ...input, ...change }, previousVersion: previous.version, author });
  const v2 = await save(openingHours, { content: { ...input.content, de: { title: 'Unsere Öffnungszeiten', body: input.content.de!.body } } }, ana);
  const v3 = await save(v2, { ...v2, validity: 'invalid' }, karim);
  const v4 = await save(v3, { ...v3, content: { ...v3.content, en: { title: 'Opening hours', body: '<p>We are open <strong>every day</strong>.</p>' } } }, karim);
  return { adapters, v2, v3, v4 };
}

async function openHistory(adapters: ReturnType<typeof createMemoryAdapters>, language?: string) {
  const view = renderEditor(adapters, { pageId: 'p1' }, language ? { provider: { language } } : {});
  await findForm();
  await view.user.click(screen.getByRole('button', { name: language === 'ar' ? 'السجل' : 'History' }));
  const dialog = await findDialog(language === 'ar' ? 'السجل' : 'History');
  return { ...view, dialog };
}

const versionItem = (dialog: HTMLElement, version: number) => dialog.querySelector<HTMLElement>(`[data-slot="revision"][data-version="${version}"]`)!;

describe('CustomPageEditor history', () => {
  it('lists every saved version newest first, with who saved it, when, and what changed', async () => {
    const { adapters } = await pageWithHistory();
    const { dialog } = await openHistory(adapters);
    await within(dialog).findByText(/Version 4 \(current\)/);
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-version'))).toEqual(['4', '3', '2']);
    expect(versionItem(dialog, 2)).toHaveTextContent('by Ana Müller');
    expect(versionItem(dialog, 2)).toHaveTextContent('Changed: Page title (German)');
    expect(versionItem(dialog, 3)).toHaveTextContent('Changed: Validity');
    expect(versionItem(dialog, 4)).toHaveTextContent('by Karim Haddad');
    // The current version cannot be restored onto itself.
    expect(within(versionItem(dialog, 4)).queryByRole('button', { name: /Restore/ })).toBeNull();
    await expectNoAxeViolations(dialog);
  });

  it('compares the two newest versions side by side, rendered and as a field diff, and another pair when chosen', async () => {
    const { adapters } = await pageWithHistory();
    const { dialog, user } = await openHistory(adapters);
    const diff = await within(dialog).findByRole('table');
    expect(within(dialog).getByRole('heading', { name: 'Version 3 compared with version 4' })).toBeVisible();
    const bodyRow = within(diff).getByRole('row', { name: /Text \(English\)/ });
    expect(within(bodyRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'We are open Monday to Friday.',
      'We are open every day.',
    ]);
    const rendered = dialog.querySelector('[data-slot="revision-compare-rendered"]') as HTMLElement;
    // Rendered through the preview's SafeHtml: markup, not its source text.
    expect(within(rendered).getAllByText('every day', { selector: 'strong' })).toHaveLength(1);
    expect(within(rendered).getAllByText('Monday to Friday', { selector: 'strong' })).toHaveLength(1);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 3' }));
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(within(dialog).getByText('Choose two versions to compare them.')).toBeVisible();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 2' }));
    expect(within(dialog).getByRole('heading', { name: 'Version 2 compared with version 4' })).toBeVisible();
    const rows = within(within(dialog).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Validitychanged', 'Text (English)changed']);
    await expectNoAxeViolations(dialog);
  });

  it('restores a version after a confirmation, as a new version the editor then shows', async () => {
    const { adapters, v2 } = await pageWithHistory();
    const { dialog, user } = await openHistory(adapters);
    await user.click(await within(dialog).findByRole('button', { name: 'Restore version 2' }));
    const confirm = await findDialog('Restore version 2?');
    expect(confirm).toHaveTextContent('saved as version 5');
    await user.click(within(confirm).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByText('Version 2 was restored as version 5.')).toBeVisible();
    await within(dialog).findByText(/Version 5 \(current\)/);
    expect(versionItem(dialog, 5)).toHaveTextContent('Restored from version 2');

    const stored = await adapters.customPages.get({ id: 'p1' });
    expect(stored.version).toBe(5);
    expect(stored.content).toEqual(v2.content);
    expect(stored.validity).toBe('valid');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText(/Validity/)).toHaveValue('valid');
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    // The editor now stands on version 5: saving again is no conflict.
    await user.clear(screen.getByLabelText(/Internal title/));
    await user.type(screen.getByLabelText(/Internal title/), 'After the restore');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await adapters.customPages.get({ id: 'p1' })).version).toBe(6));
  });

  it('refuses a restore when the page changed elsewhere meanwhile, and reloads the history', async () => {
    const { adapters, v4 } = await pageWithHistory();
    const { dialog, user } = await openHistory(adapters);
    await within(dialog).findByText(/Version 4 \(current\)/);
    const { id, version: _version, updatedAt: _updatedAt, ...input } = v4;
    await adapters.customPages.update({ id, data: { ...input, internalTitle: 'Elsewhere' }, previousVersion: v4.version });
    await user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));
    await user.click(within(await findDialog('Restore version 2?')).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByText(/changed in the meantime/)).toBeVisible();
    await within(dialog).findByText(/Version 5 \(current\)/);
    expect((await adapters.customPages.get({ id: 'p1' })).internalTitle).toBe('Elsewhere');
    await expectNoAxeViolations(dialog);
  });

  it('shows an error with a retry when the history cannot be loaded, and the list after retrying', async () => {
    const { adapters } = await pageWithHistory();
    // Every read fails (the data layer retries an unavailable store on its own) until lifted.
    adapters.control.failNext(Infinity, 'unavailable', { domains: ['revisions'] });
    const { dialog, user } = await openHistory(adapters);
    expect(await within(dialog).findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
    await expectNoAxeViolations(dialog);
    adapters.control.clearFaults();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText(/Version 4 \(current\)/)).toBeVisible();
  });

  it('says so when the page has no saved versions yet', async () => {
    const adapters = createMemoryAdapters({ seed: { customPages: [openingHours] } });
    const { dialog } = await openHistory(adapters);
    expect(await within(dialog).findByText(/No versions yet/)).toBeVisible();
  });

  it('offers no history without a revisions adapter', async () => {
    const { revisions: _revisions, ...withoutHistory } = createMemoryAdapters({ seed: { customPages: [openingHours] } });
    renderEditor(withoutHistory, { pageId: 'p1' });
    await findForm();
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
  });

  it('works in Arabic, right to left, with its strings in Arabic', async () => {
    const { adapters } = await pageWithHistory();
    const { dialog } = await openHistory(adapters, 'ar');
    await within(dialog).findByText(/النسخة 4 \(الحالية\)/);
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(versionItem(dialog, 2)).toHaveTextContent('بواسطة Ana Müller');
    await expectNoAxeViolations(dialog);
  });
});
