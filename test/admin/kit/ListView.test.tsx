import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ListView, type ListColumn } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal } from '../../render.js';

interface Row {
  id: string;
  name: string;
  count: number;
}
const rows: Row[] = Array.from({ length: 3000 }, (_, index) => ({ id: String(index), name: `Item ${index}`, count: (index * 7) % 100 }));
const columns: ListColumn<Row>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.name, sortValue: (row) => row.name, rowHeader: true },
  { id: 'count', header: 'Count', cell: (row) => row.count, sortValue: (row) => row.count },
];

function renderList(props: Partial<Parameters<typeof ListView<Row>>[0]> = {}) {
  return renderPortal(
    <ListView<Row>
      label="Items"
      rows={rows}
      columns={columns}
      getRowId={(row) => row.id}
      filter={(row, query) => row.name.includes(query)}
      pageSize={20}
      {...props}
    />,
  );
}
const names = () => within(screen.getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent);

describe('ListView (rows filtered, sorted and paged here)', () => {
  it('renders one page of 3,000 rows and pages on', async () => {
    const user = userEvent.setup();
    renderList();
    expect(names()).toHaveLength(20);
    expect(screen.getByText('1–20 of 3,000')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(names()[0]).toBe('Item 20');
    await expectNoAxeViolations(document.body);
  });

  it('sorts numbers as numbers and text naturally, and says the order', async () => {
    const user = userEvent.setup();
    renderList({ rows: rows.slice(0, 12) });
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(names().slice(0, 3)).toEqual(['Item 0', 'Item 1', 'Item 2']);
    expect(names()[11]).toBe('Item 11');
    await user.click(screen.getByRole('button', { name: /Count/ }));
    const counts = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => Number(within(row).getAllByRole('cell')[0]?.textContent));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(screen.getByRole('columnheader', { name: /Count/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'none');
  });

  it('filters, goes back to the first page, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const onQueryChange = vi.fn();
    renderList({ onQueryChange });
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'Item 29');
    expect(onQueryChange).toHaveBeenLastCalledWith('Item 29');
    expect(screen.getByText('1–20 of 111')).toBeVisible();
    await user.type(screen.getByRole('searchbox'), 'x');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches “Item 29x”.');
  });

  it('shows loading, error with retry, and empty states', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = renderList({ status: 'loading' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<ListView<Row> label="Items" rows={[]} columns={columns} getRowId={(row) => row.id} status="error" onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(document.body);
    rerender(<ListView<Row> label="Items" rows={[]} columns={columns} getRowId={(row) => row.id} emptyMessage="No items yet." />);
    expect(screen.getByText('No items yet.')).toBeVisible();
  });
});
