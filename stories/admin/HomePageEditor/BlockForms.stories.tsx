import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { getBlockFields } from '../../../src/admin/HomePageEditor/blockFields.js';
import type { BlockFieldsProps } from '../../../src/admin/HomePageEditor/types.js';
import type { BlockPropsOf, HomePageBlockType } from '../../../src/blocks/registry.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';
import { storyPages, WithAdapters } from '../fixtures.js';

interface Args {
  type: HomePageBlockType;
  props: BlockPropsOf<HomePageBlockType>;
  errors?: Record<string, string>;
  language?: string;
  onPropsChange: (props: BlockPropsOf<HomePageBlockType>) => void;
}

/** Each block's editor form (`<Block>.fields.tsx`; the home page editor shows one at a time), holding its props. */
const meta = {
  title: 'Admin/HomePageEditor/Block forms',
  args: { type: 'hero-unit', props: { image: null, overlay: 'dark-scrim', backgroundColor: '#1f3a5f', content: { en: { title: 'How can we help?', subtitle: 'Search, browse or ask us' } } }, onPropsChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render({ type, props: initial, errors = {}, language = 'en', onPropsChange }: Args) {
    const Component = getBlockFields(type).Component as ComponentType<BlockFieldsProps>;
    const [props, setProps] = useState(initial);
    const [hidden, setHidden] = useState(false);
    return (
      <WithAdapters pages={storyPages}>
        {() => (
          <Component
            blockId={`story-${type}`}
            props={props}
            onPropsChange={(next) => {
              setProps(next);
              onPropsChange(next);
            }}
            hidden={hidden}
            onHiddenChange={setHidden}
            language={language}
            errorFor={(path) => errors[path]}
            timeZone="Europe/Berlin"
          />
        )}
      </WithAdapters>
    );
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

const image = { id: 'asset-1', url: 'data:image/svg+xml;base64,' + btoa('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#1f6feb"/></svg>'), mediaType: 'image/svg+xml', size: 120 };

/** The hero unit: texts, background and text colour with live contrast, call to action. */
export const HeroUnit: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Text colour' }), '#ffffff');
    await expect(args.onPropsChange).toHaveBeenLastCalledWith(expect.objectContaining({ textColor: '#ffffff' }));
    await expect(canvas.getByRole('status')).toHaveTextContent(/meets WCAG AA/);
  },
};

/** The hero unit over an image: the overlay instead of a background colour. */
export const HeroUnitOverImage: Story = {
  args: { props: { image, overlay: 'gradient', content: { en: { title: 'How can we help?', imageAlt: 'A blue square' } } } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: /^Overlay/ })).toHaveValue('gradient');
    await expect(canvas.queryByRole('textbox', { name: 'Background colour' })).toBeNull();
  },
};

/** The ticket list: on/off, how many, which, and its title. */
export const TicketList: Story = {
  args: { type: 'ticket-list', props: { maxCount: 5, selection: 'open', content: {} } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('spinbutton', { name: /^Number of tickets/ })).toHaveValue(5);
  },
};

/** Image teasers, two of them. */
export const ImageTeasers: Story = {
  args: {
    type: 'image-teasers',
    props: {
      teasers: [
        { id: 't1', image: null, href: '/page/vpn', backgroundColor: '#fff3c4', content: { en: { title: 'Set up VPN', text: 'Work from anywhere' } } },
        { id: 't2', image, href: 'https://print.example.com/', content: { en: { title: 'Printers', imageAlt: '' } } },
      ],
    },
  },
};

/** No teasers yet. */
export const ImageTeasersEmpty: Story = {
  args: { type: 'image-teasers', props: { teasers: [] } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No teasers yet.')).toBeVisible();
  },
};

/** Three content cards: "Add" is disabled and says why. */
export const ContentCardsFull: Story = {
  args: {
    type: 'content-cards',
    props: { cards: ['Opening hours', 'Contact', 'Holidays'].map((title, index) => ({ id: `c${index}`, content: { en: { title, text: 'Text' } } })) },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Add card' })).toHaveAccessibleDescription(/at most 3 content cards/);
  },
};

/** A link list by hand, a link picked from the custom pages. */
export const LinkListsManual: Story = {
  args: {
    type: 'link-lists',
    props: { lists: [{ id: 'l1', content: { en: { title: 'Popular' } }, source: { type: 'manual', links: [{ id: 'k1', href: '/page/opening-hours', content: { en: { label: 'Opening hours' } } }] } }] },
  },
  play: async ({ canvas }) => {
    const link = canvas.getByRole('group', { name: 'Link 1 of List 1' });
    await expect(await within(link).findByRole('option', { name: 'Opening hours', selected: true })).toBeInTheDocument();
  },
};

/** A link list filled from a search, with its current results. */
export const LinkListsSearch: Story = {
  args: { type: 'link-lists', props: { lists: [{ id: 'l1', content: { en: { title: 'About opening' } }, source: { type: 'search', query: 'open', maxCount: 5 } }] } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Opening hours')).toBeVisible();
  },
};

/** After a refused save: the messages on their fields. */
export const SaveErrors: Story = {
  args: {
    type: 'content-cards',
    props: { cards: [{ id: 'c1', readMoreHref: 'javascript:alert(1)', content: { en: { title: '', text: 'Text', readMoreLabel: LONG_WORD.repeat(2) } } }] },
    errors: {
      'cards.0.content.en.title': 'This field is required.',
      'cards.0.content.en.readMoreLabel': 'This value is not valid.',
      'cards.0.readMoreHref': 'This link is refused: use a web address (https://…), mailto:, tel: or a path such as /page/help.',
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: /^Title/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: '“Read more” text' })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** In Arabic, right to left, editing the Arabic texts. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { language: 'ar', props: { image: null, overlay: 'dark-scrim', backgroundColor: '#1f3a5f', content: { ar: { title: 'كيف يمكننا المساعدة؟' } } } },
  play: async ({ canvasElement }) => {
    const title = canvasElement.querySelector('input[lang="ar"]') as HTMLInputElement;
    await expect(getComputedStyle(title).direction).toBe('rtl');
  },
};

/** Long texts, names and addresses in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: {
    type: 'link-lists',
    props: {
      lists: [
        {
          id: 'l1',
          showMoreHref: LONG_URL_TEXT,
          content: { en: { title: longTitle('Popular'), showMoreLabel: LONG_WORD } },
          source: { type: 'manual', links: [{ id: 'k1', href: LONG_URL_TEXT, content: { en: { label: LONG_TEXT.slice(0, 100) } } }] },
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
