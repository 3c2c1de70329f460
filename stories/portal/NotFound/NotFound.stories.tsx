import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { NotFound } from '../../../src/portal/NotFound/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Portal/NotFound',
  component: NotFound,
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof NotFound>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The default not-found page: heading, explanation and the way home. */
export const Default: Story = {};

/** With the host's own words, as a section of a page (level-2 heading). */
export const CustomText: Story = {
  args: { title: 'No such ticket', description: 'It may have been merged into another ticket.', headingLevel: 2, homeHref: '/tickets' },
};

/** Without a link home. */
export const WithoutLink: Story = { args: { homeHref: null } };

/** Long content in a phone-wide column: the host's long title and description. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { title: longTitle('No such page'), description: LONG_TEXT },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the heading and the way home translated. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole('heading', { name: 'الصفحة غير موجودة' });
    await expect(heading.closest('[dir="rtl"]')).not.toBeNull();
    await expect(canvas.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toBeVisible();
  },
};
