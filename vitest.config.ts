import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/** Debian's Chromium, never a downloaded browser; flags keep it off the closed network. */
export const chromium = playwright({ launchOptions: chromiumLaunchOptions() });

export default defineConfig({
  plugins: [react()],
  // Imported only by the admin's dialogs: found late in a run, it would make Vite re-bundle the
  // dependencies mid-run and fail the tests that loaded the old bundle.
  optimizeDeps: { include: ['get-nonce'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          // Component tests render whole editors; on 2 shared cores 5 s is too tight.
          testTimeout: 20_000,
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          // e2e tests drive Chromium from Node in their own project.
          exclude: ['test/browser/**', 'test/package/**', 'test/e2e/**', 'test/http/**', 'test/server/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Every story is a test: it must render, pass its play function and have no axe
        // violations (`parameters.a11y.test = 'error'` in .storybook/preview.tsx).
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The same stories again on the dark-surface theme, where contrast is hardest to keep.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme: 'dark' } })],
        test: {
          name: 'storybook-dark',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Node tests that drive Debian's Chromium with playwright-core against pages served
        // on 127.0.0.1 (CSP headers, several tabs, the built demo).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // Builds the demo once; each demo test file serves that build (test/e2e/support/demo.ts).
          globalSetup: ['test/e2e/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // The HTTP adapter and the reference backend (server/), in Node: servers on 127.0.0.1,
        // real SQLite files, a child process killed mid-write.
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/http/**/*.test.ts', 'test/server/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
        },
      },
    ],
  },
});
