import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { emptyLayoutValues } from '../../../src/admin/LayoutEditor/useLayoutEditor.js';
import { LayoutPreview } from '../../../src/admin/LayoutEditor/LayoutPreview.js';
import type { HomePageConfig, LayoutSettingsInput } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { makePage } from '../fixtures.js';

const homePage: Pick<HomePageConfig, 'blocks'> = {
  blocks: [{ id: 'hero', type: 'hero-unit', hidden: false, props: { image: null, overlay: 'dark-scrim', content: { en: { title: 'How can we help?' }, ar: { title: 'كيف يمكننا المساعدة؟' } } } }],
};
const settings = (patch: Partial<LayoutSettingsInput> = {}): LayoutSettingsInput => ({ ...emptyLayoutValues(), content: { en: { logoAlt: 'Example Corp' } }, ...patch });

function setup({ pages = [], rtl = false, patch = {} }: { pages?: ReturnType<typeof makePage>[]; rtl?: boolean; patch?: Partial<LayoutSettingsInput> } = {}) {
  const adapters = createMemoryAdapters({ seed: { customPages: pages } });
  const view = (rtl ? renderRtl : renderPortal)(<LayoutPreview settings={settings(patch)} homePage={homePage} />, { provider: { adapters } });
  return { user: userEvent.setup(), adapters, ...view };
}

const panels = () => [...document.querySelectorAll<HTMLElement>('[data-slot="layout-preview-panel"]')];
const pageSelect = () => screen.getByRole('combobox', { name: 'Page shown' });

describe('LayoutPreview', () => {
  it('draws the portal twice, left to right in the admin’s language and right to left in Arabic, and passes axe', async () => {
    const { container } = setup();
    expect(screen.getByRole('region', { name: 'Left to right (en)' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Right to left (ar)' })).toBeVisible();
    const [ltr, rtl] = panels() as [HTMLElement, HTMLElement];
    expect(ltr.querySelector('[data-slot="portal-root"]')).toHaveAttribute('dir', 'ltr');
    expect(rtl.querySelector('[data-slot="portal-root"]')).toHaveAttribute('dir', 'rtl');
    expect(within(ltr).getByRole('heading', { name: 'How can we help?' })).toBeInTheDocument();
    expect(within(rtl).getByRole('heading', { name: 'كيف يمكننا المساعدة؟' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('is a picture only: its frames are inert and carry no landmarks', () => {
    setup();
    for (const panel of panels()) {
      expect(panel.querySelector('[data-slot="layout-preview-frame"]')).toHaveAttribute('inert');
      expect(within(panel).queryByRole('banner')).toBeNull();
      expect(within(panel).queryByRole('main')).toBeNull();
    }
    expect(pageSelect()).toHaveAttribute('aria-controls', panels().map((panel) => panel.id).join(' '));
  });

  it('applies the unsaved custom CSS scoped to each panel, without what could load or run code', () => {
    setup({ patch: { customCss: '.hpk-header { color: navy; } body { background: url(javascript:alert(1)); } @import url("https://evil.example/x.css");' } });
    const styles = panels().map((panel) => panel.querySelector('[data-slot="portal-custom-css"]')?.textContent ?? '');
    expect(styles).toHaveLength(2);
    for (const css of styles) {
      expect(css).toMatch(/\[data-hpk-layout="[^"]+"\][^{]*\.hpk-header/);
      expect(css).not.toMatch(/javascript:|@import|evil\.example/);
    }
  });

  it('offers the sample page while no page is stored, and shows it', async () => {
    const { user } = setup();
    const sample = await screen.findByRole('option', { name: 'Sample custom page' });
    await user.selectOptions(pageSelect(), sample);
    expect(within(panels()[0] as HTMLElement).getByRole('heading', { level: 1, name: 'Opening hours' })).toBeInTheDocument();
    expect(panels()[1]?.querySelector('[data-slot="custom-page"]')).toHaveAttribute('lang', 'ar');
  });

  it('offers the stored pages instead, titled in the admin’s language', async () => {
    const { user } = setup({ pages: [makePage({ id: 'vpn', slug: 'vpn', content: { en: { title: 'Set up the VPN', body: '<p>Install it.</p>' } } })] });
    const option = await screen.findByRole('option', { name: 'Set up the VPN' });
    expect(screen.queryByRole('option', { name: 'Sample custom page' })).toBeNull();
    await user.selectOptions(pageSelect(), option);
    await waitFor(() => expect(within(panels()[0] as HTMLElement).getByRole('heading', { level: 1 })).toHaveTextContent('Set up the VPN'));
  });

  it('uses English for the left-to-right panel when the admin works in Arabic', async () => {
    const { container } = setup({ rtl: true });
    const [ltr, rtl] = panels() as [HTMLElement, HTMLElement];
    expect(ltr.querySelector('[data-slot="portal-root"]')).toHaveAttribute('lang', 'en');
    expect(rtl.querySelector('[data-slot="portal-root"]')).toHaveAttribute('lang', 'ar');
    expect(container.querySelector('[data-slot="layout-preview"]')?.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
