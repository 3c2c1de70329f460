import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlockErrorBoundary } from '../../../src/portal/HomePage/BlockErrorBoundary.js';
import { ErrorState } from '../../../src/portal/states/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

// Which blocks throw while rendering, by name; a test repairs one to prove "Try again" works.
const broken = new Set<string>();

function Block({ name }: { name: string }) {
  if (broken.has(name)) throw new Error(`${name} exploded`);
  return <h2>{name}</h2>;
}

function Page({ onError }: { onError?: (error: unknown) => void }) {
  return (
    <>
      {['Hero', 'Link lists', 'Teasers'].map((name) => (
        <section key={name} aria-label={name}>
          <BlockErrorBoundary
            onError={onError}
            fallback={(error, retry) => <ErrorState error={error} message={`${name}: ${(error as Error).message}`} onRetry={retry} />}
          >
            <Block name={name} />
          </BlockErrorBoundary>
        </section>
      ))}
    </>
  );
}

beforeEach(() => {
  // React reports every caught render error on the console.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  broken.clear();
  vi.restoreAllMocks();
});

describe('BlockErrorBoundary', () => {
  it('renders its block as is while nothing fails', () => {
    renderPortal(<Page />);
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Hero', 'Link lists', 'Teasers']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  describe('given one block that throws', () => {
    it('shows that block’s error in its place while the others render, and tells the host', async () => {
      broken.add('Link lists');
      const onError = vi.fn();
      const { container } = renderPortal(<Page onError={onError} />);
      expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Hero', 'Teasers']);
      const failed = screen.getByRole('region', { name: 'Link lists' });
      expect(failed).toContainElement(screen.getByRole('alert'));
      expect(screen.getByRole('alert')).toHaveTextContent('Link lists: Link lists exploded');
      expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ message: 'Link lists exploded' }), expect.objectContaining({ componentStack: expect.any(String) }));
      await expectNoAxeViolations(container);
    });

    it('renders the block again on "Try again", from the keyboard', async () => {
      const user = userEvent.setup();
      broken.add('Link lists');
      renderPortal(<Page />);
      broken.delete('Link lists');
      screen.getByRole('button', { name: 'Try again' }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('heading', { name: 'Link lists' })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('shows the error again when the block still fails', async () => {
      broken.add('Teasers');
      const onError = vi.fn();
      renderPortal(<Page onError={onError} />);
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
      expect(screen.getByRole('alert')).toHaveTextContent('Teasers exploded');
      expect(screen.getAllByRole('heading')).toHaveLength(2);
    });
  });

  it('keeps each failure to its own block when several fail, right to left too', async () => {
    broken.add('Hero');
    broken.add('Teasers');
    const { container } = renderRtl(<Page />);
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Link lists' })).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[0]?.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
