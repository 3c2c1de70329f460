import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CustomPageList } from '../../../src/admin/index.js';
import { storyGroupAdapter } from '../customerGroups.js';
import { manyPages, storyPages, WithAdapters } from '../fixtures.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/CustomPageList',
  component: CustomPageList,
  args: { onAdd: fn(), onEdit: fn(), onDeleted: fn(), filterDebounceMs: 0 },
  parameters: { a11y: { test: 'error' } },
  render: (args) => <WithAdapters>{() => <CustomPageList {...args} />}</WithAdapters>,
} satisfies Meta<typeof CustomPageList>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The pages with slug, validity and last change; sortable, filterable. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table', { name: 'Custom pages' })).toBeVisible();
  },
};

/** Pages limited to an audience carry a badge with the host's group names. */
export const Audiences: Story = {
  render: (args) => (
    <WithAdapters
      customerGroups={storyGroupAdapter()}
      pages={storyPages.map((page) =>
        page.id === 'opening-hours' ? { ...page, audience: { kind: 'anonymous' } } : page.id === 'terms' ? { ...page, audience: { kind: 'groups', groups: ['acme', 'partners'] } } : page,
      )}
    >
      {() => <CustomPageList {...args} />}
    </WithAdapters>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Groups: Acme Corporation, Partners')).toBeVisible();
    await expect(canvas.getByText('Anonymous only')).toBeVisible();
  },
};

/** Filtered by slug. */
export const Filtered: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByRole('searchbox'), 'holidays');
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(2));
  },
};

/** No pages yet. */
export const Empty: Story = {
  render: (args) => <WithAdapters pages={[]}>{() => <CustomPageList {...args} />}</WithAdapters>,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('There are no pages yet.')).toBeVisible();
  },
};

/** While the first page of results loads. */
export const Loading: Story = {
  render: (args) => (
    <WithAdapters prepare={(adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY)}>{() => <CustomPageList {...args} />}</WithAdapters>
  ),
};

/** The adapter refused (not signed in): the error state with "Try again". */
export const LoadError: Story = {
  render: (args) => (
    <WithAdapters prepare={(adapters) => adapters.control.failNext(1, 'unauthorized', { domains: ['customPages'], methods: ['list'] })}>
      {() => <CustomPageList {...args} />}
    </WithAdapters>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Please sign in to see this.');
  },
};

/** 2,000 pages, 25 per page. */
export const ThousandsOfPages: Story = {
  render: (args) => <WithAdapters pages={manyPages(2000)}>{() => <CustomPageList {...args} />}</WithAdapters>,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('1–25 of 2,000')).toBeVisible();
  },
};

/** "Delete" asks first. */
export const DeleteConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete “Terms of service”' }));
    await expect(await canvas.findByRole('dialog', { name: 'Delete “Terms of service”?' })).toBeVisible();
  },
};

const longPages = manyPages(40).map((page, index) => ({
  ...page,
  internalTitle: index % 2 === 0 ? longTitle(page.internalTitle) : `${page.internalTitle}${LONG_WORD}`,
  slug: `${LONG_WORD.toLowerCase()}-${index + 1}`,
}));

/** Long content in a phone-wide column: 40 pages with long internal titles and long slugs. */
export const LongContent: Story = {
  decorators: [inColumn()],
  render: (args) => <WithAdapters pages={longPages}>{() => <CustomPageList {...args} />}</WithAdapters>,
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('table', { name: 'Custom pages' });
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the table, its headers and the filter translated. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', { name: 'الصفحات المخصصة' });
    await expect(table.closest('[dir="rtl"]')).not.toBeNull();
    await expect(canvas.getByRole('columnheader', { name: /العنوان الداخلي/ })).toBeVisible();
  },
};
