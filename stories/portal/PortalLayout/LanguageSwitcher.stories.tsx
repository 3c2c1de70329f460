import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { LanguageSwitcher } from '../../../src/portal/PortalLayout/index.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';

const meta = {
  title: 'Portal/LanguageSwitcher',
  component: LanguageSwitcher,
  args: { languages: ['en', 'de', 'fr', 'ar'], onValueChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render(args) {
    const [value, setValue] = useState(args.value);
    return (
      <LanguageSwitcher
        {...args}
        value={value}
        onValueChange={(language) => {
          setValue(language);
          args.onValueChange(language);
        }}
      />
    );
  },
} satisfies Meta<typeof LanguageSwitcher>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The portal's languages, each named in itself; the toolbar's language is selected. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    await expect(canvas.getByRole('option', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
  },
};

/** Picking a language tells the host, which then changes the portal's language. */
export const PickingALanguage: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Language' }), 'fr');
    await expect(args.onValueChange).toHaveBeenCalledWith('fr');
    await expect(canvas.getByRole('combobox', { name: 'Language' })).toHaveValue('fr');
  },
};

/** In Arabic, right to left: the label translated. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const select = await canvas.findByRole('combobox', { name: 'اللغة' });
    await expect(select).toHaveValue('ar');
    await expect(getComputedStyle(select).direction).toBe('rtl');
  },
};

/** Long content in a phone-wide column: many languages with long names and the host's long label. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    languages: ['en', 'de', 'fr', 'ar', 'pt-BR', 'zh-Hant-TW', 'sr-Latn', 'nds', 'gsw', 'es-419'],
    label: 'Language of the portal, of its pages and of the messages it sends you',
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getAllByRole('option')).toHaveLength(10);
    await expectLayoutHolds(canvasElement);
  },
};
