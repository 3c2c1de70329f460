import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CustomPagePreview } from '../../../src/admin/CustomPages/CustomPagePreview.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, longTitle } from '../../fixtures/longContent.js';
import { storyPages } from '../fixtures.js';

const hours = storyPages[0]?.content.en ?? { title: 'Opening hours', body: '' };

/** The custom page editor's live preview (rendered there and in History; here on its own). */
const meta = {
  title: 'Admin/CustomPages/CustomPagePreview',
  component: CustomPagePreview,
  args: { title: hours.title, body: hours.body, language: 'en' },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof CustomPagePreview>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A page with a list and a phone link. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Opening hours' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: '+49 30 1234567' })).toHaveAttribute('href', 'tel:+49301234567');
  },
};

/** A title without a body yet. */
export const TitleOnly: Story = { args: { title: 'Holidays', body: '' } };

/** A body with a script, handlers and a `javascript:` link: none of it reaches the page. */
export const Sanitized: Story = {
  args: { title: 'Pasted from elsewhere', body: '<p onclick="alert(1)">Text</p><script>alert(2)</script><p><a href="javascript:alert(3)">Click</a></p>' },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('[data-slot="custom-page-preview"]') as HTMLElement;
    await expect(article.innerHTML).not.toMatch(/onclick|<script|javascript:/);
  },
};

/** An Arabic page previewed right to left inside the English editor. */
export const ArabicPage: Story = {
  args: { title: 'ساعات العمل', body: '<p>نحن نعمل من <strong>الأحد إلى الخميس</strong>.</p>', language: 'ar' },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('[data-slot="custom-page-preview"]') as HTMLElement;
    await expect(getComputedStyle(article).direction).toBe('rtl');
  },
};

/** The admin works in Arabic and previews the German page: the preview follows the page, left to right. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { title: 'Öffnungszeiten', body: '<p>Wir haben <strong>Montag bis Freitag</strong> geöffnet.</p>', language: 'de' },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('[data-slot="custom-page-preview"]') as HTMLElement;
    await expect(getComputedStyle(article).direction).toBe('ltr');
  },
};

/** A long title and body in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { title: longTitle('Opening hours'), body: `<p>${LONG_TEXT}</p><ul><li>${LONG_TEXT}</li></ul>` },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
