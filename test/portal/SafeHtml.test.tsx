import { screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';
import { SafeHtml } from '../../src/portal/SafeHtml/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../render.js';

const article = '<h2>Reset your password</h2><p>Open <a href="/account">your account</a> and choose <strong>Reset</strong>.</p><ul><li>Step one</li></ul>';
const hostile = '<p onclick="alert(1)">Hi<img src=x onerror="alert(2)" alt="x"><script>alert(3)</script><a href="javascript:alert(4)">go</a><iframe src="https://evil.example"></iframe><span style="position:fixed">x</span></p>';

describe('SafeHtml', () => {
  describe('given rich text', () => {
    it('renders its headings, links and lists', async () => {
      const { container } = renderPortal(<SafeHtml html={article} data-testid="body" />);
      expect(screen.getByRole('heading', { level: 2, name: 'Reset your password' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'your account' })).toHaveAttribute('href', '/account');
      expect(screen.getByRole('listitem')).toHaveTextContent('Step one');
      expect(screen.getByTestId('body')).toHaveAttribute('data-slot', 'safe-html');
      expect(screen.getByTestId('body')).toHaveAttribute('data-state', 'filled');
      await expectNoAxeViolations(container);
    });
  });

  describe('given hostile HTML from an adapter', () => {
    it('renders the text and nothing that runs', () => {
      renderPortal(<SafeHtml html={hostile} data-testid="body" />);
      const root = screen.getByTestId('body');
      expect(root).toHaveTextContent('Hi');
      expect(root.querySelector('script, iframe')).toBeNull();
      expect(root.querySelector('[onclick], [onerror], [style]')).toBeNull();
      expect(screen.getByText('go').closest('a')).not.toHaveAttribute('href');
    });
  });

  describe('given no content', () => {
    it('renders an empty element marked empty', () => {
      renderPortal(<SafeHtml html={null} data-testid="body" />);
      expect(screen.getByTestId('body')).toBeEmptyDOMElement();
      expect(screen.getByTestId('body')).toHaveAttribute('data-state', 'empty');
    });
  });

  it('renders as the element it is told, passing rest props and ref', () => {
    let element: HTMLElement | null = null;
    renderPortal(
      <SafeHtml
        as="article"
        html={article}
        className="host-class"
        aria-label="Article"
        ref={(node) => {
          element = node;
        }}
      />,
    );
    const root = screen.getByRole('article', { name: 'Article' });
    expect(root).toHaveClass('host-class');
    expect(element).toBe(root);
  });

  it('works right to left', async () => {
    const { container } = renderRtl(<SafeHtml html="<p>مرحبا <a href='/ar'>رابط</a></p>" />);
    expect(container.querySelector('[data-slot="portal-root"]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('link', { name: 'رابط' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders the same sanitized HTML on the server, without inline style or handler attributes', () => {
    const html = renderToString(
      <PortalProvider nonce="abcdefghijklmnop1234">
        <SafeHtml html={hostile + article} />
      </PortalProvider>,
    );
    const server = new DOMParser().parseFromString(html, 'text/html');
    const serverBody = server.querySelector('[data-slot="safe-html"]');
    expect(serverBody?.querySelector('script, iframe, [onclick], [onerror]')).toBeNull();
    expect(server.querySelectorAll('[style]')).toHaveLength(0);
    renderPortal(<SafeHtml html={hostile + article} data-testid="client" />);
    expect(screen.getByTestId('client').innerHTML).toBe(serverBody?.innerHTML);
  });
});
