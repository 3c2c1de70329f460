import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConflictError, createDemoSeed, NotFoundError, UnauthorizedError, UnavailableError, ValidationError } from '../../../src/adapters/index.js';
import type { CustomPage } from '../../../src/model/index.js';
import { ErrorState } from '../../../src/portal/states/index.js';
import { CustomPageTitle, TicketsPreview } from '../../fixtures/DataConsumers.js';
import { StoryPortal } from '../../fixtures/StoryPortal.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Portal/States/ErrorState',
  component: ErrorState,
  decorators: [
    (Story) => (
      <StoryPortal>
        <Story />
      </StoryPortal>
    ),
  ],
  args: { error: new UnavailableError(), onRetry: () => undefined },
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The source cannot be reached. */
export const Unavailable: Story = {};

/** The source said when to try again. */
export const RetryAfter: Story = { args: { error: new UnavailableError('Rate limited', { retryAfter: 30 }) } };

/** The record does not exist (or is not valid): no retry is offered. */
export const NotFound: Story = { args: { error: new NotFoundError('custom page', 'no-such-page') } };

/** The customer is not signed in. */
export const Unauthorized: Story = { args: { error: new UnauthorizedError() } };

/** The adapter returned malformed data. */
export const InvalidData: Story = { args: { error: new ValidationError([{ path: 'content.de.title', code: 'string', message: 'Invalid type' }], { origin: 'response' }) } };

/** Someone else saved first. */
export const Conflict: Story = { args: { error: new ConflictError(null) } };

/** A retry is under way. */
export const Retrying: Story = { args: { retrying: true } };

/** Arabic, right to left. */
export const Arabic: Story = {
  args: { error: new UnavailableError('Rate limited', { retryAfter: 30 }) },
  decorators: [
    (Story) => (
      <StoryPortal language="ar">
        <Story />
      </StoryPortal>
    ),
  ],
};

/**
 * The ticket adapter fails three times in a row (the first try and both automatic retries):
 * the error shows; "Try again" then succeeds.
 */
export const UnavailableThenRecovers: Story = {
  render: () => (
    <StoryPortal adapters={{ latency: 300 }} setup={(adapters) => adapters.control.failNext(3, 'unavailable', { domains: ['tickets'] })}>
      <TicketsPreview />
    </StoryPortal>
  ),
};

/** The ticket adapter always refuses: the customer is not signed in. */
export const TicketsUnauthorized: Story = {
  render: () => (
    <StoryPortal setup={(adapters) => adapters.control.failNext(Infinity, 'unauthorized', { domains: ['tickets'] })}>
      <TicketsPreview />
    </StoryPortal>
  ),
};

/** The store holds a page with an unknown validity: the library shows an error instead of crashing (see the console warning). */
export const MalformedPage: Story = {
  render: () => {
    const seed = createDemoSeed({ now: new Date('2026-11-25T12:00:00Z') });
    const pages = (seed.customPages ?? []).map((page) => (page.slug === 'opening-hours' ? ({ ...page, validity: 'archived' } as unknown as CustomPage) : page));
    return (
      <StoryPortal adapters={{ seed: { ...seed, customPages: pages } }}>
        <CustomPageTitle slug="opening-hours" />
      </StoryPortal>
    );
  },
};

/** A slug that no page has. */
export const UnknownPage: Story = {
  render: () => (
    <StoryPortal>
      <CustomPageTitle slug="no-such-page" />
    </StoryPortal>
  ),
};

/** Long content in a phone-wide column: a host's long title and message, with "Try again". */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { title: longTitle('The tickets could not be loaded'), message: LONG_TEXT },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
