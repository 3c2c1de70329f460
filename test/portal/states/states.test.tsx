import 'fake-indexeddb/auto';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConflictError,
  createBrowserAdapters,
  createMemoryAdapters,
  NotFoundError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
} from '../../../src/adapters/index.js';
import type { DataResult } from '../../../src/data/index.js';
import { data as dataStrings } from '../../../src/i18n/resources/data.js';
import { DataState, EmptyState, ErrorState, LoadingState, StorageNotice } from '../../../src/portal/states/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

describe('LoadingState', () => {
  it('shows a skeleton marked busy and tells screen readers what is happening', async () => {
    const { container } = renderPortal(<LoadingState variant="list" count={4} data-testid="loading" />);
    const root = screen.getByTestId('loading');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(root).toHaveAttribute('data-slot', 'loading-state');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    const skeleton = root.querySelector('[data-slot="loading-state-skeleton"]');
    expect(skeleton).toHaveAttribute('aria-hidden', 'true');
    expect(skeleton?.children).toHaveLength(4);
    await expectNoAxeViolations(container);
  });

  it('says what is loading when told', () => {
    renderPortal(<LoadingState label="Loading your tickets" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your tickets');
  });

  it('is translated in Arabic', async () => {
    const { container } = renderRtl(<LoadingState />);
    expect(screen.getByRole('status')).toHaveTextContent('جارٍ التحميل…');
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe('EmptyState', () => {
  it('says there is nothing yet, or what the host says, with an optional action', async () => {
    const { container, rerender } = renderPortal(<EmptyState />);
    expect(screen.getByText('Nothing here yet.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    rerender(<EmptyState title="No tickets" description="Tickets you open appear here." action={<a href="/new">Open a ticket</a>} />);
    expect(screen.getByText('No tickets').closest('[data-slot="empty-state"]')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('Tickets you open appear here.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open a ticket' })).toBeInTheDocument();
  });

  it('is translated in German', () => {
    renderPortal(<EmptyState />, { provider: { language: 'de' } });
    expect(screen.getByText('Hier ist noch nichts.')).toBeInTheDocument();
  });
});

describe('ErrorState', () => {
  it.each([
    [new UnavailableError(), 'The service is unavailable right now.'],
    [new NotFoundError('page'), 'We could not find what you were looking for.'],
    [new UnauthorizedError(), 'Please sign in to see this.'],
    [new ValidationError([], { origin: 'response' }), 'This content could not be shown because its data is malformed.'],
    [new ConflictError(null), 'Someone else changed this in the meantime.'],
    [new Error('boom'), 'The service is unavailable right now.'],
  ])('explains %s to the user', (error, message) => {
    renderPortal(<ErrorState error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent(`Something went wrong${message}`);
    expect(screen.getByRole('alert')).not.toHaveTextContent('boom');
  });

  it('offers a retry that works from the keyboard', async () => {
    const onRetry = vi.fn();
    const { container } = renderPortal(<ErrorState error={new UnavailableError()} onRetry={onRetry} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('offers no retry for something that does not exist', () => {
    renderPortal(<ErrorState error={new NotFoundError('page')} onRetry={() => undefined} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when to try again if the source said so, in the customer’s language', () => {
    const { rerender } = renderPortal(<ErrorState error={new UnavailableError('busy', { retryAfter: 30 })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You can try again in 30 seconds.');
    rerender(<ErrorState error={new UnavailableError('busy', { retryAfter: 120 })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You can try again in 2 minutes.');
  });

  it('disables the button while a retry runs', () => {
    renderPortal(<ErrorState error={new UnavailableError()} onRetry={() => undefined} retrying />);
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeDisabled();
  });

  it('is translated and laid out right to left in Arabic', async () => {
    const { container } = renderRtl(<ErrorState error={new UnavailableError('x', { retryAfter: 30 })} onRetry={() => undefined} />);
    expect(screen.getByRole('button', { name: 'حاول مرة أخرى' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('حدث خطأ ما');
    expect(screen.getByRole('alert')).toHaveTextContent('30');
    await expectNoAxeViolations(container);
  });
});

const result = <Data,>(overrides: Partial<DataResult<Data>>): DataResult<Data> => ({
  status: 'pending',
  data: undefined,
  error: null,
  isFetching: true,
  isPlaceholderData: false,
  retry: () => undefined,
  ...overrides,
});

describe('DataState', () => {
  const render = (value: DataResult<string[]>) => renderPortal(<DataState result={value}>{(data) => <ul>{data.map((entry) => <li key={entry}>{entry}</li>)}</ul>}</DataState>);

  it('shows loading, then the content', () => {
    const { rerender } = render(result({}));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<DataState result={result({ status: 'success', data: ['a', 'b'], isFetching: false })}>{(data) => <ul>{data.map((entry) => <li key={entry}>{entry}</li>)}</ul>}</DataState>);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows the empty state for no records, also inside a list result', () => {
    render(result({ status: 'success', data: [], isFetching: false }));
    expect(screen.getByText('Nothing here yet.')).toBeInTheDocument();
    renderPortal(<DataState result={result({ status: 'success', data: { data: [], total: 0 }, isFetching: false })} empty={<p>No tickets</p>}>{() => null}</DataState>);
    expect(screen.getByText('No tickets')).toBeInTheDocument();
  });

  it('shows the error with a retry, and marks a retry in progress', async () => {
    const retry = vi.fn();
    const { rerender } = render(result({ status: 'error', error: new UnavailableError(), isFetching: false, retry }));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalled();
    rerender(<DataState result={result({ status: 'error', error: new UnavailableError(), isFetching: true, retry })}>{() => null}</DataState>);
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeDisabled();
  });
});

describe('DataState with the host’s renderings', () => {
  it('shows the host’s loading, empty and error renderings in their states', async () => {
    const retry = vi.fn();
    const props = {
      loading: <p>Fetching tickets</p>,
      empty: <p>No tickets</p>,
      error: (error: { message: string }, again: () => void) => (
        <button type="button" onClick={again}>
          Failed: {error.message}
        </button>
      ),
      children: (data: string[]) => <p>{data.join(', ')}</p>,
    };
    const { rerender } = renderPortal(<DataState result={result<string[]>({})} {...props} />);
    expect(screen.getByText('Fetching tickets')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<DataState result={result<string[]>({ status: 'success', data: [], isFetching: false })} {...props} />);
    expect(screen.getByText('No tickets')).toBeInTheDocument();
    rerender(<DataState result={result<string[]>({ status: 'error', error: new UnavailableError('Down for maintenance'), isFetching: false, retry })} {...props} />);
    await userEvent.click(screen.getByRole('button', { name: 'Failed: Down for maintenance' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('asks the host’s isEmpty, and treats null and zero as data only where it says so', () => {
    const { rerender } = renderPortal(
      <DataState result={result<{ count: number }>({ status: 'success', data: { count: 0 }, isFetching: false })} isEmpty={(data) => data.count === 0}>
        {(data) => <p>{data.count} open</p>}
      </DataState>,
    );
    expect(screen.getByText('Nothing here yet.')).toBeInTheDocument();
    rerender(
      <DataState result={result<{ count: number }>({ status: 'success', data: { count: 0 }, isFetching: false })}>{(data) => <p>{data.count} open</p>}</DataState>,
    );
    expect(screen.getByText('0 open')).toBeInTheDocument();
    rerender(<DataState result={result<string | null>({ status: 'success', data: null, isFetching: false })}>{(data) => <p>{data}</p>}</DataState>);
    expect(screen.getByText('Nothing here yet.')).toBeInTheDocument();
  });

  it('shows a failed refetch as an error rather than the old data', () => {
    renderPortal(
      <DataState result={result({ status: 'error', data: ['stale'], error: new UnavailableError(), isFetching: false })}>{(data) => <p>{data.join(', ')}</p>}</DataState>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The service is unavailable right now.');
    expect(screen.queryByText('stale')).toBeNull();
  });
});

describe('StorageNotice', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('warns above the portal when the browser store could not persist', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const adapters = createBrowserAdapters({ databaseName: 'notice' });
    const { container } = renderPortal(<p>Portal</p>, { provider: { adapters } });
    expect(await screen.findByText('Changes are not saved in this browser')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveAttribute('data-slot', 'storage-notice');
    await expectNoAxeViolations(container);
  });

  it('stays away when data is kept, or the adapters do not say', async () => {
    const adapters = createBrowserAdapters({ databaseName: 'notice-persistent' });
    renderPortal(<StorageNotice data-testid="notice" />, { provider: { adapters } });
    await act(() => adapters.ready);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    adapters.close();
    renderPortal(<p>Portal</p>, { provider: { adapters: createMemoryAdapters() } });
    expect(screen.queryByText('Changes are not saved in this browser')).not.toBeInTheDocument();
  });
});

describe('the data strings', () => {
  it('exist in every bundled language', () => {
    const english = Object.keys(dataStrings.en).sort();
    for (const language of ['de', 'fr', 'ar'] as const) {
      expect(Object.keys(dataStrings[language]).sort(), language).toEqual(english);
      expect(Object.values(dataStrings[language]).every((text) => text.trim().length > 0)).toBe(true);
    }
  });
});
