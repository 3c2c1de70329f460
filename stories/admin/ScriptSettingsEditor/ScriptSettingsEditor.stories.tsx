import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ScriptSettingsEditor } from '../../../src/admin/index.js';
import { WithAdapters } from '../fixtures.js';
import { expectLayoutHolds, inColumn, LONG_WORD } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/ScriptSettingsEditor',
  component: ScriptSettingsEditor,
  args: { onSaved: fn(), onClose: fn() },
  parameters: { a11y: { test: 'error' } },
  render: (args) => <WithAdapters>{() => <ScriptSettingsEditor {...args} />}</WithAdapters>,
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof ScriptSettingsEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** No scripts yet: the strict header and the risk of each directive. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Scripts and Content-Security-Policy' })).toBeVisible();
  },
};

/** A script URL whose origin is not allowed yet: the offer to allow it. */
export const OriginNotAllowed: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByRole('textbox', { name: /^Script URL/ }), 'https://widgets.example.com/chat.js');
    await userEvent.click(canvas.getByRole('button', { name: 'Add script' }));
    await expect(canvas.getByRole('button', { name: 'Allow https://widgets.example.com in script-src' })).toBeVisible();
  },
};

/** The loud confirmation before 'unsafe-inline'. */
export const UnsafeInlineConfirmation: Story = {
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByRole('heading', { name: 'Scripts and Content-Security-Policy' });
    const checkbox = canvasElement.querySelector<HTMLInputElement>('[data-slot="csp-allowUnsafeInline"]');
    if (checkbox) await userEvent.click(checkbox);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog).toHaveTextContent(/DANGER/);
  },
};

/** While the settings load. */
export const Loading: Story = {
  render: (args) => (
    <WithAdapters prepare={(adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY)}>{() => <ScriptSettingsEditor {...args} />}</WithAdapters>
  ),
};

/** Loading failed: the error with "Try again". */
export const LoadError: Story = {
  render: (args) => <WithAdapters prepare={(adapters) => adapters.control.failNext(1, 'unavailable')}>{() => <ScriptSettingsEditor {...args} />}</WithAdapters>,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Long content in a phone-wide column: a long script address without a space, its origin not allowed yet. */
export const LongContent: Story = {
  decorators: [inColumn()],
  play: async ({ canvas, canvasElement }) => {
    const url = `https://chat-widgets.service-desk-tools.example.com/${LONG_WORD}/${LONG_WORD}/chat-widget-loader.js`;
    await userEvent.click(await canvas.findByRole('textbox', { name: /^Script URL/ }));
    await userEvent.paste(url);
    await userEvent.click(canvas.getByRole('button', { name: 'Add script' }));
    await canvas.findByText(/is not allowed in script-src yet/);
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the heading translated; the policy header itself stays as typed. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole('heading', { name: 'البرامج النصية وسياسة أمان المحتوى' });
    await expect(heading.closest('[dir="rtl"]')).not.toBeNull();
  },
};
