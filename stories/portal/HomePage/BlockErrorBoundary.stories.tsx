import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ContentCards, HeroUnit, LinkListGroup, type ContentCard, type HeroUnitProps, type LinkList } from '../../../src/index.js';
import { BlockErrorBoundary } from '../../../src/portal/HomePage/BlockErrorBoundary.js';
import { usePortalTranslation } from '../../../src/portal/PortalProvider/index.js';
import { ErrorState } from '../../../src/portal/states/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, longTitle } from '../../fixtures/longContent.js';
import { contentCardsBlock, heroBlock, linkListsBlock } from './fixtures.js';
import { withPortalData } from './withPortalData.js';

type BlockName = 'hero' | 'links' | 'cards';
/** How a block fails: on every render, or only during its first half second (then "Try again" works). */
type Failure = 'always' | 'briefly';

const heroProps = heroBlock.props as unknown as HeroUnitProps;

/** Throws while rendering when told to, else renders its block. */
function Faulty({ fails, children }: { fails: boolean; children: ReactNode }) {
  if (fails) throw new Error('The block could not be drawn.');
  return <>{children}</>;
}

/** The fallback the home page draws for a failed block (`HomePageBlocks`): which part failed, and "Try again". */
function BlockFallback({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = usePortalTranslation();
  return <ErrorState error={error} onRetry={retry} message={t('home.blockError')} data-slot="home-page-block-error" />;
}

interface BlockPageProps {
  /** The blocks that fail, and how. */
  failures: Partial<Record<BlockName, Failure>>;
  /** A hero title instead of the demo's (long content). */
  heroTitle?: string | undefined;
}

/** Three home page blocks, each in its own boundary as `HomePageBlocks` draws them. */
function BlockPage({ failures, heroTitle }: BlockPageProps) {
  // A brief failure is over after half a second; the boundary keeps its error until "Try again".
  const [brieflyOver, setBrieflyOver] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setBrieflyOver(true), 500);
    return () => clearTimeout(timer);
  }, []);
  const hero = heroTitle ? { ...heroProps, content: { ...heroProps.content, en: { ...heroProps.content.en, title: heroTitle, text: LONG_TEXT } } } : heroProps;
  const blocks: Array<[BlockName, ReactNode]> = [
    ['hero', <HeroUnit key="hero" {...hero} headingLevel={2} />],
    ['links', <LinkListGroup key="links" lists={linkListsBlock.props.lists as LinkList[]} />],
    ['cards', <ContentCards key="cards" cards={contentCardsBlock.props.cards as ContentCard[]} headingLevel={2} />],
  ];
  return (
    <div data-slot="home-page">
      {blocks.map(([name, block]) => (
        <div key={name} data-slot="home-page-block" data-block-id={name}>
          <BlockErrorBoundary fallback={(error, retry) => <BlockFallback error={error} retry={retry} />}>
            <Faulty fails={failures[name] === 'always' || (failures[name] === 'briefly' && !brieflyOver)}>
              {block}
            </Faulty>
          </BlockErrorBoundary>
        </div>
      ))}
    </div>
  );
}

const slot = (root: HTMLElement, name: BlockName) => root.querySelector<HTMLElement>(`[data-block-id="${name}"]`)!;

/** One block that throws while rendering shows its error with "Try again" in its place; the other blocks render. */
const meta = {
  title: 'Portal/Home page/BlockErrorBoundary',
  component: BlockPage,
  args: { failures: { links: 'always' } },
  decorators: [withPortalData()],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof BlockPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The link lists fail for good: their error, the hero and the cards as usual; "Try again" fails again. */
export const OneBrokenBlock: Story = {
  play: async ({ canvas, canvasElement }) => {
    const failed = within(slot(canvasElement, 'links'));
    await expect(failed.getByRole('alert')).toHaveTextContent('This section could not be shown.');
    await expect(canvas.getAllByRole('alert')).toHaveLength(1);
    await expect(within(slot(canvasElement, 'hero')).getByRole('heading', { name: 'How can we help?' })).toBeVisible();
    await expect(within(slot(canvasElement, 'cards')).getAllByRole('heading').length).toBeGreaterThan(0);
    await userEvent.click(failed.getByRole('button', { name: 'Try again' }));
    await expect(failed.getByRole('alert')).toBeVisible();
  },
};

/** The link lists failed for a moment: "Try again" draws them. */
export const RecoversOnRetry: Story = {
  args: { failures: { links: 'briefly' } },
  play: async ({ canvasElement }) => {
    const failed = within(slot(canvasElement, 'links'));
    await expect(failed.getByRole('alert')).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await userEvent.click(failed.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(failed.queryByRole('alert')).toBeNull());
    await expect(failed.getByRole('heading', { name: 'Popular pages' })).toBeVisible();
  },
};

/** Two blocks fail: each shows its own error; the one between them renders. */
export const SeveralBroken: Story = {
  args: { failures: { hero: 'always', cards: 'always' } },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getAllByRole('alert')).toHaveLength(2);
    await expect(within(slot(canvasElement, 'links')).getByRole('heading', { name: 'Popular pages' })).toBeVisible();
  },
};

/** In Arabic, right to left: the message and "Try again" translated. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    const alert = within(slot(canvasElement, 'links')).getByRole('alert');
    await expect(alert).toHaveTextContent('تعذّر عرض هذا القسم.');
    await expect(getComputedStyle(alert).direction).toBe('rtl');
  },
};

/** Long content on a phone: a long hero above the failed block. */
export const LongContent: Story = {
  args: { heroTitle: longTitle('How can we help?') },
  decorators: [inColumn()],
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
