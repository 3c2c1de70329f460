import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { HomePage } from '../../../src/index.js';
import { contentCardsBlock, heroBlock, homePageConfig } from './fixtures.js';
import { withCustomer } from './withCustomer.js';

const meta = {
  title: 'Portal/Home page/HomePage',
  component: HomePage,
  decorators: [withCustomer()],
  args: { config: homePageConfig },
} satisfies Meta<typeof HomePage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every block, signed in. The ticket list reads the ticket adapter. */
export const SignedIn: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();
  },
};

export const Anonymous: Story = { decorators: [withCustomer(null)] };

/** The content cards are hidden; the hero comes last. */
export const ReorderedAndHidden: Story = {
  args: { config: { blocks: [...homePageConfig.blocks.slice(1).map((block) => (block.id === contentCardsBlock.id ? { ...block, hidden: true } : block)), heroBlock] } },
};

/** No visible block. */
export const Empty: Story = { args: { config: { blocks: [] } } };

/** Four stored cards: three are shown, a warning is reported. */
export const FourContentCards: Story = {
  args: {
    config: {
      blocks: [
        {
          ...contentCardsBlock,
          props: { cards: [...(contentCardsBlock.props.cards as Array<{ id: string }>), { id: 'card-extra', content: { en: { title: 'Fourth', text: 'Not shown' } } }] },
        },
      ],
    },
  },
};

export const German: Story = { globals: { language: 'de' } };
/** French has little content: most texts fall back to English, marked with `lang`. */
export const FrenchWithFallbacks: Story = { globals: { language: 'fr' } };
export const Arabic: Story = { globals: { language: 'ar' } };
