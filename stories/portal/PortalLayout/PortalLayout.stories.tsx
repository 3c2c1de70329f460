import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createDemoImages } from '../../../src/adapters/index.js';
import { PortalLayout } from '../../../src/portal/PortalLayout/index.js';
import { PortalProvider, usePortal } from '../../../src/portal/PortalProvider/index.js';
import { sanitizeCss } from '../../../src/security/index.js';
import { storyTheme } from '../../theme/themes.js';
import { withAdapters } from './withAdapters.js';
import { expectLayoutHolds, longDemoSeed } from '../../fixtures/longContent.js';

const images = createDemoImages();

/** A phone-sized column: the layout folds its navigation by its own width. */
const Phone = styled.div`
  max-inline-size: 360px;
`;

/** Stands in for the page the host renders inside the layout. */
function PageBody() {
  const { language } = usePortal();
  return (
    <>
      <h1>{language === 'ar' ? 'مرحبًا' : language === 'de' ? 'Willkommen' : language === 'fr' ? 'Bienvenue' : 'Welcome'}</h1>
      <p lang="en">The page the host renders goes here.</p>
    </>
  );
}

const meta = {
  title: 'Portal/PortalLayout',
  component: PortalLayout,
  args: {
    menuPages: ['opening-hours', 'service-overview', 'holiday-closure', 'terms-of-use'],
    currentPath: '/',
    onLanguageChange: () => undefined,
    onSignIn: () => undefined,
    onSignOut: () => undefined,
    cssSanitizer: sanitizeCss,
    children: <PageBody />,
  },
  // The admin's colours are checked against the toolbar's theme, as a host passes its own.
  render: (args, { globals }) => <PortalLayout {...args} theme={storyTheme(globals.theme).theme} />,
  decorators: [withAdapters()],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof PortalLayout>;
export default meta;

type Story = StoryObj<typeof meta>;

/**
 * The demo's layout settings for an anonymous visitor: logo, brand colours, the chosen custom
 * pages (the temporarily invalid one stays out), language switcher and "Sign in".
 */
export const Anonymous: Story = {};

/** A signed-in customer without a picture: the layout's default avatar stands in. */
export const SignedIn: Story = {
  decorators: [
    (Story, { globals }) => (
      <PortalProvider language={typeof globals.language === 'string' ? globals.language : 'en'} theme={storyTheme(globals.theme).theme} customer={{ id: 'c1', name: 'Dana Weber' }}>
        <Story />
      </PortalProvider>
    ),
  ],
};

/** A customer with their own picture. */
export const SignedInWithPicture: Story = {
  decorators: [
    (Story, { globals }) => (
      <PortalProvider
        language={typeof globals.language === 'string' ? globals.language : 'en'}
        theme={storyTheme(globals.theme).theme}
        customer={{ id: 'c1', name: 'Dana Weber', avatarUrl: images.avatar.url }}
      >
        <Story />
      </PortalProvider>
    ),
  ],
};

/** The navigation folded into "Menu" and opened, as on a phone (the layout folds by its own width). */
export const MenuOpen: Story = {
  args: { defaultMenuOpen: true },
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole('button', { name: /menu|menü|القائمة/i });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
  },
  decorators: [
    (Story) => (
      <Phone>
        <Story />
      </Phone>
    ),
  ],
};

/** While the layout settings load: the default look, the page already usable. */
export const LoadingSettings: Story = { decorators: [withAdapters({ latency: Infinity })] };

/**
 * The settings could not be read: the default look stays, and the logo's place says that logo
 * and menu are missing, with "Try again" (the header keeps its height).
 */
export const SettingsUnavailable: Story = {
  decorators: [withAdapters({}, (adapters) => adapters.control.failNext(Infinity, 'unavailable', { domains: ['layout'] }))],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Logo and menu could not be loaded.');
  },
};

/** No layout saved yet: the host's theme, no logo, no custom CSS. */
/** The same in Arabic: the message and its retry sit at the top right. */
export const SettingsUnavailableRtl: Story = {
  globals: { language: 'ar' },
  decorators: [withAdapters({}, (adapters) => adapters.control.failNext(Infinity, 'unavailable', { domains: ['layout'] }))],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'حاول مرة أخرى' })).toBeVisible();
  },
};

export const NoLayoutSaved: Story = { decorators: [withAdapters({ seed: { layout: null } })] };

/**
 * Custom CSS that aims at the host's page (`body`, `html`, `:root`, `*`, `@import`,
 * `position: fixed`): it only reaches the portal. The host's box below the portal keeps its look.
 */
export const HostileCustomCss: Story = {
  args: {
    settings: {
      logo: images.logo,
      favicon: null,
      defaultAvatar: images.avatar,
      primaryColor: '#1f5fbf',
      accentColor: '#c4661f',
      customCss:
        '@import url("https://evil.example/x.css");\nbody { border: 4px dashed currentColor; }\nhtml, :root { font-size: 12px; }\n* { letter-spacing: 0.02em; }\n.host-box { display: none; }\n[data-slot="portal-main"] p::after { content: " (styled by the admin)"; position: fixed; inset: 0 auto auto 0; }',
      content: { en: { logoAlt: 'Brightpath Service Desk' } },
    },
  },
  decorators: [
    (Story) => (
      <>
        <Story />
        <p className="host-box" lang="en">
          The host page continues here, untouched.
        </p>
      </>
    ),
  ],
};

/** A signed-in customer with a long name, over the demo seed with long page titles. */
const longContentDecorators: Decorator[] = [
  (Story, { globals }) => (
    <PortalProvider
      language={typeof globals.language === 'string' ? globals.language : 'en'}
      theme={storyTheme(globals.theme).theme}
      customer={{ id: 'c1', name: 'Dana Alexandra Weber-Schmidt-Oberhausen von und zu Datenschutzbeauftragtenbenachrichtigung' }}
    >
      <Story />
    </PortalProvider>
  ),
  withAdapters({ seed: longDemoSeed() }),
];

/** Long content: long custom page titles in the menu (some unbreakable), a long link label, a signed-in customer with a long name. */
export const LongContent: Story = {
  args: { links: [{ href: '/admin', label: 'Administration of the Datenschutzbeauftragtenbenachrichtigungsverfahren' }] },
  decorators: longContentDecorators,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="portal-navigation-page-link"]').length).toBeGreaterThan(0));
    await expectLayoutHolds(canvasElement);
  },
};

/** The same long content folded into "Menu" on a phone, the menu open. */
export const LongContentMenuOpen: Story = {
  ...LongContent,
  args: { ...LongContent.args, defaultMenuOpen: true },
  decorators: [
    ...longContentDecorators,
    (Story) => (
      <Phone>
        <Story />
      </Phone>
    ),
  ],
};

/** In Arabic, right to left: the navigation and "Sign in" translated, the frame mirrored. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const navigation = await canvas.findByRole('navigation', { name: 'القائمة الرئيسية' });
    await expect(navigation.closest('[dir="rtl"]')).not.toBeNull();
    await expect(await canvas.findByRole('button', { name: 'تسجيل الدخول' })).toBeVisible();
  },
};
