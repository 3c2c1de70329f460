import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import type { CustomerGroupAdapter } from '../../../src/adapters/index.js';
import { AudienceBadge, AudienceField, PreviewAudienceSelect, type PreviewAudience } from '../../../src/admin/index.js';
import { PortalDataProvider } from '../../../src/data/index.js';
import type { Audience } from '../../../src/model/index.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';
import { longNamedGroups, storyGroupAdapter, storyGroups } from '../customerGroups.js';

/** The field over a `customerGroups` adapter (none: the host provides no groups). */
function Demo({ initial, error, groups, onValueChange }: { initial: Audience | undefined; error?: string | undefined; groups: CustomerGroupAdapter | null; onValueChange: (value: Audience | undefined) => void }) {
  const [adapters] = useState(() => (groups ? { customerGroups: groups } : {}));
  const [value, setValue] = useState(initial);
  return (
    <PortalDataProvider adapters={adapters}>
      <AudienceField
        value={value}
        error={error}
        onValueChange={(next) => {
          setValue(next);
          onValueChange(next);
        }}
      />
    </PortalDataProvider>
  );
}

const meta = {
  title: 'Admin/Kit/AudienceField',
  component: AudienceField,
  args: { value: undefined, onValueChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: (args) => <Demo initial={args.value} error={args.error} groups={storyGroupAdapter()} onValueChange={args.onValueChange} />,
} satisfies Meta<typeof AudienceField>;
export default meta;

type Story = StoryObj<typeof meta>;

/** No audience: the record is shown to everyone. */
export const Everyone: Story = {};

/** Only visitors who are not signed in. */
export const AnonymousOnly: Story = { args: { value: { kind: 'anonymous' } } };

/** Every signed-in customer. */
export const SignedIn: Story = { args: { value: { kind: 'signed-in' } } };

/** Customers in chosen groups, listed by the host's adapter with their names as given. */
export const Groups: Story = {
  args: { value: { kind: 'groups', groups: ['gold'] } },
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByRole('checkbox', { name: 'Gold' })).toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Partners' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith({ kind: 'groups', groups: ['gold', 'partners'] });
  },
};

/** While the adapter lists the groups. */
export const GroupsLoading: Story = {
  args: { value: { kind: 'groups', groups: ['gold'] } },
  render: (args) => <Demo initial={args.value} groups={storyGroupAdapter(storyGroups, { pending: true })} onValueChange={args.onValueChange} />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading the customer groups…')).toBeVisible();
  },
};

/** The adapter failed: "Try again" asks again (and here succeeds); the chosen groups are kept. */
export const GroupsError: Story = {
  args: { value: { kind: 'groups', groups: ['gold'] } },
  render: (args) => <Demo initial={args.value} groups={storyGroupAdapter(storyGroups, { failures: 1 })} onValueChange={args.onValueChange} />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('could not be loaded');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('checkbox', { name: 'Gold' })).toBeChecked();
  },
};

/** The helpdesk offers no groups. */
export const NoGroupsOffered: Story = {
  args: { value: { kind: 'groups', groups: [] } },
  render: (args) => <Demo initial={args.value} groups={storyGroupAdapter([])} onValueChange={args.onValueChange} />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Your helpdesk offers no customer groups.')).toBeVisible();
  },
};

/** A stored group the adapter no longer lists: unknown, ticked until cleared. */
export const UnknownGroup: Story = {
  args: { value: { kind: 'groups', groups: ['gold', 'retired-2019'] } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('checkbox', { name: 'Unknown group “retired-2019”' })).toBeChecked();
  },
};

/** The host provides no `customerGroups` adapter: the field says so and keeps the stored groups. */
export const WithoutGroupAdapter: Story = {
  args: { value: { kind: 'groups', groups: ['gold', 'acme'] } },
  render: (args) => <Demo initial={args.value} groups={null} onValueChange={args.onValueChange} />,
};

/** "Customers in these groups" with none ticked, with the form's message. */
export const NoGroupChosen: Story = { args: { value: { kind: 'groups', groups: [] }, error: 'Choose at least one group.' } };

/** Long group names wrap inside the field; the badge shortens them. */
export const LongGroupNames: Story = {
  args: { value: { kind: 'groups', groups: ['long-1', 'long-2'] } },
  decorators: [inColumn()],
  render: (args) => (
    <>
      <Demo initial={args.value} groups={storyGroupAdapter(longNamedGroups)} onValueChange={args.onValueChange} />
      <AudienceBadge audience={args.value} groupNames={new Map(longNamedGroups.map((group) => [group.id, group.name]))} />
    </>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('checkbox', { name: /^Internationale Vereinigung/ })).toBeChecked();
    await expectLayoutHolds(canvasElement);
  },
};

/** Right to left, in Arabic. */
export const Arabic: Story = {
  args: { value: { kind: 'groups', groups: ['gold', 'retired-2019'] } },
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('checkbox', { name: 'مجموعة غير معروفة «retired-2019»' })).toBeChecked();
  },
};

/** The badges of admin lists (nothing for everyone). */
export const Badges: Story = {
  render: () => (
    <p>
      <AudienceBadge audience={{ kind: 'anonymous' }} /> <AudienceBadge audience={{ kind: 'signed-in' }} />{' '}
      <AudienceBadge audience={{ kind: 'groups', groups: ['gold', 'acme'] }} groupNames={new Map(storyGroups.map((group) => [group.id, group.name]))} />
    </p>
  ),
};

/** The previews' "Seen by": an anonymous visitor, a customer in no group, or a customer in each group. */
export const PreviewAudiences: Story = {
  render: function Render() {
    const [value, setValue] = useState<PreviewAudience>({ kind: 'group', group: 'acme' });
    return <PreviewAudienceSelect value={value} onValueChange={setValue} groups={storyGroups} />;
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Seen by')).toHaveDisplayValue('Customer in Acme Corporation');
  },
};
