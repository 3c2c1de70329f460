import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LayoutPreview } from '../../../src/admin/LayoutEditor/LayoutPreview.js';
import { emptyLayoutValues } from '../../../src/admin/LayoutEditor/useLayoutEditor.js';
import type { CustomPage, LayoutSettingsInput } from '../../../src/model/index.js';
import { expectLayoutHolds, inColumn, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { storyHomePage } from '../HomePageEditor/fixtures.js';
import { storyPages, WithAdapters } from '../fixtures.js';

type Args = Parameters<typeof LayoutPreview>[0] & { pages?: CustomPage[] };

const settings = (patch: Partial<LayoutSettingsInput> = {}): LayoutSettingsInput => ({ ...emptyLayoutValues(), content: { en: { logoAlt: 'Example Corp' }, ar: { logoAlt: 'شركة المثال' } }, ...patch });

/** The layout editor's preview (rendered there; here on its own): the portal with the unsaved layout, LTR and RTL. */
const meta = {
  title: 'Admin/LayoutEditor/LayoutPreview',
  args: { settings: settings(), homePage: storyHomePage },
  parameters: { a11y: { test: 'error' } },
  render: ({ pages, ...args }: Args) => <WithAdapters pages={pages}>{() => <LayoutPreview {...args} />}</WithAdapters>,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

const panels = (canvasElement: HTMLElement) => [...canvasElement.querySelectorAll<HTMLElement>('[data-slot="layout-preview-panel"]')];

/** The theme's colours around the home page, in both directions. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [ltr, rtl] = panels(canvasElement) as [HTMLElement, HTMLElement];
    await expect(getComputedStyle(ltr.querySelector('[data-slot="portal-root"]') as HTMLElement).direction).toBe('ltr');
    await expect(getComputedStyle(rtl.querySelector('[data-slot="portal-root"]') as HTMLElement).direction).toBe('rtl');
  },
};

/** Brand colours and custom CSS, scoped to the preview (an unsafe `url()` is dropped). */
export const CustomLook: Story = {
  args: {
    settings: settings({
      primaryColor: '#0b5d3b',
      accentColor: '#7a2e8c',
      customCss: '.hpk-header { border-block-end: 4px solid var(--hpk-color-primary); } body { background: url(javascript:alert(1)); }',
    }),
  },
  play: async ({ canvasElement }) => {
    for (const panel of panels(canvasElement)) {
      await expect(panel.querySelector('[data-slot="portal-custom-css"]')?.textContent).not.toMatch(/javascript:/);
    }
  },
};

/** No stored page yet: the sample custom page. */
export const SamplePage: Story = {
  args: { pages: [] },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Page shown' }), await canvas.findByRole('option', { name: 'Sample custom page' }));
    await expect(await within(panels(canvasElement)[0] as HTMLElement).findByRole('heading', { level: 1, name: 'Opening hours' })).toBeInTheDocument();
  },
};

/** A stored custom page, chosen in the select. */
export const StoredPage: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Page shown' }), await canvas.findByRole('option', { name: 'Opening hours' }));
    await expect(await within(panels(canvasElement)[0] as HTMLElement).findByRole('heading', { level: 1, name: 'Opening hours' })).toBeInTheDocument();
  },
};

/** The admin works in Arabic: the left-to-right panel shows English. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(panels(canvasElement)[0]?.querySelector('[data-slot="portal-root"]')).toHaveAttribute('lang', 'en');
  },
};

/** A long organisation name and long page titles in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    settings: settings({ content: { en: { logoAlt: longTitle('Example Corp') }, ar: { logoAlt: LONG_WORD } } }),
    pages: storyPages.map((page) => ({ ...page, content: { ...page.content, en: { title: longTitle(page.content.en?.title ?? 'Page'), body: page.content.en?.body ?? '' } } })),
  },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Page shown' }), await canvas.findByRole('option', { name: /^Opening hours: everything/ }));
    await expectLayoutHolds(canvasElement);
  },
};
