import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { Ticket } from '../../../src/model/index.js';
import { useFormatters, usePortalTranslation } from '../../../src/portal/PortalProvider/index.js';
import { TicketRow } from '../../../src/portal/TicketList/TicketRow.js';
import { VirtualTicketItems } from '../../../src/portal/TicketList/VirtualTicketItems.js';
import { fixedNow, makeTickets } from '../HomePage/fixtures.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

/** The rows of a long ticket list with the list's own row, as `TicketList` renders them. */
function Rows({ tickets, label }: { tickets: Ticket[]; label: string }) {
  const formatters = useFormatters();
  const { t } = usePortalTranslation();
  return (
    <VirtualTicketItems
      tickets={tickets}
      label={label}
      renderRow={(ticket, { key, ...props }) => <TicketRow key={key} {...props} ticket={ticket} href={`/tickets/${ticket.id}`} formatters={formatters} t={t} now={fixedNow} />}
    />
  );
}

const list = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-slot="ticket-list-items"]')!;
const positions = (root: HTMLElement) => [...root.querySelectorAll('[data-slot="ticket-list-row"]')].map((row) => Number(row.getAttribute('aria-posinset')));

/**
 * The rows of a long ticket list (`TicketList` uses it past its first rows): only those near the
 * viewport are in the DOM, placed without `style` attributes, each telling its place in the whole list.
 */
const meta = {
  title: 'Portal/TicketList/VirtualTicketItems',
  component: Rows,
  args: { tickets: makeTickets(5000), label: 'Your tickets' },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Rows>;
export default meta;

type Story = StoryObj<typeof meta>;

/** 5,000 tickets: a few dozen rows in the DOM; scrolling to the end brings the last ones. */
export const FiveThousandTickets: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(list(canvasElement)).toHaveAttribute('data-virtualized', 'true'));
    await expect(positions(canvasElement).length).toBeLessThan(100);
    await expect(canvasElement.querySelector('[data-slot="ticket-list-row"]')).toHaveAttribute('aria-setsize', '5000');
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitFor(() => expect(positions(canvasElement)).toContain(5000));
    window.scrollTo(0, 0);
  },
};

/** A short list: every row. */
export const ShortList: Story = {
  args: { tickets: makeTickets(8) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(positions(canvasElement)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]));
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { tickets: makeTickets(300), label: 'تذاكرك' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(list(canvasElement)).toHaveAttribute('data-virtualized', 'true'));
    await expect(getComputedStyle(list(canvasElement)).direction).toBe('rtl');
  },
};

/** Long content on a phone: long titles and an unbreakable word in every second row. */
export const LongContent: Story = {
  args: { tickets: makeTickets(300).map((ticket, index) => ({ ...ticket, title: index % 2 === 0 ? longTitle(ticket.title) : `${LONG_WORD}${LONG_WORD}` })) },
  decorators: [inColumn()],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(list(canvasElement)).toHaveAttribute('data-virtualized', 'true'));
    await expectLayoutHolds(canvasElement);
  },
};
