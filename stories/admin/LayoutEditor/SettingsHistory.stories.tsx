import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { buildRevision, createMemoryAdapters, type MemoryAdapters, type PortalAdapters, type Revision } from '../../../src/adapters/index.js';
import { LayoutEditor, ScriptSettingsEditor } from '../../../src/admin/index.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import type { LayoutSettings, ScriptSettings } from '../../../src/model/index.js';
import { expectLayoutHolds, LONG_URL_TEXT, LONG_WORD } from '../../fixtures/longContent.js';
import { openHistory } from '../openHistory.js';

const ana = { id: 'ana', name: 'Ana Müller' };
const karim = { id: 'karim', name: 'Karim Haddad' };

function layoutVersions(long: boolean): { layout: LayoutSettings; revisions: Revision[] } {
  const v1: LayoutSettings = {
    id: 'layout',
    version: 1,
    updatedAt: '2026-11-18T08:00:00.000Z',
    logo: null,
    favicon: null,
    defaultAvatar: null,
    primaryColor: '#0b3d91',
    accentColor: '#6f42c1',
    customCss: long ? `.${LONG_WORD} { background-image: none; }\n`.repeat(20) : '',
    content: { en: { logoAlt: long ? LONG_WORD : 'Acme' } },
    menuPages: [],
  };
  const v2: LayoutSettings = { ...v1, version: 2, updatedAt: '2026-11-19T10:15:00.000Z', primaryColor: '#7a1f1f', content: { en: { logoAlt: 'Acme Inc.' }, de: { logoAlt: 'Acme GmbH' } } };
  const v3: LayoutSettings = { ...v2, version: 3, updatedAt: '2026-11-20T09:00:00.000Z', customCss: '.portal-footer { font-weight: bold; }' };
  return {
    layout: v3,
    revisions: [
      buildRevision({ id: 'l1', recordKind: 'layout', previous: null, record: v1, author: ana }),
      buildRevision({ id: 'l2', recordKind: 'layout', previous: v1, record: v2, author: karim }),
      buildRevision({ id: 'l3', recordKind: 'layout', previous: v2, record: v3, author: null }),
    ],
  };
}

function scriptVersions(long: boolean): { scriptSettings: ScriptSettings; revisions: Revision[] } {
  const v1: ScriptSettings = {
    id: 'script-settings',
    version: 1,
    updatedAt: '2026-11-18T08:00:00.000Z',
    externalScripts: [{ id: 'chat', url: long ? `https://chat.example.com/${LONG_URL_TEXT.slice(8)}.js` : 'https://chat.example.com/widget.js' }],
    inlineScripts: [],
    additionalOrigins: { 'script-src': ['https://chat.example.com'] },
    allowUnsafeInline: false,
    allowUnsafeEval: false,
  };
  const v2: ScriptSettings = { ...v1, version: 2, updatedAt: '2026-11-19T10:15:00.000Z', externalScripts: [{ id: 'chat', url: 'https://chat.example.com/v2.js' }] };
  return {
    scriptSettings: v2,
    revisions: [
      buildRevision({ id: 's1', recordKind: 'scriptSettings', previous: null, record: v1, author: ana }),
      buildRevision({ id: 's2', recordKind: 'scriptSettings', previous: v1, record: v2, author: karim }),
    ],
  };
}

/** Fresh adapters per render with the layout's and the scripts' histories. */
function WithHistory({
  withRevisions = true,
  long = false,
  prepare,
  change,
  children,
}: {
  withRevisions?: boolean;
  long?: boolean;
  prepare?: (adapters: MemoryAdapters) => void;
  change?: (adapters: MemoryAdapters) => PortalAdapters;
  children: ReactNode;
}) {
  const [adapters] = useState(() => {
    const layout = layoutVersions(long);
    const scripts = scriptVersions(long);
    const created = createMemoryAdapters({
      seed: { layout: layout.layout, scriptSettings: scripts.scriptSettings, revisions: withRevisions ? [...layout.revisions, ...scripts.revisions] : [] },
    });
    prepare?.(created);
    return change ? change(created) : created;
  });
  return <PortalDataProvider adapters={adapters}>{children}</PortalDataProvider>;
}

const meta = {
  title: 'Admin/LayoutEditor/History',
  component: LayoutEditor,
  args: { onSaved: fn(), onClose: fn(), previewHomePage: { blocks: [] } },
  parameters: { a11y: { test: 'error' } },
  render: (args) => (
    <WithHistory>
      <LayoutEditor {...args} />
    </WithHistory>
  ),
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof LayoutEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The layout's versions, the two newest compared field by field (no rendered view for settings). */
export const Versions: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/Version 3 \(current\)/)).toBeVisible();
    await expect(dialog.getByRole('table')).toBeVisible();
  },
};

