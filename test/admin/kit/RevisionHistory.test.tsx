import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters, type MemoryAdapters, type PortalAdapters } from '../../../src/adapters/index.js';
import { RevisionHistoryDialog, type RevisionHistoryDialogProps } from '../../../src/admin/index.js';
import { RevisionHistoryButton } from '../../../src/admin/kit/RevisionHistory/RevisionHistoryButton.js';
import type { CustomPage } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { openingHours } from '../fixtures.js';

const ana = { id: 'u-ana', name: 'Ana Müller' };

/** The opening hours page saved twice by Ana after the seed: versions 2 and 3 (the current one). */
async function pageWithHistory(): Promise<{ adapters: MemoryAdapters; v3: CustomPage }> {
  const adapters = createMemoryAdapters({ seed: { customPages: [openingHours] } });
  const { id, version: _version, updatedAt: _updatedAt, ...input } = openingHours;
  const v2 = await adapters.customPages.update({ id, data: { ...input, validity: 'invalid' }, previousVersion: 1, author: ana });
  const v3 = await adapters.customPages.update({ id, data: { ...input, internalTitle: 'Opening hours (winter)' }, previousVersion: v2.version });
  return { adapters, v3 };
}

const fieldLabel: RevisionHistoryDialogProps['fieldLabel'] = (change) => `Field ${change.path}`;

function renderDialog(adapters: PortalAdapters, props: Partial<RevisionHistoryDialogProps> = {}, render = renderPortal) {
  const user = userEvent.setup();
  const onRestored = vi.fn();
  const onOpenChange = vi.fn();
  render(
    <RevisionHistoryDialog
      recordKind="customPage"
      recordId="p1"
      currentVersion={3}
      fieldLabel={fieldLabel}
      defaultOpen
      onOpenChange={onOpenChange}
      onRestored={onRestored}
      {...props}
    />,
    { provider: { adapters } },
  );
  return { user, onRestored, onOpenChange };
}

const findDialog = (name = 'History') => screen.findByRole('dialog', { name });
const versions = (dialog: HTMLElement) => within(dialog).getAllByRole('listitem').map((item) => item.getAttribute('data-version'));

