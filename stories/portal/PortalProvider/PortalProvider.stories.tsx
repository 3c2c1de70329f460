import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { storyTheme } from '../../theme/themes.js';
import { demoCustomer, PortalProviderInspector } from './PortalProviderInspector.js';

const meta = {
  title: 'Portal/PortalProvider',
  component: PortalProvider,
  parameters: {
    docs: {
      description: {
        component:
          'Wraps the portal: language (and with it the direction), theme, the host\'s link component, the CSP nonce, the signed-in customer and translations. It renders no UI of its own; the panel shows what its components receive.',
      },
    },
  },
  args: { defaultLanguage: 'en' },
  argTypes: {
    language: { control: 'select', options: ['en', 'de', 'fr', 'ar'] },
    customer: { control: 'object' },
  },
  // Stories without a language of their own follow the toolbar's language and theme.
  render: (args, { globals }) => (
    <PortalProvider
      {...args}
      language={args.language ?? (typeof globals.language === 'string' ? globals.language : 'en')}
      theme={args.theme ?? storyTheme(globals.theme).theme}
    >
      <PortalProviderInspector />
    </PortalProvider>
  ),
} satisfies Meta<typeof PortalProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The innermost portal root, i.e. the one this story's provider renders. */
function portalRoot(canvasElement: HTMLElement): HTMLElement {
  const roots = canvasElement.querySelectorAll<HTMLElement>('[data-slot="portal-root"]');
  const root = roots[roots.length - 1];
  if (!root) throw new Error('No portal root rendered');
  return root;
}

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvas, canvasElement }) => {
    await expect(portalRoot(canvasElement)).toHaveAttribute('lang', 'en');
    await expect(portalRoot(canvasElement)).toHaveAttribute('dir', 'ltr');
    await expect(canvas.getByText('Try again')).toBeVisible();
    await expect(canvas.getByText('1,234,567.89')).toBeVisible();
  },
};

export const German: Story = {
  args: { language: 'de' },
  play: async ({ canvas, canvasElement }) => {
    await expect(portalRoot(canvasElement)).toHaveAttribute('lang', 'de');
    await expect(canvas.getByText('Erneut versuchen')).toBeVisible();
    await expect(canvas.getByText('1.234.567,89')).toBeVisible();
    await expect(canvas.getByText('vor 3 Tagen')).toBeVisible();
  },
};

export const French: Story = {
  args: { language: 'fr' },
  play: async ({ canvas, canvasElement }) => {
    await expect(portalRoot(canvasElement)).toHaveAttribute('lang', 'fr');
    await expect(canvas.getByText('Réessayer')).toBeVisible();
    await expect(canvas.getByText('il y a 3 jours')).toBeVisible();
  },
};

/** Arabic: right to left, with Arabic strings and Arabic number formatting. */
export const Arabic: Story = {
  args: { language: 'ar' },
  play: async ({ canvas, canvasElement }) => {
    await expect(portalRoot(canvasElement)).toHaveAttribute('dir', 'rtl');
    await expect(portalRoot(canvasElement)).toHaveAttribute('lang', 'ar');
    await expect(canvas.getByText('حاول مرة أخرى')).toBeVisible();
  },
};

/** A signed-in customer: components that show personal data (their tickets) read it from here. */
export const SignedIn: Story = {
  args: { customer: demoCustomer },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="customer"]')).toHaveTextContent('Dana Weber (c-1001)');
  },
};

/** An anonymous visitor: `customer` is `null`, personal blocks stay hidden. */
export const Anonymous: Story = {
  args: { customer: null },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="customer"]')).toHaveTextContent('null');
  },
};
