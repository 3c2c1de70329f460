import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as emptyStories from '../../../stories/portal/states/EmptyState.stories.js';
import * as errorStories from '../../../stories/portal/states/ErrorState.stories.js';
import * as loadingStories from '../../../stories/portal/states/LoadingState.stories.js';
import * as noticeStories from '../../../stories/portal/states/StorageNotice.stories.js';
import { expectNoAxeViolations } from '../../render.js';

const loading = composeStories(loadingStories);
const empty = composeStories(emptyStories);
const errors = composeStories(errorStories);
const notice = composeStories(noticeStories);

describe('state stories', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(Object.entries({ ...loading, ...empty, ...notice }))('%s renders without axe violations', async (_name, Story) => {
    const { container } = render(<Story />);
    await expectNoAxeViolations(container);
  });

  it.each(Object.entries(errors))('error story %s renders without axe violations', async (_name, Story) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container } = render(<Story />);
    await expectNoAxeViolations(container);
  });

  it('keeps the ticket list loading while the adapter never answers', async () => {
    render(<loading.WhileTicketsLoad />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('status').closest('[aria-busy="true"]')).not.toBeNull();
  });

  it('shows the empty state for a customer without tickets', async () => {
    render(<empty.NoTickets />);
    expect(await screen.findByText('No tickets yet')).toBeInTheDocument();
  });

  it('shows the error after the injected failures, and recovers on "Try again"', async () => {
    render(<errors.UnavailableThenRecovers />);
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('The service is unavailable right now.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByRole('listitem', {}, { timeout: 3000 })).toHaveLength(5);
  });

  it('shows malformed data as an error, and an unknown page as not found', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<errors.MalformedPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('its data is malformed');
    render(<errors.UnknownPage />);
    expect(await screen.findByText('We could not find what you were looking for.')).toBeInTheDocument();
  });

  it('shows the storage notice only when data is not kept', () => {
    render(<notice.MemoryFallback />);
    expect(screen.getByText('Changes are not saved in this browser')).toBeInTheDocument();
    render(<notice.Persistent />);
    expect(screen.getAllByText('Changes are not saved in this browser')).toHaveLength(1);
  });
});
