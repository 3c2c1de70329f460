import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { SlugField } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_WORD } from '../../fixtures/longContent.js';

const takenSlugs = new Set(['opening-hours', 'terms']);
const checkAvailability = (slug: string) => new Promise<boolean>((resolve) => setTimeout(() => resolve(!takenSlugs.has(slug)), 150));

const meta = {
  title: 'Admin/Kit/SlugField',
  component: SlugField,
  args: { value: '', onValueChange: fn(), source: 'Öffnungszeiten & Feiertage', checkAvailability, debounceMs: 200 },
  parameters: { a11y: { test: 'error' } },
  render: function Render(args) {
    const [value, setValue] = useState(args.value);
    return <SlugField {...args} value={value} onValueChange={setValue} />;
  },
} satisfies Meta<typeof SlugField>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Empty, with the rule explained and a suggestion from the title. */
export const Suggestion: Story = {};

/** A free slug. */
export const Available: Story = {
  args: { value: 'oeffnungszeiten-feiertage' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This slug is free.')).toBeVisible();
  },
};

/** A slug another page uses. */
export const Taken: Story = {
  args: { value: 'opening-hours' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Another page already uses this slug.')).toBeVisible();
  },
};

/** A slug that breaks the rule, with the form's message. */
export const Invalid: Story = { args: { value: 'Opening Hours', error: 'A slug has no spaces: join words with single hyphens.' } };

/** Cyrillic titles are transliterated. */
export const CyrillicTitle: Story = {
  args: { source: 'Цены и тарифы' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Use “tseny-i-tarify”' }));
    await expect(canvas.getByRole('textbox')).toHaveValue('tseny-i-tarify');
  },
};

/** Long content in a phone-wide column: a slug of 120 characters without a break and a long title to suggest from. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { value: `${LONG_WORD.toLowerCase()}-${LONG_WORD.toLowerCase()}`.slice(0, 120), source: `${LONG_WORD} ${LONG_WORD}` },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the rule and the availability translated; the slug stays left to right. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: { value: 'opening-hours' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('صفحة أخرى تستخدم هذا المعرّف بالفعل.')).toBeVisible();
    await expect(canvas.getByRole('textbox').closest('[dir="rtl"]')).not.toBeNull();
  },
};
