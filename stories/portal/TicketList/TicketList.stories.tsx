import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TicketList } from '../../../src/index.js';
import { fixedNow, makeTickets } from '../HomePage/fixtures.js';
import { withPortalData } from '../HomePage/withPortalData.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const tickets = makeTickets(24);

const meta = {
  title: 'Portal/TicketList',
  component: TicketList,
  decorators: [withPortalData()],
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
  decorators: [withPortalData({ customer: null })],
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

/** Reading the ticket adapter (the demo seed): pages, sort and filter run in the adapter. */
export const FromAdapter: Story = {
  args: { variant: 'full', tickets: undefined, pageSize: 20 },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Load more tickets' })).toBeVisible();
  },
};

/** The home page block reading the adapter. */
export const HomePageBlockFromAdapter: Story = { args: { variant: 'compact', tickets: undefined } };

/** Waiting for the adapter. */
export const Loading: Story = {
  args: { variant: 'full', tickets: undefined },
  decorators: [withPortalData({ adapters: { latency: 1_000_000 } })],
};

/** The adapter is unavailable: an error with a retry. */
export const Unavailable: Story = {
  args: { variant: 'full', tickets: undefined },
  decorators: [withPortalData({ setup: (adapters) => adapters.control.failNext(Infinity, 'unavailable', { domains: ['tickets'] }) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 5000 })).toBeVisible();
  },
};

const longTickets = makeTickets(40).map((ticket, index) => ({
  ...ticket,
  title: index % 2 === 0 ? longTitle(`Ticket ${index + 1}`) : `${LONG_WORD}${LONG_WORD}`,
  state: index % 4 === 0 ? 'waiting for the customer’s reply (auto close in 7 days)' : ticket.state,
  queue: `Second level support – ${LONG_WORD}`,
}));

/** Long content in a phone-wide column: 40 tickets with long titles, unbreakable words and long state names. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { variant: 'full', tickets: longTickets, total: 400, hasMore: true, onLoadMore: () => {} },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** The same long tickets in the home page's compact list, full width. */
export const LongContentCompact: Story = {
  args: { variant: 'compact', tickets: longTickets, maxCount: 5 },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
