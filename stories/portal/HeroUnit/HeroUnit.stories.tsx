import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { HeroUnit, type HeroUnitProps } from '../../../src/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { heroBlock } from '../HomePage/fixtures.js';

const heroProps = heroBlock.props as unknown as HeroUnitProps;

const meta = {
  title: 'Portal/Home page/HeroUnit',
  component: HeroUnit,
  args: { ...heroProps, headingLevel: 2 },
  argTypes: {
    overlay: { control: 'select', options: ['none', 'dark-scrim', 'light-scrim', 'gradient'] },
    backgroundColor: { control: 'color' },
    textColor: { control: 'color' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The home page banner. Text over an image keeps WCAG AA contrast: the overlay is strengthened, or the text colour changed (with a console warning), where the admin’s choice would not reach it.',
      },
    },
  },
} satisfies Meta<typeof HeroUnit>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed image under a dark scrim, strengthened for this bright image. */
export const DarkScrim: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'How can we help?' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Open a request' })).toHaveAttribute('href', '/page/new-request');
  },
};

export const LightScrim: Story = { args: { overlay: 'light-scrim' } };

/** A scrim fading out behind the free side on wide screens. */
export const Gradient: Story = { args: { overlay: 'gradient' } };

/** No overlay: text colour chosen from the image’s measured colours. */
export const NoOverlay: Story = { args: { overlay: 'none' } };

export const BackgroundColour: Story = { args: { image: null, backgroundColor: '#0b3d2e', textColor: '#fefae0' } };

/** An unreadable pair falls back to the theme’s primary colours (see the console). */
export const UnreadableColours: Story = { args: { image: null, backgroundColor: '#ff0000', textColor: '#ff3333' } };

/** A `javascript:` call to action is shown inert. */
export const UnsafeCallToAction: Story = {
  args: { ctaHref: 'javascript:alert(1)' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

export const German: Story = { globals: { language: 'de' } };
export const French: Story = { globals: { language: 'fr' } };
export const Arabic: Story = { globals: { language: 'ar' }, args: { overlay: 'gradient' } };

/** Long content in a phone-wide column: a long title with an unbreakable word, a long subtitle, text and call to action; it wraps inside the banner. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    content: {
      en: {
        title: longTitle('Welcome to the service desk'),
        subtitle: `Support for ${LONG_WORD} and everything else`,
        text: LONG_TEXT,
        ctaLabel: `Open a request about the ${LONG_WORD}`,
        imageAlt: '',
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
