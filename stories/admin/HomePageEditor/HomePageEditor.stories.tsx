import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { HomePageEditor } from '../../../src/admin/index.js';
import type { HomePageConfig } from '../../../src/model/index.js';
import { expectLayoutHolds, LONG_TEXT, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { storyGroupAdapter } from '../customerGroups.js';
import { storyHomePage, WithHomePage } from './fixtures.js';

const meta = {
  title: 'Admin/HomePageEditor',
  component: HomePageEditor,
  args: { onSaved: fn(), onClose: fn() },
  parameters: { a11y: { test: 'error' } },
  render: (args) => (
    <WithHomePage>
      <HomePageEditor {...args} />
    </WithHomePage>
  ),
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof HomePageEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The stored home page: blocks to reorder and hide, the hero's form, and the live preview. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('form', { name: 'Home page' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Preview' })).toBeVisible();
  },
};

/** A block hidden: marked in the list and left out of the preview. */
export const HiddenBlock: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Hide Image teasers' }));
    await expect(canvas.getByRole('button', { name: 'Show Image teasers' })).toBeVisible();
  },
};

/** Three content cards: "Add" is disabled and says why. */
export const ContentCardsFull: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit: Content cards' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add card' }));
    await expect(canvas.getByRole('button', { name: 'Add card' })).toBeDisabled();
  },
};

/** A teaser link with a refused protocol. */
export const UnsafeTeaserLink: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit: Image teasers' }));
    const link = canvas.getByLabelText(/^Link/);
    await userEvent.clear(link);
    await userEvent.type(link, 'javascript:alert(1)');
    await userEvent.tab();
    await expect(link).toHaveAccessibleDescription(/This link is refused/);
  },
};

/** The preview in German as a signed-in customer at mobile width, the form still in English. */
export const PreviewGermanCustomerMobile: Story = {
  play: async ({ canvas }) => {
    await userEvent.selectOptions(await canvas.findByLabelText('Preview language'), 'de');
    await userEvent.selectOptions(canvas.getByLabelText('Seen by'), 'customer');
    await userEvent.selectOptions(canvas.getByLabelText('Width'), 'mobile');
    const preview = canvas.getByRole('region', { name: 'Preview' });
    await expect(await within(preview).findByRole('heading', { name: 'Wie können wir helfen?' })).toBeVisible();
  },
};

/**
 * A block scheduled for 2099: marked "Scheduled" in the list and left out of the preview until
 * the preview's "View as of" is set inside its window.
 */
export const ScheduledBlock: Story = {
  args: { timeZone: 'Europe/Berlin' },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit: Image teasers' }));
    const blockWindow = canvasElement.querySelector<HTMLElement>('[data-slot="block-publish-window"]')!;
    await userEvent.type(within(blockWindow).getByLabelText('Visible from'), '2099-01-01T00:00');
    const row = canvasElement.querySelector<HTMLElement>('[data-slot="block-row"][data-block-type="image-teasers"]')!;
    await expect(within(row).getByText('Scheduled')).toBeVisible();
    const preview = canvas.getByRole('region', { name: 'Preview' });
    await expect(preview.querySelector('[data-block-type="image-teasers"]')).toBeNull();
    await userEvent.type(within(preview).getByLabelText('View as of'), '2099-06-01T12:00');
    await expect(preview.querySelector('[data-block-type="image-teasers"]')).not.toBeNull();
  },
};

/** A block limited to the Gold group: badged in the list, previewed only for a customer in Gold. */
export const BlockForGroup: Story = {
  render: (args) => (
    <WithHomePage
      customerGroups={storyGroupAdapter()}
      homePage={{ ...storyHomePage, blocks: storyHomePage.blocks.map((block) => (block.id === 'cards' ? { ...block, audience: { kind: 'groups', groups: ['gold'] } } : block)) }}
    >
      <HomePageEditor {...args} />
    </WithHomePage>
  ),
  play: async ({ canvas, canvasElement }) => {
    const row = canvasElement.querySelector<HTMLElement>('[data-slot="block-row"][data-block-type="content-cards"]')!;
    await expect(await within(row).findByText('Groups: Gold')).toBeVisible();
    const preview = canvas.getByRole('region', { name: 'Preview' });
    await expect(preview.querySelector('[data-block-type="content-cards"]')).toBeNull();
    await userEvent.selectOptions(within(preview).getByLabelText('Seen by'), 'Customer in Gold');
    await expect(preview.querySelector('[data-block-type="content-cards"]')).not.toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Edit: Content cards' }));
    await expect(await canvas.findByRole('checkbox', { name: 'Gold' })).toBeChecked();
  },
};

/** While the home page loads. */
export const Loading: Story = {
  render: (args) => (
    <WithHomePage prepare={(adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY)}>
      <HomePageEditor {...args} />
    </WithHomePage>
  ),
};

/** Loading failed: an error with a retry. */
export const LoadError: Story = {
  render: (args) => (
    <WithHomePage prepare={(adapters) => adapters.control.failNext(1, 'unavailable', { domains: ['homePage'], methods: ['get'] })}>
      <HomePageEditor {...args} />
    </WithHomePage>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

// Every text of the stored page long: many words, an unbreakable word, a pasted address.
const longHomePage: HomePageConfig = {
  ...storyHomePage,
  blocks: storyHomePage.blocks.map((block) => {
    switch (block.type) {
      case 'hero-unit':
        return { ...block, props: { ...block.props, content: { en: { title: longTitle('How can we help'), subtitle: longTitle('Search, browse or ask us'), ctaLabel: LONG_WORD } } } };
      case 'image-teasers':
        return { ...block, props: { teasers: [{ id: 't1', image: null, href: '/page/vpn', backgroundColor: '#fff3c4', content: { en: { title: longTitle('Set up VPN'), text: LONG_TEXT } } }] } };
      case 'link-lists':
        return {
          ...block,
          props: { lists: [{ id: 'l1', content: { en: { title: longTitle('Popular') } }, source: { type: 'manual', links: [{ id: 'k1', href: '/page/faq', content: { en: { label: LONG_URL_TEXT } } }] } }] },
        };
      case 'content-cards':
        return { ...block, props: { cards: [{ id: 'c1', content: { en: { title: LONG_WORD, text: LONG_TEXT } } }] } };
      default:
        return block;
    }
  }),
};

/** Long texts in every block: the block list, the open form and the preview hold their layout. */
export const LongContent: Story = {
  render: (args) => (
    <WithHomePage homePage={longHomePage}>
      <HomePageEditor {...args} />
    </WithHomePage>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('form', { name: 'Home page' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Edit: Image teasers' }));
    const preview = canvas.getByRole('region', { name: 'Preview' });
    await expect(await within(preview).findByRole('heading', { name: longTitle('How can we help') })).toBeVisible();
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the editor's form and block list translated. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const form = await canvas.findByRole('form', { name: 'الصفحة الرئيسية' });
    await expect(form.closest('[dir="rtl"]')).not.toBeNull();
    await expect(canvas.getByRole('button', { name: 'تحرير: البانر الرئيسي' })).toBeVisible();
  },
};
