import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PortalAdapters } from '../../../src/adapters/index.js';
import { AudienceBadge, AudienceField, PreviewAudienceSelect, type PreviewAudience } from '../../../src/admin/index.js';
import { CustomPageFormSchema, emptyFormValues } from '../../../src/admin/CustomPages/customPageForm.js';
import type { Audience, CustomerGroup } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { customerGroupAdapter, sampleGroups } from '../customerGroups.js';

function Harness({ initial, error, onValue }: { initial?: Audience; error?: string; onValue?: (value: Audience | undefined) => void }) {
  const [value, setValue] = useState<Audience | undefined>(initial);
  return (
    <>
      <AudienceField
        value={value}
        error={error}
        onValueChange={(next) => {
          setValue(next);
          onValue?.(next);
        }}
      />
      <output data-testid="value">{JSON.stringify(value ?? null)}</output>
    </>
  );
}

const valueOf = () => JSON.parse(screen.getByTestId('value').textContent ?? 'null') as Audience | null;
const withGroups = (adapter: PortalAdapters['customerGroups']) => ({ provider: { adapters: { customerGroups: adapter } } });

describe('AudienceField', () => {
  it('offers everyone, anonymous visitors, signed-in customers and groups, and stores each', async () => {
    const user = userEvent.setup();
    const { container } = renderPortal(<Harness />, withGroups(customerGroupAdapter().adapter));
    const field = screen.getByRole('group', { name: 'Audience' });
    expect(within(field).getByRole('radio', { name: 'Everyone' })).toBeChecked();
    expect(screen.queryByRole('group', { name: 'Customer groups' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Anonymous visitors only' }));
    expect(valueOf()).toEqual({ kind: 'anonymous' });
    await user.click(screen.getByRole('radio', { name: 'Signed-in customers' }));
    expect(valueOf()).toEqual({ kind: 'signed-in' });
    await user.click(screen.getByRole('radio', { name: 'Customers in these groups' }));
    expect(valueOf()).toEqual({ kind: 'groups', groups: [] });
    await user.click(await screen.findByRole('checkbox', { name: 'Gold' }));
    await user.click(screen.getByRole('checkbox', { name: 'Acme Corporation' }));
    expect(valueOf()).toEqual({ kind: 'groups', groups: ['gold', 'acme'] });
    await user.click(screen.getByRole('checkbox', { name: 'Gold' }));
    expect(valueOf()).toEqual({ kind: 'groups', groups: ['acme'] });
    await user.click(screen.getByRole('radio', { name: 'Everyone' }));
    expect(valueOf()).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('keeps the ticked groups when switching to another choice and back', async () => {
    const user = userEvent.setup();
    renderPortal(<Harness initial={{ kind: 'groups', groups: ['partners'] }} />, withGroups(customerGroupAdapter().adapter));
    expect(await screen.findByRole('checkbox', { name: 'Partners' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Signed-in customers' }));
    expect(valueOf()).toEqual({ kind: 'signed-in' });
    await user.click(screen.getByRole('radio', { name: 'Customers in these groups' }));
    expect(valueOf()).toEqual({ kind: 'groups', groups: ['partners'] });
  });

  it('is operated with the keyboard: arrow keys choose, Space ticks a group', async () => {
    const user = userEvent.setup();
    renderPortal(<Harness />, withGroups(customerGroupAdapter().adapter));
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Everyone' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Customers in these groups' })).toHaveFocus();
    expect(valueOf()).toEqual({ kind: 'groups', groups: [] });
    await screen.findByRole('checkbox', { name: 'Gold' });
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Gold' })).toHaveFocus();
    await user.keyboard(' ');
    expect(valueOf()).toEqual({ kind: 'groups', groups: ['gold'] });
  });

  it('says the groups are loading, then lists them with their names as given', async () => {
    const groups = customerGroupAdapter([{ id: 'vip', name: 'VIP <b>customers</b> & friends' }]);
    groups.state.hold = true;
    renderPortal(<Harness initial={{ kind: 'groups', groups: [] }} />, withGroups(groups.adapter));
    expect(await screen.findByText('Loading the customer groups…')).toHaveAttribute('role', 'status');
    groups.release();
    expect(await screen.findByRole('checkbox', { name: 'VIP <b>customers</b> & friends' })).not.toBeChecked();
    expect(screen.queryByText('Loading the customer groups…')).toBeNull();
  });

  it('shows an error with "Try again" when the groups cannot be read, keeping the chosen groups', async () => {
    const user = userEvent.setup();
    const groups = customerGroupAdapter();
    groups.state.fail = 1;
    const { container } = renderPortal(<Harness initial={{ kind: 'groups', groups: ['gold'] }} />, withGroups(groups.adapter));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The customer groups could not be loaded. The groups already chosen are kept.');
    expect(valueOf()).toEqual({ kind: 'groups', groups: ['gold'] });
    await expectNoAxeViolations(container);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('checkbox', { name: 'Gold' })).toBeChecked();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(groups.state.calls).toBe(2);
  });

  it('says when the helpdesk offers no groups', async () => {
    renderPortal(<Harness initial={{ kind: 'groups', groups: [] }} />, withGroups(customerGroupAdapter([]).adapter));
    expect(await screen.findByText('Your helpdesk offers no customer groups.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows a stored group the adapter no longer lists as unknown, ticked until cleared', async () => {
    const user = userEvent.setup();
    const { container } = renderPortal(<Harness initial={{ kind: 'groups', groups: ['gold', 'retired-2019'] }} />, withGroups(customerGroupAdapter().adapter));
    const unknown = await screen.findByRole('checkbox', { name: 'Unknown group “retired-2019”' });
    expect(unknown).toBeChecked();
    expect(unknown).toHaveAccessibleDescription('Your helpdesk no longer lists this group. It stays chosen until you clear it.');
    expect(screen.getByRole('checkbox', { name: 'Gold' })).toBeChecked();
    await expectNoAxeViolations(container);
    await user.click(unknown);
    expect(valueOf()).toEqual({ kind: 'groups', groups: ['gold'] });
    expect(screen.queryByRole('checkbox', { name: /retired-2019/ })).toBeNull();
  });

  it('without a customer group adapter says groups need the host’s adapter and keeps the stored groups', async () => {
    const user = userEvent.setup();
    const { container } = renderPortal(<Harness initial={{ kind: 'groups', groups: ['gold'] }} />, { provider: { adapters: {} } });
    expect(screen.getByText(/Customer groups come from your helpdesk through the host’s adapter, and none is set up/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'gold' })).toBeChecked();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('radio', { name: 'Signed-in customers' }));
    await user.click(screen.getByRole('radio', { name: 'Customers in these groups' }));
    expect(valueOf()).toEqual({ kind: 'groups', groups: ['gold'] });
  });

  it('shows the form’s error on the groups', async () => {
    renderPortal(<Harness initial={{ kind: 'groups', groups: [] }} error="Choose at least one group." />, withGroups(customerGroupAdapter().adapter));
    expect(screen.getByRole('group', { name: 'Customer groups' })).toHaveAccessibleDescription('Choose at least one group.');
    expect(await screen.findByRole('checkbox', { name: 'Gold' })).toBeInTheDocument();
  });

  it('shows an error of another choice (a server refusing it) below the choices, until groups are shown', async () => {
    const user = userEvent.setup();
    const { container } = renderPortal(<Harness initial={{ kind: 'signed-in' }} error="Not offered by this helpdesk." />, withGroups(customerGroupAdapter().adapter));
    const field = screen.getByRole('group', { name: 'Audience' });
    expect(field).toHaveAccessibleDescription('Not offered by this helpdesk.');
    await expectNoAxeViolations(container);
    await user.click(within(field).getByRole('radio', { name: 'Customers in these groups' }));
    // The error now belongs to the groups.
    expect(field).not.toHaveAccessibleDescription();
    expect(screen.getByRole('group', { name: 'Customer groups' })).toHaveAccessibleDescription('Not offered by this helpdesk.');
  });

  it('works right to left in Arabic', async () => {
    const { container } = renderRtl(<Harness initial={{ kind: 'groups', groups: ['gold', 'gone'] }} />, withGroups(customerGroupAdapter().adapter));
    expect(screen.getByRole('group', { name: 'الجمهور' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'العملاء في هذه المجموعات' })).toBeChecked();
    expect(await screen.findByRole('checkbox', { name: 'مجموعة غير معروفة «gone»' })).toBeChecked();
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe('the forms’ audience check', () => {
  const values = (audienceKind: 'groups' | 'signed-in', audienceGroups: string[]) => ({
    ...emptyFormValues(['en']),
    internalTitle: 'Prices',
    slug: 'prices',
    content: { en: { title: 'Prices', body: '' } },
    audienceKind,
    audienceGroups,
  });
  const issuesOf = (input: unknown) => (v.safeParse(CustomPageFormSchema, input).issues ?? []).map((issue) => [v.getDotPath(issue), issue.message]);

  it('asks for at least one group and at most 20, on the groups', () => {
    expect(issuesOf(values('groups', []))).toEqual([['audienceGroups', 'admin.errorsAudienceNoGroup']]);
    expect(issuesOf(values('groups', Array.from({ length: 21 }, (_, index) => `group-${index}`)))).toEqual([['audienceGroups', 'admin.errorsAudienceTooManyGroups']]);
    expect(issuesOf(values('groups', Array.from({ length: 20 }, (_, index) => `group-${index}`)))).toEqual([]);
    // Groups ticked before switching to another choice are not judged.
    expect(issuesOf(values('signed-in', []))).toEqual([]);
  });
});

describe('AudienceBadge', () => {
  const names = new Map(sampleGroups.map((group: CustomerGroup) => [group.id, group.name]));
  it('says who a limited record is for, with group names, and nothing for everyone', () => {
    const { container, rerender } = renderPortal(<AudienceBadge audience={{ kind: 'signed-in' }} />);
    expect(container).toHaveTextContent('Signed-in only');
    rerender(<AudienceBadge audience={{ kind: 'anonymous' }} />);
    expect(container).toHaveTextContent('Anonymous only');
    rerender(<AudienceBadge audience={{ kind: 'groups', groups: ['gold', 'acme', 'gone'] }} groupNames={names} />);
    expect(container).toHaveTextContent('Groups: Gold, Acme Corporation, gone');
    rerender(<AudienceBadge audience={undefined} />);
    expect(container.querySelector('[data-slot="audience-badge"]')).toBeNull();
  });

  it('is translated', () => {
    const { container } = renderPortal(<AudienceBadge audience={{ kind: 'signed-in' }} />, { provider: { language: 'fr' } });
    expect(container).toHaveTextContent('Connectés uniquement');
  });
});

describe('PreviewAudienceSelect', () => {
  function Select({ groups }: { groups?: CustomerGroup[] }) {
    const [value, setValue] = useState<PreviewAudience>({ kind: 'anonymous' });
    return (
      <>
        <PreviewAudienceSelect value={value} onValueChange={setValue} groups={groups} />
        <output data-testid="value">{JSON.stringify(value)}</output>
      </>
    );
  }

  it('offers an anonymous visitor, a customer in no group and a customer in each group', async () => {
    const { container } = renderPortal(<Select groups={sampleGroups} />);
    const select = screen.getByLabelText('Seen by');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Anonymous visitor',
      'Signed-in customer (no groups)',
      'Customer in Gold',
      'Customer in Acme Corporation',
      'Customer in Partners',
    ]);
    fireEvent.change(select, { target: { value: 'group:acme' } });
    expect(valueOf()).toEqual({ kind: 'group', group: 'acme' });
    fireEvent.change(select, { target: { value: 'customer' } });
    expect(valueOf()).toEqual({ kind: 'customer' });
    await expectNoAxeViolations(container);
  });
});
