import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { createDemoImages } from '../../../src/adapters/index.js';
import { AccountStatus, type AccountStatusProps } from '../../../src/portal/PortalLayout/AccountStatus.js';
import { PortalProvider, type PortalCustomer } from '../../../src/portal/PortalProvider/index.js';
import { storyTheme } from '../../theme/themes.js';
import { expectLayoutHolds, LONG_WORD } from '../../fixtures/longContent.js';
import { inHeader } from './inHeader.js';

const images = createDemoImages();
const dana: PortalCustomer = { id: 'c1', name: 'Dana Weber', avatarUrl: images.avatar.url };

/** Who is signed in for a story: `parameters.account`. */
interface AccountStoryParameters {
  /** The signed-in customer. @default null (anonymous) */
  customer?: PortalCustomer | null | undefined;
  /** Sign-in and sign-out switch the customer, as a host's do. @default false */
  switches?: boolean | undefined;
}

/**
 * The portal around the story with the story's customer (outside the header, so the header's
 * colours reach the account); with `switches`, signing in and out really changes the customer.
 */
const withCustomer: Decorator = function WithCustomer(Story, context) {
  const { customer = null, switches = false } = (context.parameters.account ?? {}) as AccountStoryParameters;
  const [current, setCurrent] = useState<PortalCustomer | null>(customer);
  const language = typeof context.globals.language === 'string' ? context.globals.language : 'en';
  const { onSignIn, onSignOut } = context.args as Partial<AccountStatusProps>;
  const args = switches
    ? {
        ...context.args,
        onSignIn: () => {
          onSignIn?.();
          setCurrent(dana);
        },
        onSignOut: () => {
          onSignOut?.();
          setCurrent(null);
        },
      }
    : context.args;
  return (
    <PortalProvider language={language} theme={storyTheme(context.globals.theme).theme} customer={current}>
      <Story args={args} />
    </PortalProvider>
  );
};

/** The sign-in state in the layout's header: avatar, name and "Sign out", or "Sign in". */
const meta = {
  title: 'Portal/PortalLayout/AccountStatus',
  component: AccountStatus,
  args: { defaultAvatarUrl: images.avatar.url, onSignIn: fn(), onSignOut: fn() },
  decorators: [inHeader, withCustomer],
  parameters: { a11y: { test: 'error' }, header: { bar: true } },
} satisfies Meta<typeof AccountStatus>;
export default meta;

type Story = StoryObj<typeof meta>;

/** An anonymous visitor: "Sign in" starts the host's sign-in. */
export const Anonymous: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

/** A signed-in customer with their own picture. */
export const SignedIn: Story = {
  parameters: { account: { customer: dana } },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('Signed in as Dana Weber')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(args.onSignOut).toHaveBeenCalledOnce();
  },
};

/** A customer without a picture: the layout's default avatar. */
export const DefaultAvatar: Story = {
  parameters: { account: { customer: { id: 'c2', name: 'Ali Hassan' } } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="portal-avatar"]')).toHaveAttribute('data-state', 'default');
  },
};

/** Neither the customer nor the layout has a picture (or both failed to load): a silhouette. */
export const Silhouette: Story = {
  args: { defaultAvatarUrl: undefined },
  parameters: { account: { customer: { id: 'c2', name: 'Ali Hassan', avatarUrl: '/no-such-picture.png' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="portal-avatar"]')).toHaveAttribute('data-state', 'fallback'));
  },
};

/** Signed in, but the host offers no sign-out: the name only. */
export const WithoutSignOut: Story = {
  args: { onSignOut: undefined },
  parameters: { account: { customer: dana } },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** Signing in and out by keyboard: the focus moves to the button that takes the pressed one's place. */
export const SigningInAndOut: Story = {
  parameters: { account: { switches: true } },
  play: async ({ args, canvas }) => {
    canvas.getByRole('button', { name: 'Sign in' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Sign out' })).toHaveFocus());
    await userEvent.keyboard(' ');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Sign in' })).toHaveFocus());
    await expect(args.onSignIn).toHaveBeenCalledOnce();
    await expect(args.onSignOut).toHaveBeenCalledOnce();
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  parameters: { account: { customer: dana } },
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'تسجيل الخروج' });
    await expect(getComputedStyle(button).direction).toBe('rtl');
  },
};

/** Long content on a phone: a long name with an unbreakable word. */
export const LongContent: Story = {
  parameters: { header: { bar: true, width: '22.5rem' }, account: { customer: { id: 'c3', name: `Maximiliane ${LONG_WORD}-Oberhausen von der Weide` } } },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
