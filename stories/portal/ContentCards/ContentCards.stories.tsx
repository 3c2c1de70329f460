import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ContentCards, type ContentCard } from '../../../src/index.js';
import { contentCardsBlock } from '../HomePage/fixtures.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const cards = contentCardsBlock.props.cards as ContentCard[];

const meta = {
  title: 'Portal/Home page/ContentCards',
  component: ContentCards,
  args: { cards, headingLevel: 2 },
} satisfies Meta<typeof ContentCards>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ThreeCards: Story = {};

export const OneCard: Story = { args: { cards: cards.slice(0, 1) } };

/** A stored fourth card is not shown; a validation warning is reported. */
export const MoreThanThree: Story = {
  args: { cards: [...cards, { id: 'card-extra', readMoreHref: '/page/extra', content: { en: { title: 'Fourth card', text: 'Never shown.' } } }], onValidationWarning: fn() },
  play: async ({ canvas, args }) => {
    await expect(canvas.getAllByRole('heading')).toHaveLength(3);
    await expect(args.onValidationWarning).toHaveBeenCalled();
  },
};

export const UnsafeReadMore: Story = {
  args: { cards: [{ id: 'card-evil', readMoreHref: 'javascript:alert(1)', content: { en: { title: 'Prize', text: 'Click to win.' } } }] },
};

/** Renders nothing: an empty block is invisible to customers. */
export const Empty: Story = { args: { cards: [] } };

export const German: Story = { globals: { language: 'de' } };
export const Arabic: Story = { globals: { language: 'ar' } };

/** Long content in a phone-wide column: long titles and texts with an unbreakable word, long "read more" labels. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    cards: cards.map((card, index) => ({
      ...card,
      content: { en: { title: longTitle(`Card ${index + 1}`), text: LONG_TEXT, readMoreLabel: `Read more about the ${LONG_WORD}` } },
    })),
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
