import '../jsdomLayout.js';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HomePageConfig } from '../../../src/model/index.js';
import { expectNoAxeViolations } from '../../render.js';
import { renderHomeEditor, setupHome } from './fixtures.js';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  sessionStorage.clear();
});

const ana = { id: 'u-ana', name: 'Ana Müller' };
const karim = { id: 'u-karim', name: 'Karim Haddad' };

type Blocks = HomePageConfig['blocks'];
const heroTitle = (blocks: Blocks, title: string): Blocks =>
  blocks.map((block) =>
    block.type === 'hero-unit' ? { ...block, props: { ...(block.props as object), content: { ...((block.props as { content: object }).content), en: { title } } } } : block,
  );
const hide = (blocks: Blocks, id: string): Blocks => blocks.map((block) => (block.id === id ? { ...block, hidden: true } : block));

/** The seeded home page (version 1, saved before the history existed) and two saves: versions 2 (Ana) and 3 (Karim). */
async function homeWithHistory() {
  const store = setupHome();
  const v1 = (await store.adapters.homePage.get({}))!;
  const v2 = await store.adapters.homePage.update({ data: { blocks: heroTitle(v1.blocks, 'Welcome to the help desk') }, previousVersion: 1, author: ana });
  const v3 = await store.adapters.homePage.update({ data: { blocks: hide(v2.blocks, 'links') }, previousVersion: 2, author: karim });
  return { store, v1, v2, v3 };
}

async function openHistory(store: ReturnType<typeof setupHome>, language?: string) {
  const view = renderHomeEditor(store.adapters, {}, language ? { provider: { language } } : {});
  await screen.findByRole('form', language ? {} : { name: 'Home page' });
  const name = language === 'ar' ? 'السجل' : 'History';
  await view.user.click(screen.getByRole('button', { name }));
  const dialog = await screen.findByRole('dialog', { name });
  return { ...view, dialog };
}

const versionItem = (dialog: HTMLElement, version: number) => dialog.querySelector<HTMLElement>(`[data-slot="revision"][data-version="${version}"]`)!;
const rendered = (dialog: HTMLElement, version: number) =>
  dialog.querySelector<HTMLElement>(`[data-slot="revision-compare-rendered"] figure[data-version="${version}"]`)!;

