import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LinkList, type LinkList as LinkListData } from '../../../src/index.js';
import { linkListsBlock } from '../HomePage/fixtures.js';
import { withPortalData } from '../HomePage/withPortalData.js';
import { expectLayoutHolds, inColumn, LONG_URL_TEXT, LONG_WORD, longTitle, many } from '../../fixtures/longContent.js';

const [popular] = linkListsBlock.props.lists as LinkListData[];
const { id: _id, ...list } = popular!;

const meta = {
  title: 'Portal/Home page/LinkList',
  component: LinkList,
  args: { ...list, headingLevel: 2 },
} satisfies Meta<typeof LinkList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ManualLinks: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Opening hours' })).toHaveAttribute('href', '/page/opening-hours');
  },
};

/** A refused destination keeps its text, marked, without a link. */
export const UnsafeLink: Story = {
  args: {
    source: { type: 'manual', links: [{ id: 'evil', href: 'javascript:alert(document.cookie)', content: { en: { label: 'Free gift' }, de: { label: 'Geschenk' }, fr: { label: 'Cadeau' }, ar: { label: 'هدية' } } }] },
  },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('link', { name: /Free gift/ })).toBeNull();
  },
};

export const Empty: Story = { args: { source: { type: 'manual', links: [] }, showMoreHref: undefined } };

export const German: Story = { globals: { language: 'de' } };
export const Arabic: Story = { globals: { language: 'ar' } };

const search = { type: 'search', query: 'monitor', maxCount: 4 } as const;

/** Items from the search adapter (the demo seed). */
export const SearchResults: Story = {
  args: { source: search, content: { en: { title: 'Monitors' }, de: { title: 'Monitore' } } },
  decorators: [withPortalData()],
  play: async ({ canvas }) => {
    await expect((await canvas.findAllByRole('link')).length).toBeGreaterThan(0);
  },
};

export const SearchLoading: Story = { args: SearchResults.args, decorators: [withPortalData({ adapters: { latency: 1_000_000 } })] };

export const SearchEmpty: Story = {
  args: { ...SearchResults.args, source: { ...search, query: 'zzzz-nothing' } },
  decorators: [withPortalData()],
};

export const SearchError: Story = {
  args: SearchResults.args,
  decorators: [withPortalData({ setup: (adapters) => adapters.control.failNext(Infinity, 'unavailable', { domains: ['search'] }) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 5000 })).toBeVisible();
  },
};

/** Long content in a phone-wide column: a long title, 30 links with long labels, an address as a label. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    content: { en: { title: longTitle('Popular pages'), showMoreLabel: `All services of the ${LONG_WORD}` } },
    source: {
      type: 'manual',
      links: many(30, (index) => ({
        id: `link-${index}`,
        href: `/page/long-${index}`,
        content: { en: { label: index % 3 === 0 ? LONG_URL_TEXT : index % 3 === 1 ? longTitle(`Link ${index + 1}`) : `${LONG_WORD}${index}` } },
      })),
    },
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
