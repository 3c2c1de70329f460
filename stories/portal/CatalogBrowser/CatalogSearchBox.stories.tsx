import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { foldText } from '../../../src/catalog/fold.js';
import { CatalogSearchBox } from '../../../src/portal/CatalogBrowser/CatalogSearchBox.js';
import { Highlight } from '../../../src/portal/CatalogBrowser/Highlight.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { CatalogPartContext } from './partContext.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_WORD } from '../../fixtures/longContent.js';

interface Args {
  query: string;
  delay: number;
  onNavigate: (location: CatalogLocation) => void;
}

/** The catalog browser's search field with a highlighted line beneath, as the results mark matches. */
function SearchBoxWithMatches({ query, delay, onNavigate }: Args) {
  return (
    <CatalogPartContext initial={{ categoryId: null, itemId: null, query }} onNavigate={onNavigate}>
      {(location) => (
        <>
          <CatalogSearchBox delay={delay} />
          <p data-slot="story-matches">
            <Highlight text={`Laptop docking station: ${LONG_TEXT}`} terms={location.query.split(/\s+/).filter(Boolean).map(foldText)} />
          </p>
        </>
      )}
    </CatalogPartContext>
  );
}

/** The catalog browser's search field (CatalogBrowser renders it; here on its own). */
const meta = {
  title: 'Portal/CatalogBrowser/CatalogSearchBox',
  component: SearchBoxWithMatches,
  args: { query: '', delay: 200, onNavigate: fn() },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof SearchBoxWithMatches>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Empty: the label and the hint of what is searched. */
export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('searchbox', { name: 'Search services' })).toHaveAttribute('placeholder', 'Title or description');
  },
};

/** Typing searches once it pauses; the matches are marked. */
export const Typing: Story = {
  play: async ({ args, canvas, canvasElement }) => {
    await userEvent.type(canvas.getByRole('searchbox'), 'dock');
    await expect(canvas.getByRole('searchbox')).toHaveValue('dock');
    await waitFor(() => expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(0), { timeout: 3000 });
    await expect(args.onNavigate).toHaveBeenLastCalledWith({ categoryId: null, itemId: null, query: 'dock' });
  },
};

/** A query in the field: "Clear search" empties it and keeps the focus there. */
export const WithQuery: Story = {
  args: { query: 'laptop' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
    await expect(canvas.getByRole('searchbox')).toHaveValue('');
    await expect(canvas.getByRole('searchbox')).toHaveFocus();
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { query: 'طابعة' },
  play: async ({ canvas }) => {
    const input = await canvas.findByRole('searchbox', { name: 'البحث في الخدمات' });
    await expect(getComputedStyle(input).direction).toBe('rtl');
    await expect(canvas.getByRole('button', { name: 'مسح البحث' })).toBeVisible();
  },
};

/** Long content in a phone-wide column: an unbreakable query and a long marked text. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { query: `${LONG_WORD} ${LONG_WORD}` },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('button', { name: 'Clear search' })).toBeVisible();
    await expectLayoutHolds(canvasElement);
  },
};