describe('RevisionHistoryDialog', () => {
  it('says it is loading while the history is read', async () => {
    const { adapters } = await pageWithHistory();
    renderDialog({ ...adapters, revisions: { ...adapters.revisions, list: () => new Promise<never>(() => undefined) } });
    const dialog = await findDialog();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Loading…');
    expect(dialog).toHaveAccessibleDescription(/version/i);
    await expectNoAxeViolations(dialog);
  });

  it('says so when the record has no saved versions yet', async () => {
    renderDialog(createMemoryAdapters({ seed: { customPages: [openingHours] } }), { currentVersion: 1 });
    const dialog = await findDialog();
    expect(await within(dialog).findByText(/No versions yet/)).toBeVisible();
    expect(within(dialog).queryByRole('list')).toBeNull();
    await expectNoAxeViolations(dialog);
  });

  it('shows a load error with "Try again", and the list once a retry works', async () => {
    const { adapters } = await pageWithHistory();
    // Every read fails (the data layer retries an unavailable store on its own) until lifted.
    adapters.control.failNext(Infinity, 'unavailable', { domains: ['revisions'] });
    const { user } = renderDialog(adapters);
    const dialog = await findDialog();
    expect(await within(dialog).findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
    await expectNoAxeViolations(dialog);
    adapters.control.clearFaults();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText(/Version 3 \(current\)/)).toBeVisible();
  });

  describe('given saved versions', () => {
    it('lists them newest first, with who saved each and what changed, and compares the two newest', async () => {
      const { adapters } = await pageWithHistory();
      renderDialog(adapters);
      const dialog = await findDialog();
      await within(dialog).findByText(/Version 3 \(current\)/);
      expect(versions(dialog)).toEqual(['3', '2']);
      const [newest, older] = within(dialog).getAllByRole('listitem');
      expect(older).toHaveTextContent('by Ana Müller');
      expect(older).toHaveTextContent('Changed: Field validity');
      expect(newest).toHaveTextContent('Changed: Field internalTitle');
      // The current version cannot be restored onto itself.
      expect(within(newest!).queryByRole('button', { name: /Restore/ })).toBeNull();
      expect(within(dialog).getByRole('heading', { name: 'Version 2 compared with version 3' })).toBeVisible();
      const diff = within(dialog).getByRole('table');
      const row = within(diff).getByRole('row', { name: /Field internalTitle/ });
      expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Opening hours', 'Opening hours (winter)']);
      // Without `renderSnapshot` the comparison is the field diff alone.
      expect(within(dialog).queryByRole('heading', { name: 'As the portal shows them' })).toBeNull();
      await expectNoAxeViolations(dialog);
    });

    it('draws both versions through renderSnapshot, in the language chosen', async () => {
      const { adapters } = await pageWithHistory();
      const renderSnapshot = (snapshot: CustomPage | object, language: string) => {
        const page = snapshot as CustomPage;
        return <p>{`${page.internalTitle} in ${language}`}</p>;
      };
      const { user } = renderDialog(adapters, { languages: ['en', 'de'], defaultLanguage: 'de', renderSnapshot: renderSnapshot as RevisionHistoryDialogProps['renderSnapshot'] });
      const dialog = await findDialog();
      expect(await within(dialog).findByRole('heading', { name: 'As the portal shows them' })).toBeVisible();
      const figures = within(dialog).getAllByRole('figure');
      expect(figures.map((figure) => figure.textContent)).toEqual(['Version 2Opening hours in de', 'Version 3Opening hours (winter) in de']);
      await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language' }), 'en');
      expect(within(dialog).getAllByRole('figure')[1]).toHaveTextContent('Opening hours (winter) in en');
      await expectNoAxeViolations(dialog);
    });

    it('asks for a second version when only one is chosen', async () => {
      const { adapters } = await pageWithHistory();
      const { user } = renderDialog(adapters);
      const dialog = await findDialog();
      await user.click(await within(dialog).findByRole('checkbox', { name: 'Compare version 3' }));
      expect(within(dialog).queryByRole('table')).toBeNull();
      expect(within(dialog).getByText('Choose two versions to compare them.')).toBeVisible();
      await user.click(within(dialog).getByRole('checkbox', { name: 'Compare version 3' }));
      expect(within(dialog).getByRole('heading', { name: 'Version 2 compared with version 3' })).toBeVisible();
    });

    it('restores a version after a confirmation and hands the new revision to the host', async () => {
      const { adapters } = await pageWithHistory();
      const { user, onRestored } = renderDialog(adapters);
      const dialog = await findDialog();
      await user.click(await within(dialog).findByRole('button', { name: 'Restore version 2' }));
      const confirm = await findDialog('Restore version 2?');
      expect(confirm).toHaveTextContent('saved as version 4');
      expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      await user.click(within(confirm).getByRole('button', { name: 'Restore' }));
      expect(await within(dialog).findByText('Version 2 was restored as version 4.')).toBeVisible();
      expect(onRestored).toHaveBeenCalledWith(expect.objectContaining({ version: 4, restoredFrom: expect.objectContaining({ version: 2 }) }));
      expect((await adapters.customPages.get({ id: 'p1' })).validity).toBe('invalid');
      await within(dialog).findByText(/Version 4 \(current\)/);
    });

    it('warns that unsaved edits are discarded before a restore', async () => {
      const { adapters } = await pageWithHistory();
      const { user } = renderDialog(adapters, { unsavedChanges: true });
      const dialog = await findDialog();
      await user.click(await within(dialog).findByRole('button', { name: 'Restore version 2' }));
      const confirm = await findDialog('Restore version 2?');
      expect(confirm.querySelector('[data-slot="revision-restore-unsaved"]')).toBeVisible();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Restore version 2?' })).toBeNull());
      expect(within(dialog).getByRole('button', { name: 'Restore version 2' })).toHaveFocus();
    });

    it('refuses a restore over a newer stored version, reloads, and bases the next restore on it', async () => {
      const { adapters, v3 } = await pageWithHistory();
      const { user, onRestored } = renderDialog(adapters);
      const dialog = await findDialog();
      await within(dialog).findByText(/Version 3 \(current\)/);
      const { id, version: _version, updatedAt: _updatedAt, ...input } = v3;
      await adapters.customPages.update({ id, data: { ...input, internalTitle: 'Elsewhere' }, previousVersion: v3.version });
      await user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));
      await user.click(within(await findDialog('Restore version 2?')).getByRole('button', { name: 'Restore' }));
      expect(await within(dialog).findByText(/changed in the meantime/)).toBeVisible();
      await within(dialog).findByText(/Version 4 \(current\)/);
      expect(onRestored).not.toHaveBeenCalled();
      await user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));
      await user.click(within(await findDialog('Restore version 2?')).getByRole('button', { name: 'Restore' }));
      expect(await within(dialog).findByText('Version 2 was restored as version 5.')).toBeVisible();
    });
  });

  it('closes with its "Close" button', async () => {
    const { adapters } = await pageWithHistory();
    const { user, onOpenChange } = renderDialog(adapters);
    const dialog = await findDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('works in Arabic, right to left', async () => {
    const { adapters } = await pageWithHistory();
    renderDialog(adapters, {}, renderRtl);
    const dialog = await findDialog('السجل');
    await within(dialog).findByText(/النسخة 3 \(الحالية\)/);
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(within(dialog).getByRole('button', { name: 'إغلاق' })).toBeVisible();
    await expectNoAxeViolations(dialog);
  });
});

describe('RevisionHistoryButton', () => {
  function renderButton(adapters: PortalAdapters) {
    const user = userEvent.setup();
    renderPortal(<RevisionHistoryButton recordKind="customPage" recordId="p1" currentVersion={3} fieldLabel={fieldLabel} />, { provider: { adapters } });
    return { user };
  }

  it('reads nothing until pressed, opens the history, and Escape returns focus to it', async () => {
    const { adapters } = await pageWithHistory();
    const list = vi.spyOn(adapters.revisions, 'list');
    const { user } = renderButton(adapters);
    const button = screen.getByRole('button', { name: 'History' });
    expect(list).not.toHaveBeenCalled();
    await user.click(button);
    const dialog = await findDialog();
    await within(dialog).findByText(/Version 3 \(current\)/);
    expect(list).toHaveBeenCalled();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
    await expectNoAxeViolations(document.body);
  });

  it('is absent when the provider has no revisions adapter', () => {
    const { revisions: _revisions, ...withoutHistory } = createMemoryAdapters({ seed: { customPages: [openingHours] } });
    renderButton(withoutHistory);
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
  });
});