/** With unsaved edits, the restore confirmation warns that they are discarded. */
export const RestoreWithUnsavedChanges: Story = {
  play: async ({ canvasElement }) => {
    const input = await within(canvasElement).findByRole('textbox', { name: /^Accent colour/ });
    await userEvent.clear(input);
    await userEvent.type(input, '#123456');
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    const confirm = within(await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Restore version 1?' }));
    await expect(confirm.getByText(/changes you have not saved/)).toBeVisible();
  },
};

/** After the restore: the notice and version 4 on top. */
export const Restored: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    await userEvent.click(within(await body.findByRole('dialog', { name: 'Restore version 1?' })).getByRole('button', { name: 'Restore' }));
    await expect(await dialog.findByText('Version 1 was restored as version 4.')).toBeVisible();
  },
};

/** Saved elsewhere meanwhile: the restore is refused and the history reloaded. */
export const Conflict: Story = {
  render: (args) => (
    <WithHistory
      change={(adapters) => ({
        ...adapters,
        revisions: {
          ...adapters.revisions,
          restore: async (params) => {
            const stored = (await adapters.layout.get({}))!;
            const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = stored;
            await adapters.layout.update({ data: input, previousVersion: stored.version });
            return adapters.revisions.restore(params);
          },
        },
      })}
    >
      <LayoutEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await openHistory(canvasElement));
    await userEvent.click(await dialog.findByRole('button', { name: 'Restore version 1' }));
    await userEvent.click(within(await body.findByRole('dialog', { name: 'Restore version 1?' })).getByRole('button', { name: 'Restore' }));
    await expect(await dialog.findByText(/changed in the meantime/)).toBeVisible();
  },
};

/** While the history loads. */
export const Loading: Story = {
  render: (args) => (
    <WithHistory change={(adapters) => ({ ...adapters, revisions: { ...adapters.revisions, list: () => new Promise<never>(() => undefined) } })}>
      <LayoutEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    await openHistory(canvasElement);
  },
};

/** Settings saved before the history existed. */
export const Empty: Story = {
  render: (args) => (
    <WithHistory withRevisions={false}>
      <LayoutEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/No versions yet/)).toBeVisible();
  },
};

/** Loading the history failed. */
export const LoadError: Story = {
  render: (args) => (
    <WithHistory prepare={(adapters) => adapters.control.failNext(Number.POSITIVE_INFINITY, 'unavailable', { domains: ['revisions'] })}>
      <LayoutEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText('The history could not be loaded.', {}, { timeout: 15_000 })).toBeVisible();
  },
};

/** Long CSS and alt text in the compared versions: the diff holds its layout. */
export const LongContent: Story = {
  render: (args) => (
    <WithHistory long>
      <LayoutEditor {...args} />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Compare version 2' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Compare version 1' }));
    await expect(within(dialog).getByRole('table')).toBeVisible();
    await expectLayoutHolds(dialog);
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement, 'السجل'));
    await expect(await dialog.findByText(/النسخة 3 \(الحالية\)/)).toBeVisible();
  },
};

/** The scripts editor's history: the changed script URL, field by field. */
export const ScriptsVersions: Story = {
  render: () => (
    <WithHistory>
      <ScriptSettingsEditor />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement));
    await expect(await dialog.findByText(/Version 2 \(current\)/)).toBeVisible();
    await expect(dialog.getByRole('row', { name: /External scripts: Script URL/ })).toBeVisible();
  },
};

/** The scripts history with a long script address. */
export const ScriptsLongContent: Story = {
  render: () => (
    <WithHistory long>
      <ScriptSettingsEditor />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    await expect(await within(dialog).findByRole('table')).toBeVisible();
    await expectLayoutHolds(dialog);
  },
};

/** The scripts history in Arabic. */
export const ScriptsArabic: Story = {
  globals: { language: 'ar' },
  render: () => (
    <WithHistory>
      <ScriptSettingsEditor />
    </WithHistory>
  ),
  play: async ({ canvasElement }) => {
    const dialog = within(await openHistory(canvasElement, 'السجل'));
    await expect(await dialog.findByText(/النسخة 2 \(الحالية\)/)).toBeVisible();
  },
};
