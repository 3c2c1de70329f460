import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { useCustomPage, useCustomPages } from '../../../src/data/index.js';
import { HomePage, HomePageBlocks } from '../../../src/index.js';
import { MAX_TIMER_DELAY, nextWindowBoundary, useScheduleClock } from '../../../src/internal/useScheduleClock.js';
import type { BlockEntry, CustomPage, PublishWindow } from '../../../src/model/index.js';
import { ViewingTimeProvider } from '../../../src/portal/PortalProvider/viewingTime.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const START = '2026-04-01T11:59:00.000Z';
const FROM = '2026-04-01T12:00:00.000Z';
const UNTIL = '2026-04-01T13:00:00.000Z';

const linkBlock = (id: string, title: string, window: PublishWindow = {}): BlockEntry => ({
  id,
  type: 'link-lists',
  hidden: false,
  ...window,
  props: {
    lists: [
      {
        id: `${id}-list`,
        content: { en: { title }, ar: { title: `${title} (ar)` } },
        source: { type: 'manual', links: [{ id: `${id}-link`, href: '/page/x', content: { en: { label: 'Read' }, ar: { label: 'اقرأ' } } }] },
      },
    ],
  },
});

const teaserBlock = (window: PublishWindow): BlockEntry => ({
  id: 'teasers',
  type: 'image-teasers',
  hidden: false,
  props: {
    teasers: [
      { id: 'always', image: null, content: { en: { title: 'Always here' }, ar: { title: 'دائما' } } },
      { id: 'sale', image: null, content: { en: { title: 'Spring sale' }, ar: { title: 'تخفيضات الربيع' } }, ...window },
    ],
  },
});

const blockShown = (container: HTMLElement, id: string) => container.querySelector(`[data-block-id="${id}"]`) !== null;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('publish windows while the page stays open', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(START);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a block exactly at its start and removes it exactly at its end', async () => {
    const blocks = [linkBlock('always', 'Always'), linkBlock('promo', 'Promotion', { visibleFrom: FROM, visibleUntil: UNTIL })];
    const { container } = renderPortal(<HomePage config={{ blocks }} />);
    expect(blockShown(container, 'promo')).toBe(false);
    advance(59_999);
    expect(blockShown(container, 'promo')).toBe(false);
    advance(1);
    expect(blockShown(container, 'promo')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Promotion' })).toBeInTheDocument();
    advance(3_599_999);
    expect(blockShown(container, 'promo')).toBe(true);
    advance(1);
    expect(blockShown(container, 'promo')).toBe(false);
    expect(blockShown(container, 'always')).toBe(true);
    // Nothing left ahead: no timer waits any more.
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });

  it('shows and hides a teaser at its window inside a block, right to left too', () => {
    renderRtl(<HomePageBlocks blocks={[teaserBlock({ visibleFrom: FROM, visibleUntil: UNTIL })]} />);
    expect(screen.queryByRole('heading', { name: 'تخفيضات الربيع' })).not.toBeInTheDocument();
    advance(60_000);
    expect(screen.getByRole('heading', { name: 'تخفيضات الربيع' })).toBeInTheDocument();
    advance(3_600_000);
    expect(screen.queryByRole('heading', { name: 'تخفيضات الربيع' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'دائما' })).toBeInTheDocument();
  });

  it('sets no timer when nothing is scheduled ahead', () => {
    const blocks = [linkBlock('always', 'Always'), linkBlock('over', 'Over', { visibleUntil: '2026-01-01T00:00:00.000Z' }), teaserBlock({ visibleFrom: '2026-01-01T00:00:00.000Z' })];
    const { container } = renderPortal(<HomePage config={{ blocks }} />);
    expect(blockShown(container, 'always')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Spring sale' })).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears its timer on unmount', () => {
    const { unmount } = renderPortal(<HomePage config={{ blocks: [linkBlock('promo', 'Promotion', { visibleFrom: FROM })] }} />);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reaches a boundary further away than one timer can wait', () => {
    const far = new Date(Date.parse(START) + MAX_TIMER_DELAY + 5_000).toISOString();
    const { container } = renderPortal(<HomePage config={{ blocks: [linkBlock('later', 'Later', { visibleFrom: far })] }} />);
    // A delay above 2^31 − 1 ms would fire at once; the hook waits in steps instead.
    advance(1_000);
    expect(blockShown(container, 'later')).toBe(false);
    advance(MAX_TIMER_DELAY - 1_000);
    expect(blockShown(container, 'later')).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    advance(4_999);
    expect(blockShown(container, 'later')).toBe(false);
    advance(1);
    expect(blockShown(container, 'later')).toBe(true);
  });

  it('catches up when a hidden tab becomes visible after a boundary its timer missed', () => {
    const { container } = renderPortal(<HomePage config={{ blocks: [linkBlock('promo', 'Promotion', { visibleFrom: FROM })] }} />);
    // The clock moves on without the timer firing (a throttled background tab, a sleeping laptop).
    vi.setSystemTime(UNTIL);
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(blockShown(container, 'promo')).toBe(true);
  });

  it('keeps the instant of the `at` prop and of the preview, without a timer', () => {
    const blocks = [linkBlock('promo', 'Promotion', { visibleFrom: FROM })];
    const { container, unmount } = renderPortal(<HomePage config={{ blocks }} at={new Date(START)} />);
    expect(vi.getTimerCount()).toBe(0);
    advance(120_000);
    expect(blockShown(container, 'promo')).toBe(false);
    unmount();

    const preview = renderPortal(
      <ViewingTimeProvider at={new Date(START)}>
        <HomePageBlocks blocks={[teaserBlock({ visibleFrom: FROM })]} />
      </ViewingTimeProvider>,
    );
    expect(vi.getTimerCount()).toBe(0);
    advance(120_000);
    expect(screen.queryByRole('heading', { name: 'Spring sale' })).not.toBeInTheDocument();
    preview.unmount();
  });
});

