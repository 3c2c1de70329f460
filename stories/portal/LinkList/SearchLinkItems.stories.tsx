import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { SearchLinkItems } from '../../../src/portal/LinkList/SearchLinkItems.js';
import { withPortalData } from '../HomePage/withPortalData.js';
import { expectLayoutHolds, inColumn, longDemoSeed } from '../../fixtures/longContent.js';

/** The items of a search-driven link list (`LinkList` with a `search` source): the search adapter's results, with its states. */
const meta = {
  title: 'Portal/Home page/LinkList/SearchLinkItems',
  component: SearchLinkItems,
  args: { query: 'monitor', maxCount: 4 },
  decorators: [withPortalData()],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof SearchLinkItems>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The demo's results for "monitor", at most four, each a link. */
export const Results: Story = {
  play: async ({ canvas }) => {
    const links = await canvas.findAllByRole('link');
    await expect(links.length).toBeGreaterThan(0);
    await expect(links.length).toBeLessThanOrEqual(4);
  },
};

/** Only as many results as the list shows. */
export const OneResult: Story = {
  args: { query: 'password', maxCount: 1 },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('link')).toHaveLength(1));
  },
};

/** While the search runs: a busy skeleton of at most four lines. */
export const Loading: Story = {
  args: { maxCount: 10 },
  decorators: [withPortalData({ adapters: { latency: 1_000_000 } })],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading…');
  },
};

/** Nothing found. */
export const Empty: Story = {
  args: { query: 'zzzz-nothing' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No results found.')).toBeVisible();
  },
};

/** The search adapter is down: the error with "Try again". */
export const Unavailable: Story = {
  decorators: [withPortalData({ setup: (adapters) => adapters.control.failNext(Infinity, 'unavailable', { domains: ['search'] }) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 5000 })).toBeVisible();
  },
};

/** The search failed for a while: "Try again" shows the results. */
export const RecoversOnRetry: Story = {
  decorators: [withPortalData({ setup: (adapters) => adapters.control.failNext(3, 'unavailable', { domains: ['search'] }) })],
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 5000 }));
    await expect((await canvas.findAllByRole('link', {}, { timeout: 5000 })).length).toBeGreaterThan(0);
  },
};

/** In Arabic, right to left: the query ("monitor") run in Arabic. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { query: 'شاشة' },
  play: async ({ canvas }) => {
    const [first] = await canvas.findAllByRole('listitem');
    await expect(getComputedStyle(first!).direction).toBe('rtl');
  },
};

/** Long content on a phone: long titles from the long demo content. */
export const LongContent: Story = {
  args: { query: 'laptop', maxCount: 8 },
  decorators: [inColumn(), withPortalData({ adapters: { seed: longDemoSeed() } })],
  play: async ({ canvas, canvasElement }) => {
    await canvas.findAllByRole('link');
    await expectLayoutHolds(canvasElement);
  },
};
