import '../jsdomLayout.js';
import { EditorView } from '@codemirror/view';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { checkBrandColor, emptyLayoutValues, LayoutEditor, sanitizeSvg } from '../../../src/admin/index.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { contrastRatio } from '../../../src/theme/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { routerBlocker } from '../routerBlocker.js';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => sessionStorage.clear());

const darkTheme = { colors: { background: '#0d1117', surface: '#161b22', text: '#e6edf3', textMuted: '#9da7b3', border: '#30363d' } };

function setup(options: { theme?: typeof darkTheme; language?: string } = {}) {
  const adapters = createMemoryAdapters({ seed: {} });
  const onSaved = vi.fn();
  const user = userEvent.setup();
  const render = options.language === 'ar' ? renderRtl : renderPortal;
  const result = render(<LayoutEditor theme={options.theme} onSaved={onSaved} previewHomePage={{ blocks: [] }} />, { provider: { adapters, theme: options.theme } });
  return { adapters, onSaved, user, ...result };
}

const setColor = async (user: ReturnType<typeof userEvent.setup>, name: RegExp, value: string) => {
  const input = screen.getByRole('textbox', { name });
  await user.clear(input);
  await user.type(input, value);
};

function setCss(css: string) {
  const content = document.querySelector<HTMLElement>('[data-slot="code-editor"] .cm-content');
  const view = content ? EditorView.findFromDOM(content) : null;
  if (!view) throw new Error('no CodeMirror view');
  act(() => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: css } }));
}

