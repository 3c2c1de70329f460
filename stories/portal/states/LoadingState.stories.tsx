import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoadingState } from '../../../src/portal/states/index.js';
import { CustomPageTitle, TicketsPreview } from '../../fixtures/DataConsumers.js';
import { StoryPortal } from '../../fixtures/StoryPortal.js';

const meta = {
  title: 'Portal/States/LoadingState',
  component: LoadingState,
  decorators: [
    (Story) => (
      <StoryPortal>
        <Story />
      </StoryPortal>
    ),
  ],
  args: { variant: 'lines', count: 3 },
} satisfies Meta<typeof LoadingState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Text lines: the default skeleton. */
export const Lines: Story = {};

/** Rows of a list (tickets, links). */
export const List: Story = { args: { variant: 'list', count: 5 } };

/** A grid of cards (teasers, catalog). */
export const Cards: Story = { args: { variant: 'cards', count: 3 } };

/** One block (a page body, an image). */
export const Block: Story = { args: { variant: 'block' } };

/** Right to left, with the Arabic loading message for screen readers. */
export const Arabic: Story = {
  decorators: [
    (Story) => (
      <StoryPortal language="ar">
        <Story />
      </StoryPortal>
    ),
  ],
};

/** A ticket list whose adapter never answers (memory adapter latency `Infinity`). */
export const WhileTicketsLoad: Story = {
  render: () => (
    <StoryPortal adapters={{ latency: Infinity }}>
      <TicketsPreview />
    </StoryPortal>
  ),
};

/** A page that arrives after two seconds of simulated latency. */
export const SlowPage: Story = {
  render: () => (
    <StoryPortal adapters={{ latency: 2000 }}>
      <CustomPageTitle slug="opening-hours" />
    </StoryPortal>
  ),
};
