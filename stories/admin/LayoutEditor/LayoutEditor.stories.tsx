import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { LayoutEditor } from '../../../src/admin/index.js';
import { storyPages, WithAdapters } from '../fixtures.js';
import { expectLayoutHolds, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/LayoutEditor',
  component: LayoutEditor,
  args: { onSaved: fn(), onClose: fn(), previewHomePage: { blocks: [] } },
  parameters: { a11y: { test: 'error' } },
  render: (args) => <WithAdapters>{() => <LayoutEditor {...args} />}</WithAdapters>,
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof LayoutEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The layout never saved: the theme's colours, no images, no CSS; preview in LTR and RTL. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('textbox', { name: /^Primary colour/ })).toBeVisible();
  },
};

/** A pale primary colour: the contrast warning with the suggested passing colour. */
export const PalePrimaryWarning: Story = {
  play: async ({ canvas }) => {
    const input = await canvas.findByRole('textbox', { name: /^Primary colour/ });
    await userEvent.clear(input);
    await userEvent.type(input, '#ffe680');
    await expect(await canvas.findByText(/cannot keep WCAG AA contrast/)).toBeVisible();
  },
};

/** While the settings load. */
export const Loading: Story = {
  render: (args) => (
    <WithAdapters prepare={(adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY)}>{() => <LayoutEditor {...args} />}</WithAdapters>
  ),
};

/** Loading failed: the error with "Try again". */
export const LoadError: Story = {
  render: (args) => <WithAdapters prepare={(adapters) => adapters.control.failNext(1, 'unavailable')}>{() => <LayoutEditor {...args} />}</WithAdapters>,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Long content: custom pages with long internal titles in the menu picker, long CSS lines. */
export const LongContent: Story = {
  render: (args) => (
    <WithAdapters
      pages={storyPages.map((page, index) => ({ ...page, validity: 'valid', internalTitle: index % 2 === 0 ? longTitle(page.internalTitle) : `${page.internalTitle}${LONG_WORD}` }))}
    >
      {() => <LayoutEditor {...args} />}
    </WithAdapters>
  ),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add to the menu' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add to the menu' }));
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the colour fields translated. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const input = await canvas.findByRole('textbox', { name: /^اللون الأساسي/ });
    await expect(input.closest('[dir="rtl"]')).not.toBeNull();
  },
};