describe('LayoutEditor', () => {
  it('loads, shows the default colours and passes axe', async () => {
    const { container } = setup();
    expect(await screen.findByRole('textbox', { name: /^Primary colour/ })).toHaveValue('#1f6feb');
    expect(screen.getByRole('textbox', { name: /^Accent colour/ })).toHaveValue('#8250df');
    await expectNoAxeViolations(container);
  });

  describe('contrast feedback', () => {
    it('warns about a pale primary on a light theme and suggests the nearest passing colour', async () => {
      const { user } = setup();
      await screen.findByRole('textbox', { name: /^Primary colour/ });
      await setColor(user, /^Primary colour/, '#ffe680');
      const warning = await screen.findByText(/cannot keep WCAG AA contrast/);
      const report = checkBrandColor('#ffe680', 'primary');
      expect(report?.suggestion).toBeDefined();
      expect(warning).toHaveTextContent(report?.suggestion ?? 'missing');
      expect(contrastRatio(report?.suggestion ?? '#fff', '#ffffff')).toBeGreaterThanOrEqual(4.5);
      const asText = document.querySelector('[data-role="primary"] [data-kind="as-text"]');
      expect(asText).toHaveAttribute('data-state', 'fail');
      await user.click(screen.getByRole('button', { name: `Use ${report?.suggestion}` }));
      expect(screen.getByRole('textbox', { name: /^Primary colour/ })).toHaveValue(report?.suggestion);
      expect(screen.queryByText(/cannot keep WCAG AA contrast/)).toBeNull();
    });

    it('warns about a dark primary on a dark theme', async () => {
      const { user } = setup({ theme: darkTheme });
      await screen.findByRole('textbox', { name: /^Primary colour/ });
      await setColor(user, /^Primary colour/, '#1a1a40');
      const primary = document.querySelector<HTMLElement>('[data-role="primary"]') as HTMLElement;
      expect(await within(primary).findByText(/cannot keep WCAG AA contrast/)).toBeVisible();
      const suggestion = checkBrandColor('#1a1a40', 'primary', darkTheme)?.suggestion ?? '#000';
      expect(contrastRatio(suggestion, '#161b22')).toBeGreaterThanOrEqual(4.5);
    });

    it('shows no warning for a colour that passes, and says when a value is not a colour', async () => {
      const { user } = setup();
      await screen.findByRole('textbox', { name: /^Primary colour/ });
      await setColor(user, /^Primary colour/, '#0b3d91');
      expect(screen.queryByText(/cannot keep WCAG AA contrast/)).toBeNull();
      expect(document.querySelector('[data-role="primary"] [data-kind="as-text"]')).toHaveAttribute('data-state', 'pass');
      await setColor(user, /^Primary colour/, 'not-a-colour');
      expect(screen.getByText('This is not a CSS colour.')).toBeVisible();
    });
  });

  it('reports what sanitizeCss removed, line by line, and applies only the rest in the preview', async () => {
    setup();
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    setCss('.card { color: red; }\n@import url(https://evil.example/x.css);\n.x { background: url(javascript:alert(1)); }');
    const report = await screen.findByText(/Removed from your CSS \(2\)/);
    const items = within(report.parentElement as HTMLElement).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Line 2: @import .*@import loads a whole stylesheet/);
    expect(items[1]).toHaveTextContent(/Line 3: .*javascript: addresses run code/);
    // Each preview panel is the portal's own layout, with the CSS scoped to that layout's root.
    const panels = [...document.querySelectorAll('[data-slot="layout-preview-panel"]')];
    expect(panels).toHaveLength(2);
    for (const panel of panels) {
      const root = panel.querySelector('[data-slot="portal-layout-root"]');
      const style = root?.querySelector('style[data-slot="portal-custom-css"]')?.textContent ?? '';
      expect(style).toContain(`[data-hpk-layout="${root?.getAttribute('data-hpk-layout')}"] .card`);
      expect(style).not.toMatch(/import|javascript/);
    }
  });

  it('saves colours and CSS through the layout adapter', async () => {
    const { user, adapters, onSaved } = setup();
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    await setColor(user, /^Primary colour/, '#b00020');
    setCss('body { font-size: 18px; }');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(await adapters.layout.get({})).toMatchObject({ primaryColor: '#b00020', customCss: 'body { font-size: 18px; }', version: 1 });
  });

  it('previews in LTR and RTL with the unsaved primary colour', async () => {
    const { user } = setup();
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    const panels = [...document.querySelectorAll<HTMLElement>('[data-slot="layout-preview-panel"]')];
    expect(panels.map((panel) => panel.querySelector('[dir]')?.getAttribute('dir'))).toEqual(['ltr', 'rtl']);
    await setColor(user, /^Primary colour/, '#b00020');
    // The portal's own layout draws each panel: its header takes the unsaved colour (a CSS variable on its root).
    for (const panel of panels) {
      expect(panel.querySelector('[data-slot="portal-header"]')).not.toBeNull();
      const root = panel.querySelector<HTMLElement>('[data-slot="portal-layout-root"]');
      await waitFor(() => expect(root && getComputedStyle(root).getPropertyValue('--hpk-color-primary').trim()).toBe('#b00020'));
    }
  });

  // The preview sits inside the admin's page: it adds no landmarks and no skip link of its own.
  it('draws the preview without landmarks, with the sample customer and the default avatar', async () => {
    const adapters = createMemoryAdapters({ seed: {} });
    await adapters.layout.update({ data: { ...emptyLayoutValues(), defaultAvatar: { id: 'avatar', url: 'data:image/png;base64,iVBORw0KGgo=', mediaType: 'image/png', size: 8 } }, previousVersion: null });
    renderPortal(<LayoutEditor previewHomePage={{ blocks: [] }} />, { provider: { adapters } });
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    const preview = document.querySelector<HTMLElement>('[data-slot="layout-preview"]') as HTMLElement;
    expect(within(preview).queryByRole('main')).toBeNull();
    expect(within(preview).queryByRole('banner')).toBeNull();
    expect(within(preview).queryByRole('navigation')).toBeNull();
    expect(within(preview).queryByRole('contentinfo')).toBeNull();
    expect(within(preview).queryByRole('link', { name: 'Skip to main content' })).toBeNull();
    expect(within(preview).getAllByText(/Sample customer/).length).toBeGreaterThan(0);
    expect(preview.querySelectorAll('img[data-slot="portal-avatar"][data-state="default"]')).toHaveLength(2);
    // A picture of the look: the panels are inert, so their links neither take focus nor lead away.
    const frames = [...preview.querySelectorAll('[data-slot="layout-preview-frame"]')];
    expect(frames).toHaveLength(2);
    for (const frame of frames) expect(frame).toHaveAttribute('inert');
  });

  it('shows a stored custom page in the preview, or a sample page while there is none', async () => {
    const user = userEvent.setup();
    const empty = renderPortal(<LayoutEditor previewHomePage={{ blocks: [] }} />, { provider: { adapters: createMemoryAdapters({ seed: {} }) } });
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    const choice = screen.getByRole('combobox', { name: 'Page shown' });
    await waitFor(() => expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual(['Home page', 'Sample custom page']));
    await user.selectOptions(choice, 'Sample custom page');
    expect(screen.getAllByRole('heading', { level: 1, name: 'Opening hours' })).toHaveLength(1);
    empty.unmount();

    const adapters = createMemoryAdapters();
    const [page] = (await adapters.customPages.list({ filter: { validity: ['valid'] } })).data;
    if (!page) throw new Error('the seed has no valid custom page');
    renderPortal(<LayoutEditor previewHomePage={{ blocks: [] }} />, { provider: { adapters } });
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    const title = page.content.en?.title ?? '';
    await user.selectOptions(screen.getByRole('combobox', { name: 'Page shown' }), await screen.findByRole('option', { name: title }));
    const panels = [...document.querySelectorAll<HTMLElement>('[data-slot="layout-preview-panel"]')];
    // The portal's CustomPage, in each panel's language.
    await waitFor(() => expect(panels.map((panel) => panel.querySelector('[data-slot="custom-page"]')?.getAttribute('lang'))).toEqual(['en', 'ar']));
    expect(within(panels[0] as HTMLElement).getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(screen.queryByRole('option', { name: 'Sample custom page' })).toBeNull();
  });

  it('refuses a file of another type and a file that is too large, before upload', async () => {
    const { user } = setup();
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    const input = screen.getByLabelText('Choose a file for Logo');
    await userEvent.setup({ applyAccept: false }).upload(input, new File(['x'], 'notes.txt', { type: 'text/plain' }));
    expect(await screen.findByText('notes.txt is not a PNG, SVG, JPEG or WebP image.')).toBeVisible();
    await user.upload(input, new File([new Uint8Array(1024 * 1024 + 1)], 'huge.png', { type: 'image/png' }));
    expect(await screen.findByText('huge.png is larger than 1 MB.')).toBeVisible();
  });

  it('sanitizes SVG uploads: scripts, handlers and external references go', () => {
    const clean = sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><image href="https://evil.example/x.png"/><circle r="4"/></svg>');
    expect(clean).toBeDefined();
    expect(clean).not.toMatch(/onload|script|evil/);
    expect(clean).toContain('circle');
    expect(sanitizeSvg('<p>not svg</p>')).toBeUndefined();
  });

  it('shows an error with retry when loading fails', async () => {
    const adapters = createMemoryAdapters({ seed: {} });
    const get = vi.spyOn(adapters.layout, 'get').mockRejectedValueOnce(new Error('down'));
    renderPortal(<LayoutEditor />, { provider: { adapters } });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: /^Primary colour/ })).toBeVisible();
    expect(get).toHaveBeenCalledTimes(2);
  });

  // Bug: the dialog's closing after "Leave" counted as "Stay" and reset the proceeding blocker,
  // so React Router blocked a browser Back again and asked once more.
  it("lets the host router's blocked navigation proceed on \"Leave\" without resetting it", async () => {
    const adapters = createMemoryAdapters({ seed: {} });
    const router = routerBlocker();
    const user = userEvent.setup();
    renderPortal(<LayoutEditor previewHomePage={{ blocks: [] }} useBlocker={router.useBlocker} />, { provider: { adapters } });
    await screen.findByRole('textbox', { name: /^Primary colour/ });
    await setColor(user, /^Primary colour/, '#123456');
    expect(router.useBlocker).toHaveBeenLastCalledWith(true);
    router.block();
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Stay' }));
    expect(router.reset).toHaveBeenCalledTimes(1);
    router.block();
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave' }));
    expect(router.proceed).toHaveBeenCalledTimes(1);
    expect(router.reset).toHaveBeenCalledTimes(1);
  });

  it('works in Arabic (RTL) without axe violations', async () => {
    const { container } = setup({ language: 'ar' });
    expect(await screen.findByRole('textbox', { name: /^اللون الأساسي/ })).toBeVisible();
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('renders on the server (loading state, no inline styles)', () => {
    const html = renderToString(
      <PortalProvider adapters={createMemoryAdapters({ seed: {} })}>
        <LayoutEditor />
      </PortalProvider>,
    );
    expect(html).toContain('data-slot="layout-editor"');
    expect(html).not.toMatch(/ style="/);
  });
});
