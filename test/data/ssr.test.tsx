import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapters } from '../../src/adapters/index.js';
import { useCustomPage } from '../../src/data/index.js';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';
import { DataState, EmptyState, ErrorState, LoadingState } from '../../src/portal/states/index.js';
import { UnavailableError } from '../../src/adapters/index.js';

function Page() {
  return <DataState result={useCustomPage({ slug: 'opening-hours' })}>{(page) => <h1>{page.content.en?.title}</h1>}</DataState>;
}

describe('on the server', () => {
  it('renders data-driven components in their loading state, without inline styles or handlers', () => {
    const html = renderToString(
      <PortalProvider adapters={createMemoryAdapters()}>
        <Page />
      </PortalProvider>,
    );
    expect(html).toContain('data-slot="loading-state"');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('Loading…');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });

  it('renders every state component', () => {
    const html = renderToString(
      <PortalProvider language="ar">
        <LoadingState variant="cards" />
        <EmptyState />
        <ErrorState error={new UnavailableError('x', { retryAfter: 30 })} onRetry={() => undefined} />
      </PortalProvider>,
    );
    expect(html).toContain('جارٍ التحميل…');
    expect(html).toContain('لا يوجد شيء هنا بعد.');
    expect(html).toContain('حاول مرة أخرى');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
