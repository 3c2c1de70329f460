import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { HomePage } from '../../../src/index.js';
import type { BlockEntry } from '../../../src/model/index.js';
import { contentCardsBlock, heroBlock, homePageConfig } from './fixtures.js';
import { withPortalData } from './withPortalData.js';
import { expectLayoutHolds, inColumn, longDemoSeed } from '../../fixtures/longContent.js';

const meta = {
  title: 'Portal/Home page/HomePage',
  component: HomePage,
  decorators: [withPortalData()],
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

export const Anonymous: Story = { decorators: [withPortalData({ customer: null })] };

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

/** Without `config`: the home page adapter's stored page (the demo seed), with a search-driven link list. */
export const FromAdapter: Story = {
  args: { config: undefined },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: 'How can we help?' })).toBeVisible();
  },
};

/** Waiting for the home page adapter. */
export const Loading: Story = { args: { config: undefined }, decorators: [withPortalData({ adapters: { latency: 1_000_000 } })] };

/** The home page adapter is unavailable: an error with a retry. */
export const Unavailable: Story = {
  args: { config: undefined },
  decorators: [withPortalData({ setup: (adapters) => adapters.control.failNext(Infinity, 'unavailable') })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 5000 })).toBeVisible();
  },
};

/** Long content in a phone-wide column: every block, with the long ticket titles of the long demo seed. */
export const LongContent: Story = {
  decorators: [inColumn(), withPortalData({ adapters: { seed: longDemoSeed() } })],
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

const expiringCards = { blocks: homePageConfig.blocks.map((block) => (block.id === contentCardsBlock.id ? { ...block, visibleUntil: '2026-01-01T00:00:00.000Z' } : block)) };

/** The content cards expired at the start of 2026, viewed as of 1 March 2026: they are left out. */
export const ScheduledBlockExpired: Story = {
  args: { at: new Date('2026-03-01T00:00:00.000Z'), config: expiringCards },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(`[data-block-id="${contentCardsBlock.id}"]`)).toBeNull();
  },
};

/** The same page as of a date before the end: the cards are shown. */
export const ScheduledBlockLive: Story = {
  args: {
    at: new Date('2025-12-31T23:59:59.999Z'),
    config: expiringCards,
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(`[data-block-id="${contentCardsBlock.id}"]`)).not.toBeNull();
  },
};

const audienceCards = (id: string, title: string, audience: NonNullable<BlockEntry['audience']>): BlockEntry => ({
  ...contentCardsBlock,
  id,
  audience,
  props: { cards: [{ id: `${id}-card`, content: { en: { title, text: `Only for ${audience.kind === 'groups' ? audience.groups.join(', ') : audience.kind} visitors.` } } }] },
});
/** A home page with blocks limited by audience: each viewer sees the hero and only their blocks. */
const audienceConfig = {
  blocks: [
    heroBlock,
    audienceCards('block-guests', 'Create an account', { kind: 'anonymous' }),
    audienceCards('block-members', 'Welcome back', { kind: 'signed-in' }),
    audienceCards('block-gold', 'Your Gold hotline', { kind: 'groups', groups: ['gold'] }),
  ],
};

/** Audiences, as an anonymous visitor: the block for visitors who are not signed in. */
export const AudienceAnonymous: Story = {
  args: { config: audienceConfig },
  decorators: [withPortalData({ customer: null })],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Create an account' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Welcome back' })).toBeNull();
    await expect(canvas.queryByRole('heading', { name: 'Your Gold hotline' })).toBeNull();
  },
};

/** Audiences, as a signed-in customer in no group. */
export const AudienceSignedIn: Story = {
  args: { config: audienceConfig },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Create an account' })).toBeNull();
    await expect(canvas.queryByRole('heading', { name: 'Your Gold hotline' })).toBeNull();
  },
};

/** Audiences, as a customer of the Gold group. */
export const AudienceGoldCustomer: Story = {
  args: { config: audienceConfig },
  decorators: [withPortalData({ customer: { id: 'customer-gold', name: 'Gill Gold', groups: ['gold'] } })],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Your Gold hotline' })).toBeVisible();
  },
};
