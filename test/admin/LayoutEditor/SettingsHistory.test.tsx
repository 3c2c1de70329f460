import '../jsdomLayout.js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters, type MemoryAdapters } from '../../../src/adapters/index.js';
import { LayoutEditor, ScriptSettingsEditor } from '../../../src/admin/index.js';
import type { LayoutSettingsInput, ScriptSettingsInput } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => sessionStorage.clear());

const ana = { id: 'u-ana', name: 'Ana Müller' };
const karim = { id: 'u-karim', name: 'Karim Haddad' };

const layout = (change: Partial<LayoutSettingsInput> = {}): LayoutSettingsInput => ({
  logo: null,
  favicon: null,
  defaultAvatar: null,
  primaryColor: '#0b3d91',
  accentColor: '#6f42c1',
  customCss: '',
  content: { en: { logoAlt: 'Acme' } },
  menuPages: [],
  ...change,
});

const scripts = (change: Partial<ScriptSettingsInput> = {}): ScriptSettingsInput => ({
  externalScripts: [{ id: 'chat', url: 'https://chat.example.com/widget.js' }],
  inlineScripts: [],
  additionalOrigins: { 'script-src': ['https://chat.example.com'] },
  allowUnsafeInline: false,
  allowUnsafeEval: false,
  ...change,
});

/** Layout versions 1 (Ana), 2 (Karim: another primary colour and alt text) and 3 (Karim: custom CSS). */
async function layoutWithHistory(adapters: MemoryAdapters = createMemoryAdapters({ seed: {} })) {
  const v1 = await adapters.layout.update({ data: layout(), previousVersion: null, author: ana });
  const v2 = await adapters.layout.update({ data: layout({ primaryColor: '#7a1f1f', content: { en: { logoAlt: 'Acme Inc.' } } }), previousVersion: 1, author: karim });
  const v3 = await adapters.layout.update({ data: layout({ primaryColor: '#7a1f1f', content: { en: { logoAlt: 'Acme Inc.' } }, customCss: '.x { color: red }' }), previousVersion: 2, author: karim });
  return { adapters, v1, v2, v3 };
}

async function scriptsWithHistory(adapters: MemoryAdapters = createMemoryAdapters({ seed: {} })) {
  const v1 = await adapters.scriptSettings.update({ data: scripts(), previousVersion: null, author: ana });
  const v2 = await adapters.scriptSettings.update({ data: scripts({ externalScripts: [{ id: 'chat', url: 'https://chat.example.com/v2.js' }] }), previousVersion: 1, author: karim });
  return { adapters, v1, v2 };
}

async function openHistory(user: ReturnType<typeof userEvent.setup>, name = 'History') {
  await user.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog', { name });
}

const versionItem = (dialog: HTMLElement, version: number) => dialog.querySelector<HTMLElement>(`[data-slot="revision"][data-version="${version}"]`)!;
const restore = async (user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, version: number, confirm = 'Restore') => {
  await user.click(await within(dialog).findByRole('button', { name: `Restore version ${version}` }));
  await user.click(within(await screen.findByRole('dialog', { name: `Restore version ${version}?` })).getByRole('button', { name: confirm }));
};

function renderLayout(adapters: MemoryAdapters, rtl = false) {
  const user = userEvent.setup();
  const view = (rtl ? renderRtl : renderPortal)(<LayoutEditor previewHomePage={{ blocks: [] }} />, { provider: { adapters } });
  return { user, ...view };
}
function renderScripts(adapters: MemoryAdapters) {
  const user = userEvent.setup();
  return { user, ...renderPortal(<ScriptSettingsEditor />, { provider: { adapters } }) };
}

