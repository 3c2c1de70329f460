// The Vitest configuration of `npm run bench`'s Chromium measurements: the project's own, with
// React's production build (as the issue asks: production mode) and a dependency cache of its
// own, so the tests' development build is never replaced by it.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    mode: 'production',
    cacheDir: 'node_modules/.vite/bench-production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  }),
);
