import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomCss, type CustomCssProps } from '../../../src/portal/PortalLayout/CustomCss.js';
import { sanitizeCss } from '../../../src/security/index.js';

const SCOPE = '[data-hpk-layout="l1"]';

function renderCss(props: Partial<CustomCssProps> = {}) {
  const view = render(<CustomCss css=".hero { color: rebeccapurple; }" scope={SCOPE} allowedOrigins={[]} nonce="n0nce" sanitize={sanitizeCss} {...props} />);
  const style = () => view.container.querySelector<HTMLStyleElement>('style[data-slot="portal-custom-css"]');
  return { ...view, style };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CustomCss', () => {
  // First in the file: the missing-sanitizer warning is given once per page.
  it('applies nothing without a sanitizer, and tells the developer once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { style, rerender } = renderCss({ sanitize: undefined });
    expect(style()).toBeNull();
    rerender(<CustomCss css="p { color: red; }" scope={SCOPE} allowedOrigins={[]} nonce={undefined} sanitize={undefined} />);
    expect(style()).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.join(' ')).toContain('cssSanitizer');
  });

  it('puts the sanitized CSS, scoped to the layout root, in a <style> with the nonce', () => {
    const { style } = renderCss();
    expect(style()).toHaveAttribute('nonce', 'n0nce');
    expect(style()?.textContent).toBe(`${SCOPE} .hero { color: rebeccapurple; }`);
  });

  it('refuses @import and keeps the rest', () => {
    const { style } = renderCss({ css: '@import url("https://evil.example/steal.css");\n.hero { color: rebeccapurple; }' });
    expect(style()?.textContent).not.toContain('@import');
    expect(style()?.textContent).not.toContain('evil.example');
    expect(style()?.textContent).toContain(`${SCOPE} .hero`);
  });

  it('renders nothing when nothing is left (only an @import) or nothing was written', () => {
    expect(renderCss({ css: '@import url("https://evil.example/steal.css");' }).style()).toBeNull();
    expect(renderCss({ css: '  \n ' }).style()).toBeNull();
  });

  it('lets url() load only from this site and the allowed origins', () => {
    const css = '.a { background: url("https://cdn.example/a.png"); }\n.b { background: url("https://evil.example/b.png"); }\n.c { background: url("/c.png"); }';
    const { style, rerender } = renderCss({ css });
    expect(style()?.textContent).not.toContain('https://cdn.example/a.png');
    expect(style()?.textContent).toContain('/c.png');
    rerender(<CustomCss css={css} scope={SCOPE} allowedOrigins={['https://cdn.example']} nonce="n0nce" sanitize={sanitizeCss} />);
    expect(style()?.textContent).toContain('https://cdn.example/a.png');
    expect(style()?.textContent).not.toContain('evil.example');
  });

  it('never lets the CSS close its element', () => {
    const { container } = renderCss({ css: '.a::after { content: "</style><script>window.__pwned = true</script>"; }' });
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('style')?.textContent ?? '').not.toMatch(/<\/style/i);
  });

  it('sanitizes again only when what it sanitizes changes', () => {
    const sanitize = vi.fn(sanitizeCss);
    const { rerender } = renderCss({ sanitize, allowedOrigins: ['https://cdn.example'] });
    // A new array with the same origins, as a host passing a literal does on every render.
    rerender(<CustomCss css=".hero { color: rebeccapurple; }" scope={SCOPE} allowedOrigins={['https://cdn.example']} nonce="n0nce" sanitize={sanitize} />);
    expect(sanitize).toHaveBeenCalledOnce();
    rerender(<CustomCss css=".hero { color: teal; }" scope={SCOPE} allowedOrigins={['https://cdn.example']} nonce="n0nce" sanitize={sanitize} />);
    expect(sanitize).toHaveBeenCalledTimes(2);
  });
});