describe('LayoutEditor history', () => {
  it('lists the versions with who saved them and which settings changed, and compares two as a field diff', async () => {
    const { adapters } = await layoutWithHistory();
    const { user } = renderLayout(adapters);
    const dialog = await openHistory(user);
    await within(dialog).findByText(/Version 3 \(current\)/);
    expect(versionItem(dialog, 1)).toHaveTextContent('by Ana Müller');
    expect(versionItem(dialog, 1)).toHaveTextContent('Created');
    expect(versionItem(dialog, 2)).toHaveTextContent('Changed: Primary colour, Logo alt text (English)');
    expect(versionItem(dialog, 3)).toHaveTextContent('Changed: Custom CSS');
    // Settings are compared field by field only.
    expect(dialog.querySelector('[data-slot="revision-compare-rendered"]')).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 2' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 1' }));
    const rows = within(within(dialog).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Primary colourchanged', 'Custom CSSchanged', 'Logo alt text (English)changed']);
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['#0b3d91', '#7a1f1f']);
    await expectNoAxeViolations(dialog);
  });

  it('restores a version as a new revision, and the editor then shows its values', async () => {
    const { adapters } = await layoutWithHistory();
    const { user } = renderLayout(adapters);
    const dialog = await openHistory(user);
    await restore(user, dialog, 1);
    expect(await within(dialog).findByText('Version 1 was restored as version 4.')).toBeVisible();
    const [latest] = (await adapters.revisions.list({ recordKind: 'layout', recordId: 'layout', perPage: 1 })).data;
    expect(latest).toMatchObject({ version: 4, action: 'restore', restoredFrom: { version: 1 } });
    expect((await adapters.layout.get({}))?.primaryColor).toBe('#0b3d91');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('textbox', { name: /^Primary colour/ })).toHaveValue('#0b3d91');
    // The editor stands on version 4: saving again is no conflict.
    const accent = screen.getByRole('textbox', { name: /^Accent colour/ });
    await user.clear(accent);
    await user.type(accent, '#005a9e');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await adapters.layout.get({}))?.version).toBe(5));
  });

  it('warns before a restore discards unsaved edits', async () => {
    const { adapters } = await layoutWithHistory();
    const { user } = renderLayout(adapters);
    const accent = await screen.findByRole('textbox', { name: /^Accent colour/ });
    await user.clear(accent);
    await user.type(accent, '#123456');
    const dialog = await openHistory(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Restore version 1' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore version 1?' });
    expect(within(confirm).getByText(/changes you have not saved/)).toBeVisible();
    await user.click(within(confirm).getByRole('button', { name: 'Discard changes and restore' }));
    await within(dialog).findByText('Version 1 was restored as version 4.');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('textbox', { name: /^Accent colour/ })).toHaveValue('#6f42c1');
  });

  it('refuses a restore when the layout changed elsewhere', async () => {
    const { adapters, v3 } = await layoutWithHistory();
    const { user } = renderLayout(adapters);
    const dialog = await openHistory(user);
    await within(dialog).findByText(/Version 3 \(current\)/);
    const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = v3;
    await adapters.layout.update({ data: { ...input, accentColor: '#000000' }, previousVersion: 3 });
    await restore(user, dialog, 1);
    expect(await within(dialog).findByText(/changed in the meantime/)).toBeVisible();
    await within(dialog).findByText(/Version 4 \(current\)/);
    expect((await adapters.layout.get({}))?.accentColor).toBe('#000000');
  });

  it('shows an error with a retry when the history cannot be loaded', async () => {
    const { adapters } = await layoutWithHistory();
    adapters.control.failNext(Infinity, 'unavailable', { domains: ['revisions'] });
    const { user } = renderLayout(adapters);
    const dialog = await openHistory(user);
    expect(await within(dialog).findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
    await expectNoAxeViolations(dialog);
    adapters.control.clearFaults();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText(/Version 3 \(current\)/)).toBeVisible();
  });

  it('has nothing to show before the layout was first saved, and its history then starts', async () => {
    const adapters = createMemoryAdapters({ seed: {} });
    const { user } = renderLayout(adapters);
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await openHistory(user);
    expect(await within(dialog).findByText(/Version 1 \(current\)/)).toBeVisible();
  });

  it('says so when a stored layout has no versions yet', async () => {
    const adapters = createMemoryAdapters({ seed: { layout: { ...layout(), id: 'layout', version: 1, updatedAt: '2026-11-20T09:00:00.000Z' } } });
    const { user } = renderLayout(adapters);
    const dialog = await openHistory(user);
    expect(await within(dialog).findByText(/No versions yet/)).toBeVisible();
  });

  it('works right to left in Arabic', async () => {
    const { adapters } = await layoutWithHistory();
    const user = userEvent.setup();
    renderPortal(<LayoutEditor previewHomePage={{ blocks: [] }} />, { provider: { adapters, language: 'ar' } });
    const dialog = await openHistory(user, 'السجل');
    await within(dialog).findByText(/النسخة 3 \(الحالية\)/);
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(dialog);
  });
});

describe('ScriptSettingsEditor history', () => {
  it('lists the versions and names the changed script, and restores one as a new revision the editor then shows', async () => {
    const { adapters } = await scriptsWithHistory();
    const { user } = renderScripts(adapters);
    const dialog = await openHistory(user);
    await within(dialog).findByText(/Version 2 \(current\)/);
    expect(versionItem(dialog, 2)).toHaveTextContent('Changed: External scripts: Script URL');
    expect(dialog.querySelector('[data-slot="revision-compare-rendered"]')).toBeNull();
    const row = within(within(dialog).getByRole('table')).getByRole('row', { name: /External scripts: Script URL/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['https://chat.example.com/widget.js', 'https://chat.example.com/v2.js']);
    await expectNoAxeViolations(dialog);

    await restore(user, dialog, 1);
    expect(await within(dialog).findByText('Version 1 was restored as version 3.')).toBeVisible();
    const [latest] = (await adapters.revisions.list({ recordKind: 'scriptSettings', recordId: 'script-settings', perPage: 1 })).data;
    expect(latest).toMatchObject({ version: 3, action: 'restore', restoredFrom: { version: 1 } });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('https://chat.example.com/widget.js')).toBeVisible();
    expect(screen.queryByText('https://chat.example.com/v2.js')).toBeNull();
  });

  it('refuses a stale restore and reloads the history', async () => {
    const { adapters, v2 } = await scriptsWithHistory();
    const { user } = renderScripts(adapters);
    const dialog = await openHistory(user);
    await within(dialog).findByText(/Version 2 \(current\)/);
    const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = v2;
    await adapters.scriptSettings.update({ data: { ...input, allowUnsafeEval: true }, previousVersion: 2 });
    await restore(user, dialog, 1);
    expect(await within(dialog).findByText(/changed in the meantime/)).toBeVisible();
    expect(await within(dialog).findByText(/Version 3 \(current\)/)).toBeVisible();
    expect(versionItem(dialog, 3)).toHaveTextContent("Changed: Allow 'unsafe-eval'");
  });
});
