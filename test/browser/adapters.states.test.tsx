import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotFoundError, UnavailableError } from '../../src/adapters/index.js';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';
import { EmptyState, ErrorState, LoadingState } from '../../src/portal/states/index.js';
import { expectNoAxeViolations } from '../axe.js';

// In a real browser axe also checks colour contrast and target size.
describe('state components in Chromium', () => {
  it.each(['en', 'ar'])('pass axe with contrast and target size (%s)', async (language) => {
    const { container } = render(
      <PortalProvider language={language}>
        <LoadingState />
        <EmptyState description="Tickets you open appear here." />
        <ErrorState error={new UnavailableError('x', { retryAfter: 30 })} onRetry={() => undefined} />
        <ErrorState error={new NotFoundError('page')} />
      </PortalProvider>,
    );
    await expectNoAxeViolations(container);
  });

  it('gives the retry button a comfortable target', () => {
    render(
      <PortalProvider>
        <ErrorState error={new UnavailableError()} onRetry={() => undefined} />
      </PortalProvider>,
    );
    const box = screen.getByRole('button', { name: 'Try again' }).getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  });
});
