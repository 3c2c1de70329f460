import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ImageTeaserRow, type ImageTeaser } from '../../../src/index.js';
import { teasersBlock } from '../HomePage/fixtures.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, longTitle } from '../../fixtures/longContent.js';

const teasers = teasersBlock.props.teasers as ImageTeaser[];

const meta = {
  title: 'Portal/Home page/ImageTeaserRow',
  component: ImageTeaserRow,
  args: { teasers, headingLevel: 2 },
} satisfies Meta<typeof ImageTeaserRow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Row: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Working remotely' })).toHaveAttribute('href', '/page/vpn');
  },
};

export const SingleTeaser: Story = { args: { teasers: teasers.slice(0, 1) } };

/** Grey on grey is refused: the theme’s colours are used (see the console). */
export const UnreadableColours: Story = {
  args: { teasers: [{ ...teasers[0]!, backgroundColor: '#777777', textColor: '#888888' }] },
};

export const UnsafeLink: Story = { args: { teasers: [{ ...teasers[2]!, href: 'javascript:alert(1)' }] } };

/**
 * A refused link on an admin's pale background: the marked text keeps the checked text colour
 * in every theme (it used the theme's muted text, unreadable on this yellow in the dark theme).
 */
export const UnsafeLinkOnCustomColours: Story = {
  args: { teasers: [{ ...teasers[2]!, href: 'javascript:alert(1)', backgroundColor: '#fff3c4' }] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/link removed/i)).toBeVisible();
  },
};

/** Renders nothing. */
export const Empty: Story = { args: { teasers: [] } };

export const German: Story = { globals: { language: 'de' } };
export const Arabic: Story = { globals: { language: 'ar' } };

/** Long content in a phone-wide column: long titles and texts with an unbreakable word. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    teasers: teasers.map((teaser, index) => ({
      ...teaser,
      content: { en: { title: longTitle(`Teaser ${index + 1}`), text: LONG_TEXT, imageAlt: '' } },
    })),
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
