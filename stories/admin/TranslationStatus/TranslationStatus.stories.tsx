import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { TranslationStatus } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_WORD } from '../../fixtures/longContent.js';
import { translationPages, translationSeed, WithTranslationContent } from './fixtures.js';

const meta = {
  title: 'Admin/TranslationStatus',
  component: TranslationStatus,
  args: { languages: ['en', 'de', 'fr', 'ar'], onOpenRecord: fn() },
  parameters: { a11y: { test: 'error' } },
  render: (args) => (
    <WithTranslationContent>
      <TranslationStatus {...args} />
    </WithTranslationContent>
  ),
} satisfies Meta<typeof TranslationStatus>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Counts per language, then every record with its status per language and "Open". */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByRole('table', { name: 'Records per language' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Open Privacy' }));
    await expect(args.onOpenRecord).toHaveBeenCalledWith(expect.objectContaining({ kind: 'custom-page', id: 'privacy' }));
  },
};

/** Only what still needs work in German. */
export const FilteredByLanguageAndStatus: Story = {
  play: async ({ canvas }) => {
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Language' }), 'de');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Status' }), 'incomplete');
    await expect(canvas.getByRole('rowheader', { name: 'New laptop' })).toBeVisible();
  },
};

/** Filters that match nothing. */
export const NoMatches: Story = {
  play: async ({ canvas }) => {
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Language' }), 'fr');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Type' }), 'layout');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Status' }), 'missing');
    await expect(canvas.getByText('No records match the filters.')).toBeVisible();
  },
};

/** While the content loads. */
export const Loading: Story = {
  render: (args) => (
    <WithTranslationContent prepare={(adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY)}>
      <TranslationStatus {...args} />
    </WithTranslationContent>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the translation status…');
  },
};

/** Nothing with text to translate yet. */
export const Empty: Story = {
  render: (args) => (
    <WithTranslationContent seed={{ homePage: { id: 'home', version: 1, updatedAt: '2026-11-20T09:00:00.000Z', blocks: [] } }}>
      <TranslationStatus {...args} />
    </WithTranslationContent>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('There is no content to translate yet.')).toBeVisible();
  },
};

/** The catalog could not be read: the error state with "Try again". */
export const LoadError: Story = {
  render: (args) => (
    <WithTranslationContent prepare={(adapters) => adapters.control.failNext(3, 'unauthorized', { domains: ['catalog'] })}>
      <TranslationStatus {...args} />
    </WithTranslationContent>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Please sign in to see this.');
  },
};

/** In Arabic, right to left. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table', { name: 'العناصر حسب اللغة' })).toBeVisible();
  },
};

/** The pseudo-locale (toolbar: Pseudo): every string bracketed, accented and ~40 % longer. */
export const PseudoLocale: Story = {
  globals: { language: 'en-XA' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: /^\[Ţŕåñšļåţîöñ šţåţûš ~+\]$/ })).toBeVisible();
  },
};

/** "Open" as links into the host's router (`getRecordHref`) instead of a callback. */
export const WithLinks: Story = {
  args: { onOpenRecord: undefined, getRecordHref: (record) => `#${record.kind}/${record.id}` },
  play: async ({ canvas }) => {
    const link = await canvas.findByRole('link', { name: 'Open Privacy' });
    link.focus();
    await expect(link).toHaveAttribute('href', '#custom-page/privacy');
  },
};

// The stored pages with long titles (an unbreakable word in each).
const longSeed = {
  ...translationSeed,
  customPages: translationPages.map((page) => ({
    ...page,
    internalTitle: `${page.internalTitle} for the ${LONG_WORD}`,
    content: Object.fromEntries(Object.entries(page.content).map(([language, content]) => [language, { ...content, title: `${content.title} ${LONG_WORD}` }])),
  })),
};

/** Long record titles with unbreakable words, in a phone-wide column: the layout holds. */
export const LongContent: Story = {
  decorators: [inColumn()],
  render: (args) => (
    <WithTranslationContent seed={longSeed}>
      <TranslationStatus {...args} />
    </WithTranslationContent>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('table', { name: 'Records per language' })).toBeVisible();
    await expectLayoutHolds(canvasElement);
  },
};
