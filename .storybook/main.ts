import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook for designers and for tests: every story is also a Vitest browser test (the
 * `storybook` project in vitest.config.ts), with axe violations failing the test.
 */
const config: StorybookConfig = {
  // Stories live outside src/ and mirror it; docs pages are MDX under stories/docs.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/react-vite',
    options: {
      // The root vite.config.ts builds the library (lib mode, type declarations); Storybook
      // needs only React, so it reads its own small config.
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
