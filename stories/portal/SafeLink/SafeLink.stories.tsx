import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SafeLink } from '../../../src/portal/SafeLink/index.js';
import { expectLayoutHolds, inColumn, LONG_URL_TEXT } from '../../fixtures/longContent.js';

const meta = {
  title: 'Portal/SafeLink',
  component: SafeLink,
  args: { href: '/page/opening-hours', children: 'opening hours' },
  parameters: { a11y: { test: 'error' } },
  // Links sit in running text, as they do in the portal.
  decorators: [
    (Story) => (
      <p>
        Need help? Use this link: <Story />.
      </p>
    ),
  ],
} satisfies Meta<typeof SafeLink>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A path inside the portal: rendered by the host's link component (its router). */
export const Internal: Story = {};

/** An external page: a plain `<a>` with `rel="noopener noreferrer"`. */
export const External: Story = { args: { href: 'https://status.example.com/', children: 'status page' } };

/** An external page in a new tab, announced to screen readers. */
export const NewTab: Story = { args: { href: 'https://status.example.com/', children: 'status page', newTab: true } };

/** A mail address; `tel:` works the same way. */
export const Mail: Story = { args: { href: 'mailto:help@example.com', children: 'write to us' } };

/** A refused destination (`javascript:`): inert text, visibly and audibly marked. */
export const Blocked: Story = { args: { href: 'javascript:alert(1)', children: 'opening hours' } };

/** Long content in a phone-wide column: an address as the link text, allowed and refused. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { href: LONG_URL_TEXT, children: LONG_URL_TEXT, newTab: true },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

export const LongContentBlocked: Story = {
  decorators: [inColumn()],
  args: { href: 'javascript:alert(1)', children: LONG_URL_TEXT },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** A refused destination in Arabic, right to left: the mark is translated. */
export const BlockedArabic: Story = {
  globals: { language: 'ar' },
  args: { href: 'javascript:alert(1)', children: 'ساعات العمل' },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText(/أُزيل الرابط: عنوان غير آمن/)).toBeInTheDocument();
    await expect(canvasElement.querySelector('a')).toBeNull();
  },
};
