import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PortalNavigation } from '../../../src/portal/PortalLayout/PortalNavigation.js';
import { defaultPortalRoutes } from '../../../src/portal/PortalLayout/routes.js';
import { expectLayoutHolds, LONG_URL_TEXT, LONG_WORD, longDemoSeed, longTitle } from '../../fixtures/longContent.js';
import { inHeader } from './inHeader.js';
import { withAdapters } from './withAdapters.js';

/** A phone's width: the navigation folds. */
const phone = { header: { width: '22.5rem' } };

/** The layout's main navigation on its own: home, catalog, tickets, the menu's custom pages and the host's links. */
const meta = {
  title: 'Portal/PortalLayout/PortalNavigation',
  component: PortalNavigation,
  args: {
    routes: defaultPortalRoutes,
    menuPages: ['opening-hours', 'service-overview', 'holiday-closure', 'terms-of-use'],
    canReadPages: true,
    links: [],
    currentPath: '/catalog/hardware',
    open: false,
    onOpenChange: fn(),
  },
  // The open state lives here as the layout holds it; the host is told of each change.
  render: function Render(args) {
    const [open, setOpen] = useState(args.open);
    return (
      <PortalNavigation
        {...args}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          args.onOpenChange(next);
        }}
      />
    );
  },
  decorators: [inHeader, withAdapters()],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof PortalNavigation>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Wide: every entry in one row, the current section marked, no "Menu" button. The temporarily invalid page stays out. */
export const Wide: Story = {
  play: async ({ canvas, canvasElement }) => {
    const navigation = canvas.getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(navigation).getAllByRole('link')).toHaveLength(6));
    await expect(canvas.getByRole('link', { name: 'Service catalog' })).toHaveAttribute('aria-current', 'page');
    await expect(canvasElement.querySelector('[data-slot="portal-menu-toggle"]')).not.toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** Narrow (a phone): the entries fold into the "Menu" disclosure; Escape closes it and focus returns to the button. */
export const Narrow: Story = {
  parameters: phone,
  play: async ({ args, canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'Menu' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('link', { name: 'Home' })).toBeNull();
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('link', { name: 'Home' })).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Home' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(toggle).toHaveFocus();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
  },
};

/** Narrow and open, on a custom page: the page is the current one. */
export const NarrowOpen: Story = {
  args: { open: true, currentPath: '/page/opening-hours' },
  parameters: phone,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('link', { name: 'Opening hours' })).toHaveAttribute('aria-current', 'page');
  },
};

/** The host's own entries after the portal's: its admin area marked for the pages below it; an unsafe link is dropped. */
export const HostLinks: Story = {
  args: {
    currentPath: '/admin/layout',
    links: [
      { href: '/admin', label: 'Administration' },
      { href: 'https://status.example.com/', label: 'Service status' },
      { href: 'javascript:alert(1)', label: 'Free gift' },
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Administration' })).toHaveAttribute('aria-current', 'page');
    await expect(canvas.queryByRole('link', { name: 'Free gift' })).toBeNull();
  },
};

/** While the custom pages load, the portal's own entries are already there; the pages join when read. */
export const PagesLoading: Story = {
  decorators: [withAdapters({ latency: 1_000_000 })],
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('link')).toHaveLength(3);
  },
};

/** The custom pages cannot be read: they stay out of the menu, the rest works. */
export const PagesUnavailable: Story = {
  decorators: [withAdapters({}, (adapters) => adapters.control.failNext(Infinity, 'unavailable', { domains: ['customPages'] }))],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Home' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(canvas.getAllByRole('link')).toHaveLength(3);
  },
};

/** In Arabic, right to left, folded and open. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  args: { open: true },
  parameters: phone,
  play: async ({ canvas }) => {
    const navigation = await canvas.findByRole('navigation', { name: 'القائمة الرئيسية' });
    await expect(getComputedStyle(navigation).direction).toBe('rtl');
    await expect(canvas.getByRole('button', { name: 'القائمة' })).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Long content on a phone, menu open: long page titles and host labels, an address as a label. */
export const LongContent: Story = {
  args: {
    open: true,
    links: [
      { href: '/admin', label: `Administration of the ${LONG_WORD}` },
      { href: 'https://status.example.com/', label: LONG_URL_TEXT },
      { href: '/help', label: longTitle('Help') },
    ],
  },
  parameters: phone,
  decorators: [withAdapters({ seed: longDemoSeed() })],
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() => expect(canvas.getAllByRole('link').length).toBeGreaterThan(6));
    await expectLayoutHolds(canvasElement);
  },
};
