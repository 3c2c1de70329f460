import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { LanguageTabs } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/Kit/LanguageTabs',
  component: LanguageTabs,
  args: { languages: ['en', 'de', 'fr'], incompleteLanguages: ['fr'], children: (language: string) => <p>Fields for {language}</p>, onValueChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render(args) {
    const [languages, setLanguages] = useState(args.languages);
    return (
      <LanguageTabs
        {...args}
        languages={languages}
        onAddLanguage={(language) => setLanguages([...languages, language])}
        onRemoveLanguage={(language) => setLanguages(languages.filter((item) => item !== language))}
      />
    );
  },
} satisfies Meta<typeof LanguageTabs>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Three languages, French incomplete (marker and "(incomplete)" for screen readers). */
export const Default: Story = {};

/** Adding a language: a choice of the languages not there yet. */
export const AddingLanguage: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add language' }));
    await expect(canvas.getByLabelText('Language to add')).toHaveFocus();
  },
};

/** Removing a language asks first. */
export const RemovingLanguage: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Remove English' }));
    await expect(await canvas.findByRole('dialog', { name: 'Remove English?' })).toBeVisible();
  },
};

/** One language: it cannot be removed. */
export const SingleLanguage: Story = { args: { languages: ['de'], incompleteLanguages: [] } };

/** Each language's translation status: icon and text, also in the tab's accessible name. */
export const WithStatuses: Story = {
  args: { languages: ['en', 'de', 'fr'], incompleteLanguages: [], statuses: { en: 'complete', de: 'incomplete', fr: 'missing' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('tab', { name: 'German (incomplete)' })).toBeVisible();
    await expect(canvas.getByRole('tab', { name: 'French (missing)' })).toBeVisible();
  },
};

/** Statuses in Arabic, right to left. */
export const WithStatusesRightToLeft: Story = {
  ...WithStatuses,
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('tab', { name: /غير مكتملة/ })).toBeVisible();
  },
};

/** Many languages in a phone-wide column, all but one incomplete, with long fields: the tabs wrap. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    languages: ['en', 'de', 'fr', 'ar', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'tr', 'uk'],
    incompleteLanguages: ['de', 'fr', 'ar', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'tr', 'uk'],
    children: () => <p>{LONG_TEXT}</p>,
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
