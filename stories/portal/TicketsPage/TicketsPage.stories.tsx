import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { TicketsPage } from '../../../src/portal/TicketsPage/index.js';
import { storyTheme } from '../../theme/themes.js';
import { withAdapters } from '../PortalLayout/withAdapters.js';
import { expectLayoutHolds, inColumn, longDemoSeed } from '../../fixtures/longContent.js';

/** Signs a customer in for a story, in the toolbar's language and theme. */
const signedIn: NonNullable<Meta['decorators']> = [
  (Story, { globals }) => (
    <PortalProvider language={typeof globals.language === 'string' ? globals.language : 'en'} theme={storyTheme(globals.theme).theme} customer={{ id: 'c1', name: 'Dana Weber' }}>
      <Story />
    </PortalProvider>
  ),
];

const meta = {
  title: 'Portal/TicketsPage',
  component: TicketsPage,
  args: { onSignIn: () => undefined, pageSize: 20 },
  decorators: [withAdapters()],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof TicketsPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** An anonymous visitor: a prompt to sign in through the host, no ticket read. */
export const Anonymous: Story = {};

/** The demo customer's 60 tickets, 20 a page, sortable and filterable by state. */
export const SignedIn: Story = { decorators: signedIn };

/** While the tickets load. */
export const Loading: Story = { decorators: [...signedIn, withAdapters({ latency: Infinity })] };

/** A customer without tickets. */
export const NoTickets: Story = { decorators: [...signedIn, withAdapters({ seed: { tickets: [] } })] };

/** The ticket service is unavailable: the error with "Try again". */
export const Unavailable: Story = {
  decorators: [...signedIn, withAdapters({}, (adapters) => adapters.control.failNext(Infinity, 'unavailable', { domains: ['tickets'] }))],
};

/** Long content in a phone-wide column: 60 tickets with long titles, unbreakable words and long state names. */
export const LongContent: Story = {
  decorators: [inColumn(), ...signedIn, withAdapters({ seed: longDemoSeed() })],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="ticket-list-row"]').length).toBeGreaterThan(0));
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the signed-in customer's tickets under the translated heading. */
export const Arabic: Story = {
  decorators: signedIn,
  globals: { language: 'ar' },
  play: async ({ canvas, canvasElement }) => {
    const heading = await canvas.findByRole('heading', { level: 1, name: 'تذاكري' });
    await expect(heading.closest('[dir="rtl"]')).not.toBeNull();
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="ticket-list-row"]').length).toBeGreaterThan(0));
  },
};