describe('nextWindowBoundary', () => {
  it('finds the nearest start or end after the instant, ignoring past ones and records without a window', () => {
    const now = Date.parse(START);
    expect(nextWindowBoundary([{}, null, { visibleUntil: UNTIL }, { visibleFrom: FROM }, { visibleFrom: '2026-01-01T00:00:00.000Z' }], now)).toBe(Date.parse(FROM));
    expect(nextWindowBoundary({ visibleFrom: FROM, visibleUntil: UNTIL }, Date.parse(FROM))).toBe(Date.parse(UNTIL));
    expect(nextWindowBoundary([{ visibleUntil: START }], now)).toBeUndefined();
  });
});

describe('useScheduleClock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(START);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the same instant between boundaries and takes a fresh one at each', () => {
    const seen: number[] = [];
    const records = [{ visibleFrom: FROM }];
    function Clock() {
      seen.push(useScheduleClock(records).getTime());
      return null;
    }
    render(<Clock />);
    advance(60_000);
    expect(seen.at(0)).toBe(Date.parse(START));
    expect(seen.at(-1)).toBe(Date.parse(FROM));
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('portal read hooks while the page stays open', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(START);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const page = (id: string, slug: string, title: string, window: PublishWindow): CustomPage => ({
    id,
    version: 1,
    updatedAt: '2026-03-01T00:00:00.000Z',
    internalTitle: title,
    slug,
    validity: 'valid',
    content: { en: { title, body: '<p>Text</p>' } },
    ...window,
  });

  function PageTitles() {
    const result = useCustomPages({ audience: 'portal' });
    return <ul>{result.data?.data.map((item) => <li key={item.id}>{item.content.en?.title}</li>)}</ul>;
  }

  function OnePage({ slug }: { slug: string }) {
    const result = useCustomPage({ slug });
    return <p>{result.status === 'error' ? result.error?.kind : (result.data?.content.en?.title ?? result.status)}</p>;
  }

  it('re-filters the cached list and page at each window boundary without asking the adapter again', async () => {
    const adapters = createMemoryAdapters({
      seed: { customPages: [page('p1', 'closure', 'Holiday closure', { visibleUntil: FROM }), page('p2', 'new-hours', 'New hours', { visibleFrom: UNTIL })] },
    });
    renderPortal(
      <>
        <PageTitles />
        <OnePage slug="closure" />
      </>,
      { provider: { adapters } },
    );
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(screen.getByRole('listitem')).toHaveTextContent('Holiday closure');
    expect(screen.getByText('Holiday closure', { selector: 'p' })).toBeInTheDocument();
    const reads = adapters.control.callCount('customPages', 'list');

    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    expect(screen.getByText('not_found')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(3_600_000));
    expect(screen.getByRole('listitem')).toHaveTextContent('New hours');
    expect(adapters.control.callCount('customPages', 'list')).toBe(reads);
  });
});
