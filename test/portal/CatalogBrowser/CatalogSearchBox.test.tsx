import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { foldText } from '../../../src/catalog/fold.js';
import { CatalogSearchBox } from '../../../src/portal/CatalogBrowser/CatalogSearchBox.js';
import { Highlight } from '../../../src/portal/CatalogBrowser/Highlight.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { CatalogPartContext } from '../../../stories/portal/CatalogBrowser/partContext.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const START: CatalogLocation = { categoryId: 'hardware', itemId: null, query: '' };

function setup({ delay = 10_000, rtl = false, initial }: { delay?: number; rtl?: boolean; initial?: CatalogLocation } = {}) {
  const onNavigate = vi.fn();
  const result = (rtl ? renderRtl : renderPortal)(
    <CatalogPartContext initial={initial ?? START} onNavigate={onNavigate}>
      {(location, navigate) => (
        <>
          <CatalogSearchBox delay={delay} />
          <output data-testid="query">{location.query}</output>
          <button type="button" onClick={() => navigate({ ...location, query: 'printer' })}>
            Back to the printer search
          </button>
        </>
      )}
    </CatalogPartContext>,
  );
  return { onNavigate, ...result };
}

describe('CatalogSearchBox', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a labelled search field in a search landmark', async () => {
    const { container } = setup();
    expect(screen.getByRole('search')).toContainElement(screen.getByRole('searchbox', { name: 'Search services' }));
    expect(screen.getByRole('searchbox')).toHaveAttribute('placeholder', 'Title or description');
    await expectNoAxeViolations(container);
  });

  it('searches once typing pauses, in the category the customer is in', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    // A pause far longer than typing takes, even on a loaded machine.
    const { onNavigate } = setup({ delay: 10_000 });
    await user.type(screen.getByRole('searchbox'), 'lapt');
    expect(onNavigate).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(onNavigate).toHaveBeenCalledExactlyOnceWith({ categoryId: 'hardware', itemId: null, query: 'lapt' });
  });

  it('searches at once on Enter, and treats spaces only as no search', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const { onNavigate } = setup({ delay: 10_000, initial: { ...START, query: 'dock' } });
    const input = screen.getByRole('searchbox');
    await user.clear(input);
    await user.type(input, 'vpn{Enter}');
    expect(onNavigate).toHaveBeenLastCalledWith({ categoryId: 'hardware', itemId: null, query: 'vpn' });
    await user.clear(input);
    await user.type(input, '   {Enter}');
    expect(onNavigate).toHaveBeenLastCalledWith({ categoryId: 'hardware', itemId: null, query: '' });
  });

  it('clears with "Clear search", which keeps the focus in the field', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    setup({ initial: { ...START, query: 'dock' } });
    expect(screen.getByRole('searchbox')).toHaveValue('dock');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(screen.getByTestId('query')).toHaveTextContent('');
    // Nothing left to clear: the button goes.
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  it('clears with Escape', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    setup({ initial: { ...START, query: 'dock' } });
    await user.type(screen.getByRole('searchbox'), '{Escape}');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByTestId('query')).toHaveTextContent('');
  });

  it('shows a query set elsewhere (the back button, a deep link)', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    setup();
    await user.click(screen.getByRole('button', { name: 'Back to the printer search' }));
    expect(screen.getByRole('searchbox')).toHaveValue('printer');
  });

  it('is labelled in Arabic, right to left', async () => {
    const { container } = setup({ rtl: true });
    const input = await screen.findByRole('searchbox', { name: 'البحث في الخدمات' });
    expect(input.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe('Highlight', () => {
  it('marks every match of the search terms, without regard to accents or case', () => {
    const { container } = renderPortal(
      <p>
        <Highlight text="Café printer, CAFE toner" terms={[foldText('cafe')]} />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Café', 'CAFE']);
    expect(container.textContent).toBe('Café printer, CAFE toner');
  });

  it('marks the ranges it is given (an excerpt’s) instead of searching the terms', () => {
    const { container } = renderPortal(
      <p>
        <Highlight text="… the toner cartridge …" terms={[foldText('cartridge')]} ranges={[[6, 11]]} />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['toner']);
    expect(container.textContent).toBe('… the toner cartridge …');
  });

  it('leaves the text as it is without terms', () => {
    const { container } = renderPortal(
      <p>
        <Highlight text="Laptop" />
      </p>,
    );
    expect(container.querySelector('mark')).toBeNull();
    expect(container).toHaveTextContent('Laptop');
  });
});
