import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { Button, ListView, ValidityBadge, type ListColumn } from '../../../src/admin/index.js';
import type { Validity } from '../../../src/model/index.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

interface Row {
  id: string;
  name: string;
  validity: Validity;
}
const rows: Row[] = Array.from({ length: 120 }, (_, index) => ({
  id: String(index),
  name: `Service ${String(index + 1).padStart(3, '0')}`,
  validity: (['valid', 'invalid', 'invalid-temporarily'] as const)[index % 3] ?? 'valid',
}));
const columns: ListColumn<Row>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.name, sortValue: (row) => row.name, rowHeader: true },
  { id: 'validity', header: 'Validity', cell: (row) => <ValidityBadge validity={row.validity} />, sortValue: (row) => row.validity },
];

const meta = {
  title: 'Admin/Kit/ListView',
  component: ListView<Row>,
  args: {
    label: 'Services',
    rows,
    columns,
    getRowId: (row: Row) => row.id,
    filter: (row: Row, query: string) => row.name.toLowerCase().includes(query.toLowerCase()),
    pageSize: 10,
    rowActions: (row: Row) => (
      <Button type="button" aria-label={`Edit ${row.name}`} onClick={fn()}>
        Edit
      </Button>
    ),
  },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ListView<Row>>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Rows filtered, sorted and paged in the browser. */
export const Default: Story = {};

/** Sorted by name, descending. */
export const Sorted: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Name/ }));
    await userEvent.click(canvas.getByRole('button', { name: /Name/ }));
    await expect(canvas.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  },
};

/**
 * A row holding the focus (framed as under the pointer): its badge's text stays on the surface,
 * and axe checks its contrast in this state.
 */
export const FocusedRow: Story = {
  play: async ({ canvas }) => {
    canvas.getByRole('button', { name: 'Edit Service 003' }).focus();
    const cell = canvas.getByRole('rowheader', { name: 'Service 003' });
    await expect(getComputedStyle(cell).boxShadow).not.toBe('none');
  },
};

/** A filter that matches nothing. */
export const NoMatches: Story = { args: { defaultQuery: 'zzz' } };

/** Loading. */
export const Loading: Story = { args: { status: 'loading' } };

/** Failed, with "Try again". */
export const Failed: Story = { args: { status: 'error', onRetry: fn() } };

/** No rows at all. */
export const Empty: Story = { args: { rows: [], emptyMessage: 'No services yet.' } };

/** Long content in a phone-wide column: long row names and an unbreakable word in every second one. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    label: longTitle('Services'),
    rows: rows.map((row, index) => ({ ...row, name: index % 2 === 0 ? longTitle(row.name) : `${row.name}${LONG_WORD}` })),
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the filter and the paging translated, the pager mirrored. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const next = canvas.getByRole('button', { name: 'الصفحة التالية' });
    await expect(next.closest('[dir="rtl"]')).not.toBeNull();
    await expect(canvas.getByText('1–10 من 120')).toBeVisible();
  },
};
