import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { TICKET_STATE_TYPES, type Ticket } from '../../../src/model/index.js';
import { ROWS_NOW, rowTicket } from './rowFixtures.js';
import { useFormatters, usePortalTranslation } from '../../../src/portal/PortalProvider/index.js';
import { TicketItems } from '../../../src/portal/TicketList/TicketList.styles.js';
import { TicketRow } from '../../../src/portal/TicketList/TicketRow.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';


/** The rows of a ticket list, with the list's formatters and strings in the toolbar's language. */
function Rows({ tickets }: { tickets: Ticket[] }) {
  const formatters = useFormatters();
  const { t } = usePortalTranslation();
  return (
    <TicketItems aria-label="Tickets">
      {tickets.map((item, index) => (
        <TicketRow key={item.id} ticket={item} href={`/tickets/${item.id}`} formatters={formatters} t={t} now={ROWS_NOW} aria-posinset={index + 1} aria-setsize={tickets.length} />
      ))}
    </TicketItems>
  );
}

/** One row of the ticket list (TicketList renders them; here on their own). */
const meta = {
  title: 'Portal/TicketList/TicketRow',
  component: Rows,
  args: { tickets: [rowTicket()] },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Rows>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A read ticket: title link, number, state and the last change, relative. */
export const Read: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Laptop battery swells' })).toHaveAttribute('href', '/tickets/t-1');
    await expect(canvas.getByText('2 hours ago')).toBeVisible();
  },
};

/** News the customer has not read: a marker, and "Unread" in the link's name. */
export const Unread: Story = {
  args: { tickets: [rowTicket({ unread: true })] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Laptop battery swells (Unread)' })).toBeVisible();
  },
};

/** Every kind of state, each with its own badge. */
export const StateTypes: Story = {
  args: {
    tickets: TICKET_STATE_TYPES.map((stateType, index) =>
      rowTicket({ id: `t-${index}`, number: `20261125100001${String(index).padStart(2, '0')}`, title: `A ${stateType} ticket`, state: stateType, stateType }),
    ),
  },
};

/** No title: the link is named by the ticket's number. */
export const Untitled: Story = {
  args: { tickets: [rowTicket({ title: '' })] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Ticket 2026112510000123' })).toBeVisible();
  },
};

/** Focusing the link (by keyboard) shows the exact time of the last change. */
export const ExactTimeOnFocus: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('link')).toHaveFocus();
    await expect(canvas.getByRole('tooltip')).toBeVisible();
    await expect(canvas.getByRole('tooltip')).toHaveTextContent(/^Last change: /);
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { tickets: [rowTicket({ unread: true }), rowTicket({ id: 't-2', title: 'الطابعة لا تعمل', state: 'مفتوحة', stateType: 'open' })] },
  play: async ({ canvas }) => {
    const link = await canvas.findByRole('link', { name: 'Laptop battery swells (غير مقروءة)' });
    await expect(getComputedStyle(link).direction).toBe('rtl');
  },
};

/** Long content in a phone-wide column: a long title, an unbreakable word and a long state name. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    tickets: [
      rowTicket({ title: longTitle('Laptop'), unread: true }),
      rowTicket({ id: 't-2', title: LONG_WORD, state: `pending reminder – waiting for the customer’s reply about the ${LONG_WORD}` }),
    ],
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
