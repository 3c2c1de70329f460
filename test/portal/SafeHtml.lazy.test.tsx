import { act, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// SafeHtml as a browser bundle gets it: the package.json `browser` field swaps the sanitizer
// module for its lazily loading twin. Each test starts from fresh modules (nothing loaded).
const sanitizerModule = '../../src/portal/SafeHtml/sanitizer.js';
const browserSanitizer = '../../src/portal/SafeHtml/sanitizer.browser.js';

async function browserSafeHtml() {
  vi.resetModules();
  vi.doMock(sanitizerModule, () => import(browserSanitizer));
  const { SafeHtml } = await import('../../src/portal/SafeHtml/index.js');
  const loader = await import(sanitizerModule);
  return { SafeHtml, Themed: await themed(), loadedSanitizer: loader.loadedSanitizer as () => unknown };
}

/**
 * The theme the styled parts read, without the portal's root element (so hydration compares
 * SafeHtml alone), from the styled-components of the current module graph.
 */
async function themed() {
  const { ThemeProvider } = await import('styled-components');
  const { themeVars } = await import('../../src/theme/index.js');
  return function Themed({ children }: { children: ReactNode }) {
    return <ThemeProvider theme={themeVars}>{children}</ThemeProvider>;
  };
}

const hostile = '<p onclick="alert(1)">Hi <img src=x onerror="alert(2)" alt="x"><script>alert(3)</script><a href="javascript:alert(4)">go</a></p><h2>Opening hours</h2>';

afterEach(() => {
  vi.doUnmock(sanitizerModule);
  vi.restoreAllMocks();
});

describe('SafeHtml in a browser bundle (sanitizer loaded on demand)', () => {
  it('loads no sanitizer while there is no rich text', async () => {
    const { SafeHtml, Themed, loadedSanitizer } = await browserSafeHtml();
    render(<Themed><SafeHtml html={null} data-testid="body" /></Themed>);
    expect(screen.getByTestId('body')).toHaveAttribute('data-state', 'empty');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(loadedSanitizer()).toBeUndefined();
  });

  it('renders an empty, busy element until the sanitizer has loaded, never the unsanitized HTML', async () => {
    const { SafeHtml, Themed, loadedSanitizer } = await browserSafeHtml();
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.body.innerHTML));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    render(<Themed><SafeHtml html={hostile} data-testid="body" /></Themed>);

    const body = screen.getByTestId('body');
    expect(body).toHaveAttribute('data-state', 'loading');
    expect(body).toHaveAttribute('aria-busy', 'true');
    expect(body).toBeEmptyDOMElement();

    await waitFor(() => expect(body).toHaveAttribute('data-state', 'filled'));
    observer.disconnect();
    expect(loadedSanitizer()).toBeTypeOf('function');
    expect(body).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('heading', { level: 2, name: 'Opening hours' })).toBeInTheDocument();
    expect(body.querySelector('script, [onclick], [onerror]')).toBeNull();
    expect(screen.getByText('go').closest('a')).not.toHaveAttribute('href');
    // No state of the page, however brief, held the hostile markup.
    for (const snapshot of [...seen, document.body.innerHTML]) {
      expect(snapshot).not.toMatch(/<script|onclick|onerror|javascript:/i);
    }
  });

  it('renders at once once the sanitizer is loaded', async () => {
    const { SafeHtml, Themed } = await browserSafeHtml();
    const first = render(<Themed><SafeHtml html="<p>First</p>" data-testid="first" /></Themed>);
    await waitFor(() => expect(screen.getByTestId('first')).toHaveAttribute('data-state', 'filled'));
    first.unmount();
    render(<Themed><SafeHtml html="<p>Second</p>" data-testid="second" /></Themed>);
    expect(screen.getByTestId('second')).toHaveAttribute('data-state', 'filled');
    expect(screen.getByTestId('second')).toHaveTextContent('Second');
  });

  it('keeps the server-rendered (sanitized) markup while hydrating, without a hydration warning', async () => {
    // The server renders with the synchronous sanitizer.
    vi.resetModules();
    const server = await import('../../src/portal/SafeHtml/index.js');
    const ServerThemed = await themed();
    const serverHtml = renderToString(<ServerThemed><server.SafeHtml html={hostile} /></ServerThemed>);
    expect(serverHtml).toContain('Opening hours');
    expect(serverHtml).not.toMatch(/<script|onclick|onerror|javascript:/i);

    const { SafeHtml, Themed } = await browserSafeHtml();
    const container = document.createElement('div');
    container.innerHTML = serverHtml;
    document.body.append(container);
    const serverContent = container.querySelector('[data-slot="safe-html"]')!.innerHTML;
    const errors = vi.spyOn(console, 'error');

    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Themed><SafeHtml html={hostile} /></Themed>);
    });
    const element = container.querySelector('[data-slot="safe-html"]')!;
    await waitFor(() => expect(element).toHaveAttribute('data-state', 'filled'));
    expect(element.innerHTML).toBe(serverContent);
    expect(errors).not.toHaveBeenCalled();
    act(() => root?.unmount());
    container.remove();
  });
});
