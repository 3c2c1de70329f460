import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PreviewAudienceSelect, type PreviewAudience } from '../../../src/admin/index.js';
import { previewGroupsOf } from '../../../src/admin/kit/AudienceField/PreviewAudienceSelect.js';
import type { CustomerGroup } from '../../../src/model/audience.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const groups: CustomerGroup[] = [
  { id: 'gold', name: 'Gold' },
  { id: 'staff', name: 'Staff' },
];

const optionLabels = () => within(screen.getByRole('combobox', { name: 'Seen by' })).getAllByRole('option').map((option) => option.textContent);

/** The preview's side: holds the audience chosen. */
function Preview({ onValueChange, initial = { kind: 'anonymous' }, offered = groups }: { onValueChange?: (value: PreviewAudience) => void; initial?: PreviewAudience; offered?: CustomerGroup[] }) {
  const [audience, setAudience] = useState<PreviewAudience>(initial);
  return (
    <PreviewAudienceSelect
      value={audience}
      groups={offered}
      onValueChange={(next) => {
        setAudience(next);
        onValueChange?.(next);
      }}
    />
  );
}

describe('PreviewAudienceSelect', () => {
  it('offers an anonymous visitor, a customer in no group and a customer in each group', async () => {
    renderPortal(<Preview />);
    expect(optionLabels()).toEqual(['Anonymous visitor', 'Signed-in customer (no groups)', 'Customer in Gold', 'Customer in Staff']);
    expect(screen.getByRole('combobox', { name: 'Seen by' })).toHaveDisplayValue('Anonymous visitor');
    await expectNoAxeViolations(document.body);
  });

  it('offers only the two kinds of visitor when the host has no groups', () => {
    renderPortal(<Preview offered={[]} />);
    expect(optionLabels()).toEqual(['Anonymous visitor', 'Signed-in customer (no groups)']);
  });

  it('hands over the audience chosen, and the groups the preview customer then has', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPortal(<Preview onValueChange={onValueChange} />);
    const select = screen.getByRole('combobox', { name: 'Seen by' });
    await user.selectOptions(select, 'Customer in Staff');
    expect(onValueChange).toHaveBeenLastCalledWith({ kind: 'group', group: 'staff' });
    expect(select).toHaveDisplayValue('Customer in Staff');
    await user.selectOptions(select, 'Signed-in customer (no groups)');
    expect(onValueChange).toHaveBeenLastCalledWith({ kind: 'customer' });
    await user.selectOptions(select, 'Anonymous visitor');
    expect(onValueChange).toHaveBeenLastCalledWith({ kind: 'anonymous' });

    expect(previewGroupsOf({ kind: 'group', group: 'staff' })).toEqual(['staff']);
    expect(previewGroupsOf({ kind: 'customer' })).toEqual([]);
    expect(previewGroupsOf({ kind: 'anonymous' })).toEqual([]);
  });

  it('keeps a group chosen earlier that is no longer offered, until another is chosen', async () => {
    const user = userEvent.setup();
    renderPortal(<Preview initial={{ kind: 'group', group: 'partners' }} />);
    const select = screen.getByRole('combobox', { name: 'Seen by' });
    expect(select).toHaveDisplayValue('Customer in partners');
    await user.selectOptions(select, 'Customer in Gold');
    expect(optionLabels()).not.toContain('Customer in partners');
  });

  it('speaks Arabic, right to left', async () => {
    renderRtl(<Preview />);
    const select = screen.getByRole('combobox', { name: 'يراها' });
    expect(select).toHaveDisplayValue('زائر مجهول');
    expect(select.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(document.body);
  });
});
