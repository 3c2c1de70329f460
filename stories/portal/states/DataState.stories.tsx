import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { NotFoundError, UnavailableError } from '../../../src/adapters/index.js';
import type { DataResult } from '../../../src/data/index.js';
import { DataState, EmptyState, LoadingState, type DataStateProps } from '../../../src/portal/states/index.js';
import { expectLayoutHolds, inColumn, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

/** What a data hook returns, with `overrides`: by default still loading. */
const result = (overrides: Partial<DataResult<string[]>> = {}): DataResult<string[]> => ({
  status: 'pending',
  data: undefined,
  error: null,
  isFetching: true,
  isPlaceholderData: false,
  retry: fn(),
  ...overrides,
});

const loaded = (data: string[]) => result({ status: 'success', data, isFetching: false });
const failed = (error: UnavailableError | NotFoundError, isFetching = false) => result({ status: 'error', error, isFetching });

/** A list of ticket titles drawn through `DataState`. */
function TicketTitles(props: Omit<DataStateProps<string[]>, 'children'>) {
  return (
    <DataState {...props}>
      {(titles) => (
        <ul aria-label="Tickets">
          {titles.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
      )}
    </DataState>
  );
}

/**
 * Picks the loading, error, empty or content rendering for a data hook's result, so every
 * data-driven part of the portal shows the same states.
 */
const meta = {
  title: 'Portal/States/DataState',
  component: TicketTitles,
  args: { result: loaded(['Printer on floor 3 jams', 'VPN disconnects every hour', 'New laptop for onboarding']) },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof TicketTitles>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The data is there: the content. */
export const Content: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
  },
};

/** The first answer is still out: the shared skeleton, busy, with a status for screen readers. */
export const Loading: Story = {
  args: { result: result() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading…');
  },
};

/** No records. */
export const Empty: Story = {
  args: { result: loaded([]) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Nothing here yet.')).toBeVisible();
  },
};

/** The read failed: the error with "Try again", which reads again. */
export const Unavailable: Story = {
  args: { result: failed(new UnavailableError()) },
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.result.retry).toHaveBeenCalledOnce();
  },
};

/** A retry is under way: the button says so and waits. */
export const Retrying: Story = {
  args: { result: failed(new UnavailableError(), true) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Trying again…' })).toBeDisabled();
  },
};

/** The record does not exist: no retry is offered. */
export const NotFound: Story = {
  args: { result: failed(new NotFoundError('custom page', 'no-such-page')) },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** The host's own loading, empty and error renderings (here the empty one). */
export const HostRenderings: Story = {
  args: {
    result: loaded([]),
    loading: <LoadingState variant="list" count={5} label="Loading your tickets…" />,
    empty: <EmptyState title="No tickets yet" description="Tickets you open appear here." />,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No tickets yet')).toBeVisible();
  },
};

/** In Arabic, right to left: the error and its retry translated. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { result: failed(new UnavailableError()) },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(getComputedStyle(alert).direction).toBe('rtl');
  },
};

/** Long content on a phone: long titles, an unbreakable word and a pasted address. */
export const LongContent: Story = {
  args: { result: loaded([longTitle('Laptop battery swells'), `${LONG_WORD}${LONG_WORD}`, LONG_URL_TEXT]) },
  decorators: [inColumn()],
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
