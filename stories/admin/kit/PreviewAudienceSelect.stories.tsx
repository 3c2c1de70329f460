import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { PreviewAudienceSelect, type PreviewAudience, type PreviewAudienceSelectProps } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const groups = [
  { id: 'gold', name: 'Gold' },
  { id: 'staff', name: 'Staff' },
];

/** Holds the audience chosen, as an editor's preview does. */
function Stateful(args: PreviewAudienceSelectProps) {
  const [audience, setAudience] = useState<PreviewAudience>(args.value);
  return (
    <PreviewAudienceSelect
      {...args}
      value={audience}
      onValueChange={(next) => {
        setAudience(next);
        args.onValueChange(next);
      }}
    />
  );
}

const meta = {
  title: 'Admin/Kit/PreviewAudienceSelect',
  component: PreviewAudienceSelect,
  args: { value: { kind: 'anonymous' }, groups, onValueChange: fn() },
  render: (args) => <Stateful {...args} />,
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof PreviewAudienceSelect>;
export default meta;

type Story = StoryObj<typeof meta>;

/** An anonymous visitor. */
export const Anonymous: Story = {};

/** A signed-in customer in no group. */
export const SignedIn: Story = { args: { value: { kind: 'customer' } } };

/** A customer in one group, chosen with the keyboard. */
export const InGroup: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Seen by' }), 'Customer in Gold');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({ kind: 'group', group: 'gold' });
  },
};

/** The host has no customer groups: only the two kinds of visitor. */
export const NoGroups: Story = {
  args: { groups: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('option')).toHaveLength(2);
  },
};

/** A group chosen earlier that is no longer offered stays selected (by its id) until changed. */
export const GroupNoLongerOffered: Story = {
  args: { value: { kind: 'group', group: 'partners' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox')).toHaveDisplayValue('Customer in partners');
  },
};

/** Long content in a phone-wide column: long group names. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { value: { kind: 'group', group: 'long' }, groups: [{ id: 'long', name: longTitle('Customers') }, { id: 'word', name: LONG_WORD }] },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: { groups: [{ id: 'gold', name: 'الذهبية' }] },
  play: async ({ canvas }) => {
    const select = canvas.getByRole('combobox', { name: 'يراها' });
    await expect(select).toHaveDisplayValue('زائر مجهول');
    await expect(select.closest('[dir="rtl"]')).not.toBeNull();
  },
};
