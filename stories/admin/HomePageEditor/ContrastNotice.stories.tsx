import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ContrastNotice } from '../../../src/admin/HomePageEditor/parts/ContrastNotice.js';
import { expectLayoutHolds, inColumn } from '../../fixtures/longContent.js';

/** The live contrast feedback of the hero and teaser forms, one story per verdict. */
const meta = {
  title: 'Admin/HomePageEditor/ContrastNotice',
  component: ContrastNotice,
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ContrastNotice>;
export default meta;

type Story = StoryObj<typeof meta>;

const state = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-slot="contrast-notice"]')?.getAttribute('data-state');

/** Both colours chosen, meeting WCAG AA. */
export const Passes: Story = {
  args: { background: '#1f3a5f', text: '#ffffff' },
  play: async ({ canvasElement }) => {
    await expect(state(canvasElement)).toBe('ok');
  },
};

/** Only a background: the portal chooses a readable text colour. */
export const Automatic: Story = {
  args: { background: '#fff3c4' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(/^The text colour is chosen for you/);
  },
};

/** Below WCAG AA: a warning that the portal will use the theme's colours. */
export const TooLow: Story = {
  args: { background: '#ffffff', text: '#999999' },
  play: async ({ canvasElement }) => {
    await expect(state(canvasElement)).toBe('low');
  },
};

/** A text colour without a background. */
export const NeedsBackground: Story = {
  args: { text: '#ffffff' },
  play: async ({ canvasElement }) => {
    await expect(state(canvasElement)).toBe('needs-background');
  },
};

/** Text over an image with the dark overlay. */
export const OverImage: Story = {
  args: { image: true, text: '#ffffff', overlay: 'dark-scrim' },
  play: async ({ canvasElement }) => {
    await expect(state(canvasElement)).toBe('image-ok');
  },
};

/** Text over an image without an overlay: the portal adds a scrim. */
export const OverImageAdjusted: Story = {
  args: { image: true, text: '#1f6feb', overlay: 'none' },
  play: async ({ canvasElement }) => {
    await expect(state(canvasElement)).toBe('image-adjusted');
  },
};

/** Nothing chosen: no notice at all. */
export const Empty: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="contrast-notice"]')).toBeNull();
  },
};

/** In Arabic, right to left, with the ratio in the portal's number format. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { background: '#ffffff', text: '#999999' },
  play: async ({ canvas }) => {
    await expect(getComputedStyle(canvas.getByRole('status')).direction).toBe('rtl');
  },
};

/** The longest message in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { image: true, text: '#000000', overlay: 'dark-scrim' },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
