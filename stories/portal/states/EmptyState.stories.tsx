import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmptyState } from '../../../src/portal/states/index.js';
import { TicketsPreview } from '../../fixtures/DataConsumers.js';
import { StoryPortal } from '../../fixtures/StoryPortal.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Portal/States/EmptyState',
  component: EmptyState,
  decorators: [
    (Story) => (
      <StoryPortal>
        <Story />
      </StoryPortal>
    ),
  ],
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The translated default message. */
export const Default: Story = {};

/** A host's own message, explanation and action. */
export const WithDescriptionAndAction: Story = {
  args: {
    title: 'No tickets yet',
    description: 'Tickets you open appear here.',
    action: <a href="#new-ticket">Open a ticket</a>,
  },
};

/** German. */
export const German: Story = {
  decorators: [
    (Story) => (
      <StoryPortal language="de">
        <Story />
      </StoryPortal>
    ),
  ],
};

/** Arabic, right to left. */
export const Arabic: Story = {
  decorators: [
    (Story) => (
      <StoryPortal language="ar">
        <Story />
      </StoryPortal>
    ),
  ],
};

/** A customer without tickets: the memory adapter seeded with none, after a short latency. */
export const NoTickets: Story = {
  render: () => (
    <StoryPortal adapters={{ seed: { tickets: [] }, latency: 400 }}>
      <TicketsPreview />
    </StoryPortal>
  ),
};

/** Long content in a phone-wide column: a host's long title, explanation and action. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { title: longTitle('No tickets yet'), description: LONG_TEXT, action: <a href="#new-ticket">{`Open a ticket about the ${LONG_WORD}`}</a> },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
