import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { conflictRow, EditorFrame } from '../../../src/admin/CatalogAdmin/EditorFrame.js';
import type { CatalogRecordEditorState } from '../../../src/admin/CatalogAdmin/useCatalogRecordEditor.js';
import type { AdminError } from '../../../src/admin/kit/adapterError.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

interface Values {
  internalTitle: string;
  content: Record<string, { title: string }>;
}
interface Stored {
  id: string;
  version: number;
  internalTitle: string;
}

const error = (kind: AdminError['kind'], message = 'failed'): AdminError => ({ kind, message, issues: [], current: undefined });

type Overrides = Partial<Omit<CatalogRecordEditorState<Values, Stored>, 'form'>>;

/** The shared frame around a form field, driven by an editor state as a catalog editor's hook gives it. */
function Harness({ overrides, onClose }: { overrides: Overrides; onClose?: () => void }) {
  const form = useForm<Values>({ defaultValues: { internalTitle: 'Laptop', content: { en: { title: 'Laptop' } } } });
  const editor: CatalogRecordEditorState<Values, Stored> = {
    form,
    record: { id: 'i1', version: 2, internalTitle: 'Laptop' },
    status: 'ready',
    loadError: null,
    reload: vi.fn(),
    values: form.getValues(),
    dirty: false,
    fieldErrors: {},
    saveStatus: 'idle',
    saveError: null,
    save: vi.fn(async () => undefined),
    conflict: null,
    keepMine: vi.fn(async () => undefined),
    takeTheirs: vi.fn(),
    copyMineThenReload: vi.fn(async () => undefined),
    dismissConflict: vi.fn(),
    languages: ['en'],
    activeLanguage: 'en',
    setActiveLanguage: vi.fn(),
    addLanguage: vi.fn(),
    removeLanguage: vi.fn(),
    draft: { pending: null, restore: vi.fn(), discard: vi.fn(), restoreIntoForm: vi.fn() },
    blocker: { state: 'unblocked' },
    requestClose: vi.fn(),
    leaveRequested: false,
    answerLeave: vi.fn(),
    focusRequest: null,
    clearFocusRequest: vi.fn(),
    adoptRecord: vi.fn(),
    ...overrides,
  };
  return (
    <EditorFrame
      editor={editor}
      slot="catalog-item-editor"
      heading="Edit item"
      notFoundText="This item does not exist (any more)."
      saveFailedText="The item was not saved. Everything you entered is still here."
      conflictTitle="This item was changed elsewhere"
      conflictRows={(mine, theirs) => [conflictRow('internalTitle', 'Internal title', mine.internalTitle, theirs?.internalTitle ?? '')]}
      onClose={onClose}
      history={<button type="button">History</button>}
    >
      <label>
        Internal title
        <input {...form.register('internalTitle')} />
      </label>
    </EditorFrame>
  );
}

function setup(overrides: Overrides = {}, { onClose = vi.fn(), rtl = false }: { onClose?: () => void; rtl?: boolean } = {}) {
  const view = (rtl ? renderRtl : renderPortal)(<Harness overrides={overrides} onClose={onClose} />);
  return { user: userEvent.setup(), onClose, ...view };
}

const root = () => document.querySelector<HTMLElement>('[data-slot="catalog-item-editor"]') as HTMLElement;

