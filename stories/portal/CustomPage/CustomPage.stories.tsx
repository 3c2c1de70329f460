import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CustomPage, CustomPageView } from '../../../src/portal/CustomPage/index.js';
import { withAdapters } from '../PortalLayout/withAdapters.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Portal/CustomPage',
  component: CustomPage,
  args: { slug: 'opening-hours' },
  decorators: [withAdapters()],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof CustomPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A valid page in the toolbar's language: title as the h1, body as sanitized rich text. */
export const Page: Story = {};

/** A page only in English and German: French and Arabic readers get the default language, marked `lang="en"`. */
export const FallbackLanguage: Story = { args: { slug: 'terms-of-use' } };

/** While the page loads. */
export const Loading: Story = { decorators: [withAdapters({ latency: Infinity })] };

/** A temporarily invalid page: the not-found state, never its content. */
export const TemporarilyInvalid: Story = { args: { slug: 'holiday-closure' } };

/** An invalid (archived) page: not found. */
export const Invalid: Story = { args: { slug: 'old-intranet-links' } };

/** A slug no page has. */
export const UnknownSlug: Story = { args: { slug: 'no-such-page' } };

/** The store is unavailable: the error with "Try again". */
export const Unavailable: Story = {
  decorators: [withAdapters({}, (adapters) => adapters.control.failNext(Infinity, 'unavailable', { domains: ['customPages'] }))],
};

/** An unsaved page in an editor's preview, with hostile HTML: the text stays, nothing runs. */
export const PreviewWithHostileHtml: StoryObj<typeof CustomPageView> = {
  render: () => (
    <CustomPageView
      page={{
        content: {
          en: {
            title: 'Preview',
            body: '<p onclick="alert(1)">A paragraph that had a click handler.</p><script>alert(2)</script><p><a href="javascript:alert(3)">A javascript: link</a></p><img src="x" onerror="alert(4)" alt="An image with an error handler">',
          },
        },
      }}
    />
  ),
};

/** Long content in a phone-wide column: a long title, paragraphs, a list, a table and an address without spaces. */
export const LongContent: StoryObj<typeof CustomPageView> = {
  decorators: [inColumn()],
  render: () => (
    <CustomPageView
      page={{
        content: {
          en: {
            title: longTitle('Opening hours'),
            body:
              `<p>${LONG_TEXT}</p><h2>${LONG_WORD}</h2><ul><li>${LONG_WORD}</li><li>${LONG_TEXT}</li></ul>` +
              `<p><a href="${LONG_URL_TEXT}">${LONG_URL_TEXT}</a></p>` +
              `<table><thead><tr><th>Day</th><th>${LONG_WORD}</th><th>Notes</th></tr></thead><tbody><tr><td>Monday</td><td>${LONG_WORD}</td><td>${LONG_TEXT}</td></tr></tbody></table>`,
          },
        },
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the page's Arabic title and body, in a right-to-left frame. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole('heading', { level: 1, name: 'ساعات العمل' });
    await expect(heading.closest('[dir="rtl"]')).not.toBeNull();
  },
};
