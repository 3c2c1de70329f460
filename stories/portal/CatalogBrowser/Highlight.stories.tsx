import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { searchTerms } from '../../../src/catalog/fold.js';
import { Highlight } from '../../../src/portal/CatalogBrowser/Highlight.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_WORD } from '../../fixtures/longContent.js';

interface Args {
  /** The text shown. */
  text: string;
  /** What the customer searched for. */
  query: string;
}

/** A line of text with the words of a search marked, as titles and excerpts of search results show it. */
function MarkedText({ text, query }: Args) {
  return (
    <p>
      <Highlight text={text} terms={searchTerms(query)} />
    </p>
  );
}

const marks = (root: HTMLElement) => [...root.querySelectorAll('mark')].map((mark) => mark.textContent);

/** The marks of a search in a text (the catalog’s result rows use it; here on its own). */
const meta = {
  title: 'Portal/CatalogBrowser/Highlight',
  component: MarkedText,
  args: { text: 'Café printer: order toner for the CAFE printer', query: 'cafe printer' },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof MarkedText>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every word searched for is marked wherever it occurs, without regard to accents or case. */
export const Matches: Story = {
  play: async ({ canvasElement }) => {
    await expect(marks(canvasElement)).toEqual(['Café', 'printer', 'CAFE', 'printer']);
  },
};

/** A text without the words: shown as it is. */
export const NoMatch: Story = {
  args: { query: 'submarine' },
  play: async ({ canvasElement }) => {
    await expect(marks(canvasElement)).toEqual([]);
  },
};

/** Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { text: 'إعادة تعيين كلمة المرور: نعيد تعيين كلمة المرور خلال ساعة.', query: 'كلمة' },
  play: async ({ canvasElement }) => {
    await expect(marks(canvasElement)).toEqual(['كلمة', 'كلمة']);
    await expect(getComputedStyle(canvasElement.querySelector('p')!).direction).toBe('rtl');
  },
};

/** A long text with a marked unbreakable word, in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { text: LONG_TEXT, query: LONG_WORD },
  play: async ({ canvasElement }) => {
    await expect(marks(canvasElement)).toEqual([LONG_WORD]);
    await expectLayoutHolds(canvasElement);
  },
};