describe('EditorFrame', () => {
  describe('while loading', () => {
    it('says so, busy, with no form', async () => {
      const { container } = setup({ status: 'loading' });
      expect(screen.getByRole('status')).toHaveTextContent('Loading…');
      expect(root()).toHaveAttribute('aria-busy', 'true');
      expect(screen.queryByRole('form')).toBeNull();
      await expectNoAxeViolations(container);
    });
  });

  describe('when the record is missing or loading failed', () => {
    it('says the record does not exist, with a way back', async () => {
      const { user, onClose } = setup({ status: 'not-found' });
      expect(screen.getByRole('alert')).toHaveTextContent('This item does not exist (any more).');
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Back to the list' }));
      expect(onClose).toHaveBeenCalled();
    });

    it.each([
      ['unavailable', 'The service is unavailable right now. Please try again in a moment.'],
      ['unauthorized', 'Please sign in to see this.'],
    ] as const)('offers "Try again" after a load error (%s)', async (kind, text) => {
      const reload = vi.fn();
      const { user, container } = setup({ status: 'error', loadError: error(kind), reload });
      expect(screen.getByRole('alert')).toHaveTextContent(`Something went wrong${text}`);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(reload).toHaveBeenCalled();
      await expectNoAxeViolations(container);
    });
  });

  describe('given a loaded record', () => {
    it('is a named form with the heading, the host’s History and the save bar, and passes axe', async () => {
      const { container } = setup();
      expect(screen.getByRole('form', { name: 'Edit item' })).toBeVisible();
      expect(screen.getByRole('heading', { level: 2, name: 'Edit item' })).toBeVisible();
      expect(screen.getByRole('button', { name: 'History' })).toBeVisible();
      expect(root()).toHaveAttribute('data-state', 'clean');
      expect(screen.getByRole('button', { name: 'Save' })).toBeVisible();
      await expectNoAxeViolations(container);
    });

    it('saves on "Save", on Enter in a field, and closes on "Save and close"', async () => {
      const save = vi.fn(async () => undefined);
      const { user } = setup({ save, dirty: true });
      expect(root()).toHaveAttribute('data-state', 'dirty');
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(save).toHaveBeenCalledTimes(1);
      await user.type(screen.getByRole('textbox', { name: 'Internal title' }), '{Enter}');
      expect(save).toHaveBeenCalledTimes(2);
      await user.click(screen.getByRole('button', { name: 'Save and close' }));
      expect(save).toHaveBeenLastCalledWith({ close: true });
    });

    it('offers a draft found in this tab: restore or discard', async () => {
      const restoreIntoForm = vi.fn();
      const discard = vi.fn();
      const { user, container } = setup({
        draft: { pending: { values: { internalTitle: 'Mine', content: {} }, savedAt: '2026-11-20T09:30:00.000Z', baseVersion: 2 }, restore: vi.fn(), discard, restoreIntoForm },
      });
      expect(screen.getByText(/^Unsaved changes from .+ were found for this page\.$/)).toBeVisible();
      await expectNoAxeViolations(container);
      await user.click(screen.getByRole('button', { name: 'Restore them' }));
      expect(restoreIntoForm).toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Discard' }));
      expect(discard).toHaveBeenCalled();
    });

    it.each([
      [error('validation', ''), ['Please correct the marked fields.']],
      [error('validation', 'title: too long'), ['The item was not saved. Everything you entered is still here.', 'Please correct the marked fields.']],
      [error('unauthorized'), ['The item was not saved. Everything you entered is still here.', 'Please sign in to see this.']],
      [error('not_found'), ['The item was not saved. Everything you entered is still here.', 'We could not find what you were looking for.']],
      [error('unavailable'), ['The item was not saved. Everything you entered is still here.', 'The service is unavailable right now. Please try again in a moment.']],
    ])('explains a failed save (%o)', (saveError, lines) => {
      setup({ saveError, saveStatus: 'error', dirty: true });
      const alert = screen.getByRole('alert');
      expect([...alert.querySelectorAll('p')].map((line) => line.textContent)).toEqual(lines);
      expect(alert).toHaveAttribute('data-kind', saveError.kind);
    });

    it('focuses the field a failed save pointed at', async () => {
      const clearFocusRequest = vi.fn();
      setup({ focusRequest: 'internalTitle', clearFocusRequest });
      expect(clearFocusRequest).toHaveBeenCalled();
      await waitFor(() => expect(screen.getByRole('textbox', { name: 'Internal title' })).toHaveFocus());
    });

    it('shows a conflict with both versions and the three ways out', async () => {
      const keepMine = vi.fn(async () => undefined);
      const takeTheirs = vi.fn();
      const { user } = setup({
        conflict: { mine: { internalTitle: 'Mine', content: {} }, theirs: { id: 'i1', version: 3, internalTitle: 'Theirs' } } as CatalogRecordEditorState<Values, Stored>['conflict'],
        keepMine,
        takeTheirs,
      });
      const dialog = await screen.findByRole('dialog', { name: 'This item was changed elsewhere' });
      expect(within(dialog).getByText('Mine')).toBeVisible();
      expect(within(dialog).getByText('Theirs')).toBeVisible();
      await expectNoAxeViolations(document.body);
      await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
      expect(takeTheirs).toHaveBeenCalled();
      await user.click(within(dialog).getByRole('button', { name: 'Keep mine (overwrite)' }));
      expect(keepMine).toHaveBeenCalled();
    });

    it('dismisses the conflict with Escape, keeping the input', async () => {
      const dismissConflict = vi.fn();
      const { user } = setup({
        conflict: { mine: { internalTitle: 'Mine', content: {} }, theirs: null } as CatalogRecordEditorState<Values, Stored>['conflict'],
        dismissConflict,
      });
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByText('The stored version could not be loaded.')).toBeVisible();
      await user.keyboard('{Escape}');
      expect(dismissConflict).toHaveBeenCalled();
    });

    it('asks before leaving with unsaved changes: Stay or Leave', async () => {
      const answerLeave = vi.fn();
      const { user } = setup({ leaveRequested: true, dirty: true, answerLeave });
      const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
      await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
      expect(answerLeave).toHaveBeenLastCalledWith(false);
    });

    // Bug: "Leave" also reset the blocker it had just let proceed (the dialog's closing counted as
    // "Stay"), so React Router blocked a browser Back again and asked once more.
    it('lets the host router’s blocked navigation proceed on "Leave", and nothing else', async () => {
      const proceed = vi.fn();
      const reset = vi.fn();
      const { user } = setup({ blocker: { state: 'blocked', proceed, reset }, dirty: true });
      const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
      await user.click(within(dialog).getByRole('button', { name: 'Leave' }));
      await waitFor(() => expect(proceed).toHaveBeenCalled());
      expect(reset).not.toHaveBeenCalled();
    });

    it('resets the host router’s blocked navigation on "Stay" and on Escape', async () => {
      const proceed = vi.fn();
      const reset = vi.fn();
      const { user } = setup({ blocker: { state: 'blocked', proceed, reset }, dirty: true });
      await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Stay' }));
      expect(reset).toHaveBeenCalledTimes(1);
      await user.keyboard('{Escape}');
      expect(proceed).not.toHaveBeenCalled();
    });

    it('closes on "Leave" after the editor’s own Close, without answering "Stay" as well', async () => {
      const answerLeave = vi.fn();
      const { user } = setup({ leaveRequested: true, dirty: true, answerLeave });
      await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave' }));
      expect(answerLeave.mock.calls).toEqual([[true]]);
    });

    it('works in Arabic, right to left', async () => {
      const { container } = setup({ saveError: error('unavailable'), saveStatus: 'error' }, { rtl: true });
      expect(root().closest('[dir="rtl"]')).not.toBeNull();
      expect(screen.getByRole('alert').textContent).toMatch(/[\u0600-\u06FF]/);
      await expectNoAxeViolations(container);
    });
  });
});
