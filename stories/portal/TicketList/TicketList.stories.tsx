import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TicketList } from '../../../src/index.js';
import { fixedNow, makeTickets } from '../HomePage/fixtures.js';
import { withCustomer } from '../HomePage/withCustomer.js';

const tickets = makeTickets(24);

const meta = {
  title: 'Portal/TicketList',
  component: TicketList,
  decorators: [withCustomer()],
  args: { tickets, now: fixedNow },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    selection: { control: 'inline-radio', options: ['recent', 'open'] },
  },
} satisfies Meta<typeof TicketList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The home page block: five most recent tickets and an "all tickets" link. */
export const HomePageBlock: Story = {
  args: { variant: 'compact', maxCount: 5 },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(5);
    await expect(canvas.getByRole('link', { name: 'All tickets' })).toBeVisible();
  },
};

export const MostRelevant: Story = { args: { variant: 'compact', selection: 'open', maxCount: 5 } };

export const NoTickets: Story = { args: { variant: 'compact', tickets: [] } };

/** Nothing for an anonymous visitor. */
export const Anonymous: Story = {
  args: { variant: 'compact' },
  decorators: [withCustomer(null)],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="ticket-list"]')).toBeNull();
  },
};

/** The tickets page: sort and state filter. */
export const TicketsPage: Story = { args: { variant: 'full' } };

export const FilteredToClosed: Story = { args: { variant: 'full', defaultStateFilter: 'closed' } };

export const MorePages: Story = { args: { variant: 'full', total: 240, hasMore: true, onLoadMore: () => {} } };

/** 5,000 tickets: only the rows near the viewport are rendered. */
export const FiveThousandTickets: Story = {
  args: { variant: 'full', tickets: makeTickets(5000) },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem').length).toBeLessThan(100);
  },
};

export const German: Story = { args: { variant: 'compact' }, globals: { language: 'de' } };
export const Arabic: Story = { args: { variant: 'full' }, globals: { language: 'ar' } };
