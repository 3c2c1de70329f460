// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { CustomPage, CustomPageView } from '../../../src/portal/CustomPage/index.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { customPage, HOSTILE_BODY } from './fixtures.js';

/** What a browser would find executable or style-bearing in server HTML. */
function expectNothingExecutable(html: string) {
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toMatch(/<(iframe|object|embed|form|svg|style)\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

/**
 * The host's second pass: reads every query the first pass registered (the library's keys are
 * internal, so a host prefetches what a render asked for rather than naming keys).
 */
async function readRegisteredQueries(queryClient: QueryClient) {
  await Promise.all(
    queryClient
      .getQueryCache()
      .getAll()
      .map((query) => queryClient.fetchQuery({ queryKey: query.queryKey, queryFn: query.options.queryFn, retry: false }).catch(() => undefined)),
  );
}

describe('CustomPage on the server', () => {
  it('renders a page with hostile HTML with nothing executable in the markup', () => {
    const html = renderToString(
      <PortalProvider>
        <CustomPageView page={customPage('hostile', { en: { title: 'Welcome <script>alert(0)</script>', body: HOSTILE_BODY } })} />
      </PortalProvider>,
    );
    expect(html).toContain('<h1');
    // The title is text: its markup arrives escaped.
    expect(html).toContain('Welcome &lt;script&gt;alert(0)&lt;/script&gt;');
    expect(html).toContain('Welcome');
    expectNothingExecutable(html);
  });

  it('renders the loaded page when the host prefetched it (two-pass rendering), still inert', async () => {
    const adapters = createMemoryAdapters({ seed: { customPages: [customPage('hostile', { en: { title: 'Hostile page', body: HOSTILE_BODY } })] } });
    const queryClient = new QueryClient();
    const app = (
      <PortalProvider adapters={adapters} queryClient={queryClient}>
        <CustomPage slug="hostile" />
      </PortalProvider>
    );
    // The first pass registers the page's query; the host awaits it and renders again.
    expect(renderToString(app)).toContain('aria-busy="true"');
    await readRegisteredQueries(queryClient);
    const html = renderToString(app);
    expect(html).toContain('Hostile page');
    expect(html).toContain('data-slot="custom-page"');
    expectNothingExecutable(html);
  });
});
