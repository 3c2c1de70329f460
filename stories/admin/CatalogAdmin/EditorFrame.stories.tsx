import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { expect, fn, within } from 'storybook/test';
import { conflictRow, EditorFrame } from '../../../src/admin/CatalogAdmin/EditorFrame.js';
import type { CatalogRecordEditorState } from '../../../src/admin/CatalogAdmin/useCatalogRecordEditor.js';
import type { AdminError } from '../../../src/admin/kit/adapterError.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

interface Values {
  internalTitle: string;
  content: Record<string, { title: string }>;
}
interface Stored {
  id: string;
  version: number;
  internalTitle: string;
}
type State = Partial<Omit<CatalogRecordEditorState<Values, Stored>, 'form'>>;

interface Args {
  state: State;
  heading: string;
}

const failure = (kind: AdminError['kind'], message = 'failed'): AdminError => ({ kind, message, issues: [], current: undefined });

/** The frame with the state a catalog editor's hook would hand it, around one field. */
function Frame({ state, heading }: Args) {
  const form = useForm<Values>({ defaultValues: { internalTitle: 'Business laptop', content: { en: { title: 'Business laptop' } } } });
  const editor: CatalogRecordEditorState<Values, Stored> = {
    form,
    record: { id: 'laptop', version: 2, internalTitle: 'Business laptop' },
    status: 'ready',
    loadError: null,
    reload: fn(),
    values: form.getValues(),
    dirty: false,
    fieldErrors: {},
    saveStatus: 'idle',
    saveError: null,
    save: fn(async () => undefined),
    conflict: null,
    keepMine: fn(async () => undefined),
    takeTheirs: fn(),
    copyMineThenReload: fn(async () => undefined),
    dismissConflict: fn(),
    languages: ['en'],
    activeLanguage: 'en',
    setActiveLanguage: fn(),
    addLanguage: fn(),
    removeLanguage: fn(),
    draft: { pending: null, restore: fn(), discard: fn(), restoreIntoForm: fn() },
    blocker: { state: 'unblocked' },
    requestClose: fn(),
    leaveRequested: false,
    answerLeave: fn(),
    focusRequest: null,
    clearFocusRequest: fn(),
    adoptRecord: fn(),
    ...state,
  };
  return (
    <EditorFrame
      editor={editor}
      slot="catalog-item-editor"
      heading={heading}
      notFoundText="This item does not exist (any more)."
      saveFailedText="The item was not saved. Everything you entered is still here."
      conflictTitle="This item was changed elsewhere"
      conflictRows={(mine, theirs) => [conflictRow('internalTitle', 'Internal title', mine.internalTitle, theirs?.internalTitle ?? '')]}
      onClose={fn()}
    >
      <label>
        Internal title
        <input {...form.register('internalTitle')} />
      </label>
    </EditorFrame>
  );
}

/** What every catalog editor shares: loading and error states, draft offer, save errors, save bar, conflict and leave dialogs. */
const meta = {
  title: 'Admin/CatalogAdmin/EditorFrame',
  args: { state: {}, heading: 'Edit item' },
  parameters: { a11y: { test: 'error' } },
  render: (args: Args) => <Frame {...args} />,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;
const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Loaded, nothing changed. */
export const Default: Story = {};

/** While the record loads. */
export const Loading: Story = { args: { state: { status: 'loading' } } };

/** The record does not exist. */
export const NotFound: Story = {
  args: { state: { status: 'not-found' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('This item does not exist (any more).');
  },
};

/** Loading failed: "Try again". */
export const LoadError: Story = {
  args: { state: { status: 'error', loadError: failure('unavailable') } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Unsaved changes. */
export const Dirty: Story = { args: { state: { dirty: true } } };

/** A draft from earlier in this tab, offered back. */
export const DraftOffered: Story = {
  args: { state: { draft: { pending: { values: { internalTitle: 'Mine', content: {} }, savedAt: '2026-11-20T09:30:00.000Z', baseVersion: 2 }, restore: fn(), discard: fn(), restoreIntoForm: fn() } } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Restore them' })).toBeVisible();
  },
};

/** Saving failed: the input stays. */
export const SaveFailed: Story = {
  args: { state: { dirty: true, saveStatus: 'error', saveError: failure('unavailable') } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('The item was not saved.');
  },
};

/** Saving found problems in the form. */
export const FormInvalid: Story = {
  args: { state: { dirty: true, saveStatus: 'error', saveError: failure('validation', '') } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
  },
};

/** Someone else saved first: both versions side by side. */
export const Conflict: Story = {
  args: { state: { dirty: true, conflict: { mine: { internalTitle: 'Mine', content: {} }, theirs: { id: 'laptop', version: 3, internalTitle: 'Theirs' } } as State['conflict'] } },
  play: async ({ canvasElement }) => {
    await expect(await body(canvasElement).findByRole('dialog', { name: 'This item was changed elsewhere' })).toBeVisible();
  },
};

/** "Close" with unsaved changes: leave or stay. */
export const LeaveQuestion: Story = {
  args: { state: { dirty: true, leaveRequested: true } },
  play: async ({ canvasElement }) => {
    const dialog = await body(canvasElement).findByRole('dialog', { name: 'Leave without saving?' });
    await expect(within(dialog).getByRole('button', { name: 'Stay' })).toHaveFocus();
  },
};

/** In Arabic, right to left, after a failed save. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { heading: 'تعديل العنصر', state: { dirty: true, saveStatus: 'error', saveError: failure('unavailable') } },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('[data-slot="catalog-item-editor"]') as HTMLElement).direction).toBe('rtl');
  },
};

/** A long heading and a long save error in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { heading: longTitle('Edit item'), state: { dirty: true, saveStatus: 'error', saveError: failure('not_found', LONG_WORD) } },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
