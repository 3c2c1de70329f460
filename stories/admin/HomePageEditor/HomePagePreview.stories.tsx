import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { HomePagePreview } from '../../../src/admin/HomePageEditor/HomePagePreview.js';
import type { BlockEntry } from '../../../src/model/index.js';
import { expectLayoutHolds, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { storyGroups } from '../customerGroups.js';
import { storyHomePage, WithHomePage } from './fixtures.js';

/** The story home page's blocks, with one from December 2099 on and one for Gold customers. */
const blocks: BlockEntry[] = [
  ...storyHomePage.blocks,
  { id: 'winter', type: 'hero-unit', hidden: false, visibleFrom: '2099-12-01T00:00:00.000Z', props: { image: null, overlay: 'dark-scrim', backgroundColor: '#0b3d2e', content: { en: { title: 'Winter closing' } } } },
  { id: 'gold', type: 'content-cards', hidden: false, audience: { kind: 'groups', groups: ['gold'] }, props: { cards: [{ id: 'g1', content: { en: { title: 'Gold hotline', text: 'Call us any time' } } }] } },
];

/** The home page editor's live preview (rendered there; here on its own, over unsaved blocks). */
const meta = {
  title: 'Admin/HomePageEditor/HomePagePreview',
  component: HomePagePreview,
  args: { blocks, languages: ['en', 'de'], defaultLanguage: 'en', customerGroups: storyGroups, timeZone: 'Europe/Berlin' },
  parameters: { a11y: { test: 'error' } },
  render: (args) => (
    <WithHomePage>
      <HomePagePreview {...args} />
    </WithHomePage>
  ),
} satisfies Meta<typeof HomePagePreview>;
export default meta;

type Story = StoryObj<typeof meta>;

const frame = (canvasElement: HTMLElement) => within(canvasElement.querySelector('[data-slot="preview-frame"]') as HTMLElement);

/** As an anonymous visitor sees it now. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(frame(canvasElement).getByRole('heading', { name: 'How can we help?' })).toBeVisible();
    await expect(frame(canvasElement).queryByText('Gold hotline')).toBeNull();
  },
};

/** No blocks: an empty frame under the controls. */
export const Empty: Story = { args: { blocks: [] } };

/** In German, chosen in the preview only. */
export const German: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Preview language' }), 'de');
    await expect(frame(canvasElement).getByRole('heading', { name: 'Wie können wir helfen?' })).toBeVisible();
  },
};

/** As a customer in the Gold group: the block for Gold shows. */
export const CustomerInGroup: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Seen by' }), canvas.getByRole('option', { name: 'Customer in Gold' }));
    await expect(frame(canvasElement).getByText('Gold hotline')).toBeVisible();
  },
};

/** As of a date in December 2099: the scheduled block shows. */
export const AsOfDate: Story = {
  play: async ({ canvas, canvasElement }) => {
    const input = canvas.getByLabelText('View as of');
    await userEvent.type(input, '2099-12-24T10:00');
    await expect(await frame(canvasElement).findByRole('heading', { name: 'Winter closing' })).toBeVisible();
  },
};

/** At phone width. */
export const Mobile: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Width' }), 'mobile');
    await expect(canvasElement.querySelector('[data-slot="home-page-preview"]')).toHaveAttribute('data-state', 'anonymous mobile');
  },
};

/** In Arabic, right to left; the blocks stay in the preview's language. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    const preview = canvasElement.querySelector('[data-slot="home-page-preview"]') as HTMLElement;
    await expect(getComputedStyle(preview).direction).toBe('rtl');
  },
};

/** Long titles and texts at phone width. */
export const LongContent: Story = {
  args: {
    blocks: [
      { id: 'hero', type: 'hero-unit', hidden: false, props: { image: null, overlay: 'dark-scrim', backgroundColor: '#1f3a5f', content: { en: { title: longTitle('How can we help'), subtitle: LONG_WORD, text: LONG_TEXT } } } },
      { id: 'cards', type: 'content-cards', hidden: false, props: { cards: [{ id: 'c1', content: { en: { title: longTitle('Opening hours'), text: LONG_TEXT } } }] } },
    ],
  },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Width' }), 'mobile');
    // Within the blocks' limits, so every block is drawn.
    await expect(frame(canvasElement).getByRole('heading', { name: longTitle('How can we help') })).toBeVisible();
    await expectLayoutHolds(canvasElement);
  },
};
