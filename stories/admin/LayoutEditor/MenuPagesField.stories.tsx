import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { MenuPagesField } from '../../../src/admin/LayoutEditor/MenuPagesField.js';
import type { CustomPage } from '../../../src/model/index.js';
import { storyPages, WithAdapters } from '../fixtures.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import type { MemoryAdapters } from '../../../src/adapters/index.js';

interface Args {
  value: string[];
  onValueChange: (slugs: string[]) => void;
  pages?: CustomPage[];
  prepare?: (adapters: MemoryAdapters) => void;
}

/** The layout editor's "Pages in the menu" (rendered there; here on its own, with stored pages). */
const meta = {
  title: 'Admin/LayoutEditor/MenuPagesField',
  component: MenuPagesField,
  args: { value: ['opening-hours', 'holidays-2026'], onValueChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render({ value: initial, onValueChange, pages, prepare }: Args) {
    const [value, setValue] = useState(initial);
    return (
      <WithAdapters pages={pages} prepare={prepare}>
        {() => (
          <MenuPagesField
            value={value}
            onValueChange={(next) => {
              setValue(next);
              onValueChange(next);
            }}
          />
        )}
      </WithAdapters>
    );
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Two pages in the menu, one of them temporarily invalid (not shown); the rest to add. */
export const Populated: Story = {
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', { name: 'Pages in the menu' });
    await expect(await within(list).findByText('Not shown in the portal')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Move Opening hours up' })).toBeDisabled();
  },
};

/** No page in the menu yet. */
export const Empty: Story = {
  args: { value: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No custom page is in the menu.')).toBeVisible();
  },
};

/** Moving a page by keyboard: the focus stays on it and the new position is announced. */
export const MoveByKeyboard: Story = {
  play: async ({ canvas }) => {
    const down = await canvas.findByRole('button', { name: 'Move Opening hours down' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Move Opening hours up' })).toHaveFocus();
    await expect(canvas.getByText('Opening hours is now number 2 of 2.')).toBeInTheDocument();
  },
};

/** While the stored pages load. */
export const Loading: Story = {
  args: { prepare: (adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading…')).toBeVisible();
    await expect(canvas.queryByRole('combobox')).toBeNull();
  },
};

/** Loading the pages failed: the error with "Try again". */
export const LoadError: Story = {
  // Refused (not signed in), which is not retried on its own: "Try again" asks again.
  args: { prepare: (adapters) => adapters.control.failNext(1, 'unauthorized', { domains: ['customPages'], methods: ['list'] }) },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The custom pages could not be loaded.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('combobox', { name: 'Custom page to add' })).toBeVisible();
  },
};

/** In Arabic, right to left; the slugs stay left to right. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', { name: 'الصفحات في القائمة' });
    await expect(getComputedStyle(list).direction).toBe('rtl');
  },
};

/** Long content in a phone-wide column: long internal titles with unbreakable words, a long slug. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    value: ['long-one', `${LONG_WORD.toLowerCase()}-${LONG_WORD.toLowerCase()}`.slice(0, 120)],
    pages: [
      { ...storyPages[0]!, id: 'long-one', slug: 'long-one', internalTitle: longTitle('Opening hours') },
      { ...storyPages[1]!, id: 'long-two', slug: `${LONG_WORD.toLowerCase()}-${LONG_WORD.toLowerCase()}`.slice(0, 120), internalTitle: LONG_WORD, validity: 'invalid-temporarily' },
      { ...storyPages[2]!, internalTitle: `${LONG_WORD} ${LONG_WORD}` },
    ],
  },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('combobox', { name: 'Custom page to add' });
    await expectLayoutHolds(canvasElement);
  },
};