describe('HomePageEditor history', () => {
  it('lists every saved version newest first, with who saved it, when, and which block fields changed', async () => {
    const { store } = await homeWithHistory();
    const { dialog } = await openHistory(store);
    await within(dialog).findByText(/Version 3 \(current\)/);
    const list = dialog.querySelector<HTMLElement>('[data-slot="revision-list"]')!;
    expect(within(list).getAllByRole('listitem').map((item) => item.getAttribute('data-version'))).toEqual(['3', '2']);
    expect(versionItem(dialog, 2)).toHaveTextContent('by Ana Müller');
    expect(versionItem(dialog, 2)).toHaveTextContent('Changed: Hero unit: Title (English)');
    expect(versionItem(dialog, 3)).toHaveTextContent('by Karim Haddad');
    expect(versionItem(dialog, 3)).toHaveTextContent('Changed: Link lists: Hidden');
    expect(within(versionItem(dialog, 3)).queryByRole('button', { name: /Restore/ })).toBeNull();
    await expectNoAxeViolations(dialog);
  });

  it('compares two versions side by side, drawn by the portal renderer and as a field diff', async () => {
    const { store } = await homeWithHistory();
    const { dialog, user } = await openHistory(store);
    await within(dialog).findByRole('heading', { name: 'Version 2 compared with version 3' });
    // Version 3 hid the link lists: the portal no longer draws them.
    expect(within(rendered(dialog, 2)).getByRole('heading', { name: 'Popular' })).toBeVisible();
    expect(within(rendered(dialog, 3)).queryByRole('heading', { name: 'Popular' })).toBeNull();
    const hiddenRow = within(within(dialog).getByRole('table')).getByRole('row', { name: /Link lists: Hidden/ });
    expect(within(hiddenRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['false', 'true']);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 3' }));
    expect(within(dialog).getByText('Choose two versions to compare them.')).toBeVisible();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 3' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 2' }));
    expect(within(dialog).queryByRole('table')).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 2' }));
    expect(within(rendered(dialog, 2)).getByRole('heading', { name: 'Welcome to the help desk' })).toBeVisible();
    expect(within(rendered(dialog, 3)).getByRole('heading', { name: 'Welcome to the help desk' })).toBeVisible();

    // The rendered side follows the chosen language.
    await user.selectOptions(within(dialog).getByLabelText('Language'), 'de');
    expect(within(rendered(dialog, 2)).getByRole('heading', { name: 'Wie können wir helfen?' })).toBeVisible();
    await expectNoAxeViolations(dialog);
  });

  it('restores a version as a new revision naming it, and the editor then shows the restored blocks', async () => {
    const { store, v2 } = await homeWithHistory();
    const { dialog, user } = await openHistory(store);
    await user.click(await within(dialog).findByRole('button', { name: 'Restore version 2' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore version 2?' });
    expect(confirm).toHaveTextContent('saved as version 4');
    expect(within(confirm).queryByText(/not saved/)).toBeNull();
    await user.click(within(confirm).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByText('Version 2 was restored as version 4.')).toBeVisible();
    await within(dialog).findByText(/Version 4 \(current\)/);
    expect(versionItem(dialog, 4)).toHaveTextContent('Restored from version 2');

    const history = await store.adapters.revisions.list({ recordKind: 'homePage', recordId: 'home' });
    expect(history.data.map((revision) => revision.version)).toEqual([4, 3, 2]);
    expect(history.data[0]).toMatchObject({ action: 'restore', restoredFrom: { revisionId: history.data[2]!.id, version: 2 }, changes: ['blocks.links.hidden'] });
    const stored = (await store.adapters.homePage.get({}))!;
    expect(stored.version).toBe(4);
    expect(stored.blocks).toEqual(v2.blocks);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { name: 'Popular' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Hide Link lists' })).toBeVisible();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    // The editor stands on version 4: the next save is no conflict.
    await user.click(screen.getByRole('button', { name: 'Hide Image teasers' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await store.adapters.homePage.get({}))?.version).toBe(5));
  });

  it('asks before a restore discards unsaved edits, and drops them when the admin goes on', async () => {
    const { store } = await homeWithHistory();
    const view = renderHomeEditor(store.adapters);
    await screen.findByRole('form', { name: 'Home page' });
    const title = screen.getByLabelText(/^Title/);
    await view.user.clear(title);
    await view.user.type(title, 'Unsaved');
    await view.user.click(screen.getByRole('button', { name: 'History' }));
    const dialog = await screen.findByRole('dialog', { name: 'History' });
    await view.user.click(await within(dialog).findByRole('button', { name: 'Restore version 2' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore version 2?' });
    expect(within(confirm).getByText(/changes you have not saved/)).toBeVisible();
    await expectNoAxeViolations(confirm);
    // Cancelling keeps the edit.
    await view.user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await view.user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));
    await view.user.click(within(await screen.findByRole('dialog', { name: 'Restore version 2?' })).getByRole('button', { name: 'Discard changes and restore' }));
    await within(dialog).findByText('Version 2 was restored as version 4.');
    await view.user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Welcome to the help desk');
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('refuses a restore when the home page changed elsewhere, reloads the history, and restores onto the newer version when asked again', async () => {
    const { store } = await homeWithHistory();
    const { dialog, user } = await openHistory(store);
    await within(dialog).findByText(/Version 3 \(current\)/);
    await store.editElsewhere((config) => hide(config.blocks, 'teasers'));
    await user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Restore version 2?' })).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByText(/changed in the meantime/)).toBeVisible();
    await within(dialog).findByText(/Version 4 \(current\)/);
    expect((await store.adapters.homePage.get({}))?.blocks.find((block) => block.id === 'teasers')?.hidden).toBe(true);
    await expectNoAxeViolations(dialog);

    await user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore version 2?' });
    expect(confirm).toHaveTextContent('saved as version 5');
    await user.click(within(confirm).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByText('Version 2 was restored as version 5.')).toBeVisible();
    expect((await store.adapters.homePage.get({}))?.blocks.find((block) => block.id === 'teasers')?.hidden).toBe(false);
  });

  it('shows an error with a retry when the history cannot be loaded, and the list after retrying', async () => {
    const { store } = await homeWithHistory();
    store.adapters.control.failNext(Infinity, 'unavailable', { domains: ['revisions'] });
    const { dialog, user } = await openHistory(store);
    expect(await within(dialog).findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
    await expectNoAxeViolations(dialog);
    store.adapters.control.clearFaults();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText(/Version 3 \(current\)/)).toBeVisible();
  });

  it('says so when the home page has no saved versions yet', async () => {
    const store = setupHome();
    const { dialog } = await openHistory(store);
    expect(await within(dialog).findByText(/No versions yet/)).toBeVisible();
    await expectNoAxeViolations(dialog);
  });

  it('keeps a revision of a save made in the editor', async () => {
    const store = setupHome();
    const { user } = renderHomeEditor(store.adapters);
    await screen.findByRole('form', { name: 'Home page' });
    await user.click(screen.getByRole('button', { name: 'Hide Content cards' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await store.adapters.homePage.get({}))?.version).toBe(2));
    await user.click(screen.getByRole('button', { name: 'History' }));
    const dialog = await screen.findByRole('dialog', { name: 'History' });
    expect(await within(dialog).findByText(/Version 2 \(current\)/)).toBeVisible();
    expect(versionItem(dialog, 2)).toHaveTextContent('Changed: Content cards: Hidden');
  });

  it('offers no history without a revisions adapter', async () => {
    const store = setupHome();
    const { revisions: _revisions, ...withoutHistory } = store.adapters;
    renderHomeEditor(withoutHistory as typeof store.adapters);
    await screen.findByRole('form', { name: 'Home page' });
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
  });

  it('works in Arabic, right to left, with its strings in Arabic', async () => {
    const { store } = await homeWithHistory();
    const { dialog } = await openHistory(store, 'ar');
    await within(dialog).findByText(/النسخة 3 \(الحالية\)/);
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(versionItem(dialog, 2)).toHaveTextContent('بواسطة Ana Müller');
    expect(versionItem(dialog, 3)).toHaveTextContent('قوائم الروابط: مخفي');
    await expectNoAxeViolations(dialog);
  });
});
