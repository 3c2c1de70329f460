import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TranslationStatusBadge } from '../../../src/admin/index.js';
import { TRANSLATION_COMPLETENESS } from '../../../src/model/translationStatus.js';
import { expectLayoutHolds, inColumn, LONG_WORD } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/Kit/TranslationStatusBadge',
  component: TranslationStatusBadge,
  args: { status: 'incomplete' },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof TranslationStatusBadge>;
export default meta;

type Story = StoryObj<typeof meta>;

/** One status: its icon and its name. */
export const Incomplete: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('incomplete')).toBeVisible();
  },
};

/** Every status side by side, each with its own shape and word (never colour alone). */
export const AllStatuses: Story = {
  render: () => (
    <ul>
      {TRANSLATION_COMPLETENESS.map((status) => (
        <li key={status}>
          French: <TranslationStatusBadge status={status} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['French: complete', 'French: incomplete', 'French: missing']);
  },
};

/** In Arabic, right to left: the icon stands before the word, at the right. */
export const Arabic: Story = {
  ...AllStatuses,
  globals: { language: 'ar' },
  render: () => (
    <ul>
      {TRANSLATION_COMPLETENESS.map((status) => (
        <li key={status}>
          <TranslationStatusBadge status={status} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    const badge = await canvas.findByText('غير مكتملة');
    await expect(getComputedStyle(badge).direction).toBe('rtl');
  },
};

/** Long content in a phone-wide column: the badge beside a record title with an unbreakable word. */
export const LongContent: Story = {
  decorators: [inColumn()],
  render: () => (
    <table>
      <tbody>
        {TRANSLATION_COMPLETENESS.map((status) => (
          <tr key={status}>
            <th scope="row" style={{ overflowWrap: 'anywhere' }}>
              {LONG_WORD}
            </th>
            <td>
              <TranslationStatusBadge status={status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
