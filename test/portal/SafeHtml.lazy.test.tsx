import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../axe.js';

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

describe('SafeHtml when the sanitizer chunk cannot be fetched', () => {
  const sanitizeHtmlModule = '../../src/security/sanitizeHtml.js';

  /** SafeHtml in a browser bundle whose sanitizer chunk fails to load `failures` times, inside the portal's provider. */
  async function failingSafeHtml(failures: number) {
    const attempts = { count: 0 };
    vi.resetModules();
    vi.doMock(sanitizerModule, () => import(browserSanitizer));
    vi.doMock(sanitizeHtmlModule, async (importOriginal) => {
      attempts.count += 1;
      if (attempts.count <= failures) throw new TypeError('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    const { SafeHtml } = await import('../../src/portal/SafeHtml/index.js');
    const { PortalProvider } = await import('../../src/portal/PortalProvider/index.js');
    return { SafeHtml, PortalProvider, attempts };
  }

  afterEach(() => {
    vi.doUnmock(sanitizeHtmlModule);
  });

  it('says the text cannot be shown, with "Try again", and never shows the unsanitized HTML', async () => {
    const { SafeHtml, PortalProvider } = await failingSafeHtml(Infinity);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.body.innerHTML));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const { container } = render(<PortalProvider><SafeHtml html={hostile} data-testid="body" /></PortalProvider>);

    const body = screen.getByTestId('body');
    await waitFor(() => expect(body).toHaveAttribute('data-state', 'unavailable'));
    observer.disconnect();
    expect(within(body).getByRole('status')).toHaveTextContent('This text cannot be shown right now.');
    expect(within(body).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(body).not.toHaveAttribute('aria-busy');
    expect(body).not.toHaveTextContent('Opening hours');
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('sanitizer could not be loaded'), expect.any(Error));
    for (const snapshot of [...seen, document.body.innerHTML]) {
      expect(snapshot).not.toMatch(/<script|onclick|onerror|javascript:|Opening hours/i);
    }
    await expectNoAxeViolations(container);
  });

  it('fetches the chunk again on "Try again" and then shows the sanitized text, with focus on it', async () => {
    const { SafeHtml, PortalProvider, attempts } = await failingSafeHtml(1);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<PortalProvider><SafeHtml html={hostile} data-testid="body" /></PortalProvider>);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(attempts.count).toBe(1);

    await userEvent.click(retry);
    const body = screen.getByTestId('body');
    await waitFor(() => expect(body).toHaveAttribute('data-state', 'filled'));
    expect(attempts.count).toBe(2);
    expect(screen.getByRole('heading', { level: 2, name: 'Opening hours' })).toBeInTheDocument();
    expect(body.querySelector('script, [onclick], [onerror]')).toBeNull();
    expect(body).toHaveFocus();
  });

  it('keeps the message and the focused button when the new attempt fails too, in Arabic', async () => {
    const { SafeHtml, PortalProvider, attempts } = await failingSafeHtml(Infinity);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(<PortalProvider language="ar"><SafeHtml html={hostile} data-testid="body" /></PortalProvider>);
    const retry = await screen.findByRole('button', { name: 'حاول مرة أخرى' });
    expect(screen.getByRole('status')).toHaveTextContent('لا يمكن عرض هذا النص حاليًا.');
    await userEvent.click(retry);
    await waitFor(() => expect(attempts.count).toBe(2));
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-busy'));
    expect(retry).toBeInTheDocument();
    expect(retry).toHaveFocus();
    expect(screen.getByTestId('body')).toHaveAttribute('data-state', 'unavailable');
    await expectNoAxeViolations(container);
  });

  it('keeps the server-rendered (sanitized) markup of a hydrated page when the chunk cannot be fetched', async () => {
    vi.resetModules();
    const server = await import('../../src/portal/SafeHtml/index.js');
    const ServerThemed = await themed();
    const serverHtml = renderToString(<ServerThemed><server.SafeHtml html={hostile} /></ServerThemed>);

    const { SafeHtml } = await failingSafeHtml(Infinity);
    const Themed = await themed();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    container.innerHTML = serverHtml;
    document.body.append(container);
    const serverContent = container.querySelector('[data-slot="safe-html"]')!.innerHTML;

    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Themed><SafeHtml html={hostile} /></Themed>);
    });
    const element = container.querySelector('[data-slot="safe-html"]')!;
    await waitFor(() => expect(element).toHaveAttribute('data-state', 'filled'));
    expect(element.innerHTML).toBe(serverContent);
    expect(element.innerHTML).not.toMatch(/<script|onclick|onerror|javascript:/i);
    act(() => root?.unmount());
    container.remove();
  });
});
